// Test doubles for the standard-library natives: a NativeContext over a real
// Heap (no collection ever runs), and a builder of TypeDescs laid out like gc
// on amd64 with the names %T prints. Methods of fake types are C++ lambdas
// reached through MethodDesc::fn.
#pragma once

#include <deque>
#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/heap.hpp"
#include "runtime/map.hpp"
#include "runtime/native.hpp"

namespace govm::test {

using rt::Iface;
using rt::Kind;
using rt::NativeContext;
using rt::Slot;
using rt::TypeDesc;

struct FakeMethod {
    std::function<std::string(Iface)> call;
};

// What a native threw: a Go panic (value, or text for runtime errors).
struct FakePanic {
    Iface value;
    std::string text;
};

struct FakeExit {
    int code;
};

struct FieldSpec {
    std::string_view name;
    const TypeDesc* type;
    bool exported = true;
    bool embedded = false;
};

// Owns the descriptors; addresses are stable (deques).
class TypeUniverse {
public:
    TypeUniverse();

    const TypeDesc* basic(Kind kind, uint64_t size, std::string_view name);
    const TypeDesc* slice(const TypeDesc* elem, std::string_view name);
    const TypeDesc* array(const TypeDesc* elem, uint64_t length, std::string_view name);
    const TypeDesc* pointer(const TypeDesc* elem, std::string_view name);
    const TypeDesc* map(const TypeDesc* key, const TypeDesc* elem, std::string_view name);
    const TypeDesc* structure(std::string_view name, std::initializer_list<FieldSpec> fields);
    const TypeDesc* interface(std::string_view name, std::initializer_list<std::string_view> methods);
    // A defined type whose underlying type is `base` (copied), with methods
    // (name, func() string implementation), sorted by the caller.
    TypeDesc* named(const TypeDesc* base, std::string_view name);
    void addStringMethod(TypeDesc* type, std::string_view name, std::function<std::string(Iface)> fn);

    const TypeDesc* byName(std::string_view name) const;

    const TypeDesc *intT, *int8T, *int32T, *int64T, *uint8T, *uint64T, *float32T, *float64T, *stringT, *boolT,
        *anyT, *errorT, *bytesT, *intsT, *stringsT;

private:
    const TypeDesc* add(TypeDesc t);
    std::string_view keep(std::string_view s);

    std::deque<TypeDesc> types_;
    std::deque<std::string> names_;
    std::deque<std::vector<rt::FieldDesc>> fields_;
    std::deque<std::vector<rt::MethodDesc>> methods_;
    std::deque<std::vector<rt::IfaceMethodDesc>> ifaceMethods_;
    std::deque<FakeMethod> fakeMethods_;
    std::map<std::string, const TypeDesc*, std::less<>> byName_;
};

class FakeContext final : public NativeContext {
public:
    explicit FakeContext(TypeUniverse& types) : types_(types) {}

    void* allocate(const TypeDesc* type, uint64_t count) override { return heap.allocate(type, count); }
    rt::String newString(std::string_view bytes) override;
    void invoke(const rt::Closure*, const Slot*, int, Slot*, int) override { throw FakePanic{{}, "invoke"}; }
    bool callStringMethod(Iface receiver, std::string_view name, std::string& out) override;
    MethodCall callStringMethodRecover(Iface receiver, std::string_view name, std::string& out,
                                       Iface& recovered) override;
    void write(int fd, std::string_view bytes) override { output[fd == 2 ? 2 : 1] += bytes; }
    rt::Slice osArgs() override { return args; }
    const TypeDesc* typeOf(std::string_view name) override;
    [[noreturn]] void panicRuntimeError(std::string_view text) override {
        throw FakePanic{{}, "runtime error: " + std::string(text)};
    }
    [[noreturn]] void panicValue(Iface value) override { throw FakePanic{value, {}}; }
    [[noreturn]] void exit(int code) override { throw FakeExit{code}; }

    // Operand builders: an interface value holding a copy of `value`.
    Iface box(const TypeDesc* type, const void* value);
    Iface i(int64_t v) { return box(types_.intT, &v); }
    Iface s(std::string_view v);
    Iface f(double v) { return box(types_.float64T, &v); }
    rt::String str(std::string_view v) { return newString(v); }
    // A slice (memory form) of `n` elements copied from `elems`.
    rt::Slice sliceOf(const TypeDesc* elem, const void* elems, size_t n);
    rt::Slice strings(std::initializer_list<std::string_view> elems);
    // A map holding the given entries (key and value in memory form).
    rt::Map* mapOf(const TypeDesc* mapType, const std::vector<std::pair<const void*, const void*>>& entries);

    rt::Heap heap;
    std::string output[3];
    rt::Slice args{};

private:
    TypeUniverse& types_;
};

}  // namespace govm::test
