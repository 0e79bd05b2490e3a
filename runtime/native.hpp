// The native-function ABI: how the VM calls standard-library functions
// written in C++.
//
// Standard-library packages are declared in Go (compiler/stdlib/*.go);
// a function declared without a body is native and bound by its qualified
// name in Go's runtime style ("strings.Index", "fmt.Println",
// "os.(*File).Write", unexported ones too: "sort.sliceSwap") to a NativeFn
// registered in a package's NativeEntry table (runtime/lib/PKG.cpp).
//
// Arguments arrive in register form (runtime/value.hpp), flattened in
// declaration order; a method's receiver comes first. A variadic `...T`
// parameter arrives as one slice (3 slots). Results are written in register
// form to `results`, also flattened. Natives must not keep heap pointers in
// C++ variables across calls back into Go (invoke): the GC only runs at VM
// safepoints, and an object only referenced from C++ could be collected while
// the callee runs. Allocation itself never collects.
//
// A native panics by calling one of the panic functions, which throw; the
// VM unwinds the native and continues the panic in Go. Everything the VM
// throws through native code derives from Unwind: a native that catches
// foreign exceptions (a host function's) must let Unwind pass.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/type.hpp"
#include "runtime/value.hpp"

namespace govm::rt {

struct Unwind {};

class NativeContext {
public:
    virtual ~NativeContext() = default;

    // A zeroed heap object of `count` values of `type` (memory form). Never
    // returns null: running out of heap raises Go's fatal error instead.
    virtual void* allocate(const TypeDesc* type, uint64_t count = 1) = 0;

    // A new heap string holding a copy of `bytes`.
    virtual String newString(std::string_view bytes) = 0;

    // Calls the Go func value `fn` with register-form `args`; writes its
    // results to `results`. If the callee panics and does not recover, the
    // panic propagates through the native (by exception).
    virtual void invoke(const Closure* fn, const Slot* args, int argSlots, Slot* results, int resultSlots) = 0;

    // Calls method `name` of the dynamic value `receiver` (an interface value)
    // that takes no arguments and returns one string (String or Error).
    // Returns false if the dynamic type has no such method.
    virtual bool callStringMethod(Iface receiver, std::string_view name, std::string& out) = 0;

    // Like callStringMethod, but a panic raised by the method (and not
    // recovered inside it) is recovered here, as fmt's catchPanic does:
    // the result is Panicked and `recovered` holds the value passed to
    // panic (a runtime error's value for runtime faults). The VM should
    // override this; the default cannot recover and lets the panic propagate.
    enum class MethodCall : uint8_t { Ok, NoMethod, Panicked };
    virtual MethodCall callStringMethodRecover(Iface receiver, std::string_view name, std::string& out,
                                               Iface& recovered) {
        (void)recovered;
        return callStringMethod(receiver, name, out) ? MethodCall::Ok : MethodCall::NoMethod;
    }

    // Calls method `name` of type `signature` (e.g. "func(fmt.State, int32)")
    // of the dynamic value `receiver` with the register-form `args` that
    // follow the receiver, and writes its results; a panic is recovered as
    // by callStringMethodRecover. The default finds no method.
    virtual MethodCall callMethodRecover(Iface receiver, std::string_view name, std::string_view signature,
                                         const Slot* args, int argSlots, Slot* results, int resultSlots,
                                         Iface& recovered) {
        (void)receiver, (void)name, (void)signature, (void)args, (void)argSlots, (void)results, (void)resultSlots,
            (void)recovered;
        return MethodCall::NoMethod;
    }

    // Keeps `value` reachable while a native calls back into Go with it and
    // no register is sure to hold it; unpin(handle) lets it go. The default
    // keeps nothing: it serves contexts whose heap never collects.
    virtual uint32_t pin(Iface value) {
        (void)value;
        return 0;
    }
    virtual void unpin(uint32_t handle) { (void)handle; }

    // Writes to the program's standard output / error (fd 1 / 2).
    virtual void write(int fd, std::string_view bytes) = 0;

    // os.Args as the program sees it.
    virtual Slice osArgs() = 0;

    // The environment os.Getenv searches: "KEY=value" strings. By default
    // none, as a sandboxed program sees.
    virtual Slice osEnv() { return {}; }

    // Reads up to `size` bytes of the program's standard input (fd 0) into
    // `buffer`; returns how many, 0 at its end. By default it is empty.
    virtual size_t readInput(char* buffer, size_t size) {
        (void)buffer, (void)size;
        return 0;
    }

    // Descriptors the natives need to build interface values.
    virtual const TypeDesc* typeOf(std::string_view name) = 0;  // e.g. "string", "*errors.errorString"

    // Panics: a runtime error with Go's text (panic prints "panic: runtime error: " + text,
    // the value is a runtime.Error), or an arbitrary value.
    [[noreturn]] virtual void panicRuntimeError(std::string_view text) = 0;
    [[noreturn]] virtual void panicValue(Iface value) = 0;
    // os.Exit: ends the program with `code` without running deferred calls.
    [[noreturn]] virtual void exit(int code) = 0;

    // The embedding API's govm::VM running this program, or null (govm run).
    virtual void* host() { return nullptr; }
};

using NativeFn = void (*)(NativeContext& ctx, const Slot* args, Slot* results);

// A native bound when a program is compiled rather than found in the static
// table: a host package's function (include/govm/govm.hpp) or a C function
// called through libffi. The Program that holds it owns it; one binding may
// serve many VMs in many threads at once, so call() must not mutate it.
class NativeBinding {
public:
    virtual ~NativeBinding() = default;
    virtual void call(NativeContext& ctx, const Slot* args, Slot* results) const = 0;
};

struct NativeEntry {
    std::string_view name;  // qualified: "strings.Index", "os.(*File).Write"
    NativeFn fn;
};

// Every native of the standard library; the VM looks body-less functions up
// here by name. Defined in runtime/natives.cpp from the per-package tables.
const NativeEntry* findNative(std::string_view qualifiedName);

}  // namespace govm::rt
