// Type descriptors: what the running program knows about Go types.
//
// The compiler emits one TypeDesc per distinct type the program can observe
// at run time (dynamic types of interfaces, heap object layouts, map keys,
// %T and %v printing). Descriptors are canonical: two descriptors are the same
// Go type exactly when their addresses are equal, so type assertions and type
// switches compare pointers. They are immutable and owned by the program, never
// by the heap; the GC ignores pointers to them.
//
// Memory layout of values ("memory form") is Go's amd64 layout: sizes and
// alignments of gc (int 8, int32 4, bool 1, string 16, slice 24, interface 16,
// pointer/map/func/chan 8, structs with gc's padding). Heap objects, arena
// objects, globals, array and struct fields, slice elements and boxed interface
// payloads all hold values in memory form. Registers hold the "register form"
// described in runtime/value.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace govm::rt {

#define GOVM_TYPE_KINDS(X)                                                                      \
    X(Bool) X(Int) X(Int8) X(Int16) X(Int32) X(Int64) X(Uint) X(Uint8) X(Uint16) X(Uint32)     \
    X(Uint64) X(Uintptr) X(Float32) X(Float64) X(String) X(Pointer) X(Slice) X(Array) X(Struct) \
    X(Map) X(Func) X(Interface) X(Chan) X(UnsafePointer) X(Raw)

// Raw is not a Go type: it describes runtime-internal memory (map buckets,
// closure environments) whose scanning the owner defines.
enum class Kind : uint8_t {
#define GOVM_KIND_ENUM(name) name,
    GOVM_TYPE_KINDS(GOVM_KIND_ENUM)
#undef GOVM_KIND_ENUM
};

struct TypeDesc;

struct FieldDesc {
    std::string_view name;    // "" never occurs; embedded fields carry the type's name
    const TypeDesc* type;
    uint64_t offset;          // bytes from the start of the struct (values may pass 4 GiB)
    bool embedded;
    bool exported;
};

// A method of a concrete type's method set, as an interface call sees it: the
// function takes the interface's data word as its receiver (see value.hpp).
// `fn` is a vm::Function*, opaque to the runtime.
struct MethodDesc {
    std::string_view name;
    std::string_view signature;  // canonical text, e.g. "func(int) string"
    const void* fn;
};

// An interface's method, for checking whether a dynamic type implements it.
struct IfaceMethodDesc {
    std::string_view name;
    std::string_view signature;
};

struct TypeDesc {
    Kind kind;
    uint8_t align;
    bool comparable;     // == is defined (may still panic for interfaces holding uncomparable values)
    bool hasPointers;    // some word of the memory form may point into the heap
    bool direct;         // size <= 8: an interface holds the memory form in its data word
    uint64_t size;
    std::string_view name;  // as %T prints it: "int", "main.Point", "[]*main.Node", "map[string]int"

    const TypeDesc* elem = nullptr;  // Pointer, Slice, Array, Map (value), Chan
    const TypeDesc* key = nullptr;   // Map
    uint64_t length = 0;             // Array

    const FieldDesc* fields = nullptr;  // Struct
    uint32_t fieldCount = 0;

    // Interface: the methods it requires, sorted by name.
    const IfaceMethodDesc* ifaceMethods = nullptr;
    uint32_t ifaceMethodCount = 0;

    // Any named or pointer-to-named type: its method set, sorted by name.
    const MethodDesc* methods = nullptr;
    uint32_t methodCount = 0;

    bool isNamed = false;  // a defined type (name is qualified: "main.T")

    // Func: parameter and result types, for identity checks and printing.
    const TypeDesc* const* params = nullptr;
    uint32_t paramCount = 0;
    const TypeDesc* const* results = nullptr;
    uint32_t resultCount = 0;
    bool variadic = false;

    // Raw: how many leading 8-byte words of the object are heap pointers.
    uint32_t rawPointerWords = 0;
};

std::string_view kindName(Kind kind);

// Method lookup by name in a concrete type's method set; null if absent.
const MethodDesc* findMethod(const TypeDesc* type, std::string_view name);

// Whether `type` has every method of interface `iface` with the same signature.
// On failure `missing` names the first missing method (for panic text).
bool implements(const TypeDesc* type, const TypeDesc* iface, std::string_view* missing = nullptr);

}  // namespace govm::rt
