// govm: run Go scripts inside a C++ program.
//
// The model has three pieces. A Config says what scripts may do and how
// much they may use. govm::compile turns Go source (package main) into a
// Program: parsed, type-checked, escape-analysed and compiled once, then
// immutable, so one Program can be shared by any number of VMs in any
// number of threads. A VM runs a Program: it owns the heap, the globals,
// the goroutines and their frame arenas, and nothing it does is visible to
// another VM.
//
//     govm::Config config;
//     config.package("host").function("Log", [](std::string_view s) { std::puts(s.data()); });
//     govm::Result<govm::Program> program = govm::compile(config, source, "script.go");
//     if (!program) { std::cerr << program.error().text(); return 1; }
//     govm::VM vm(*program, config);
//     govm::Result<int64_t> n = vm.call<int64_t>("Fib", 30);
//
// Host packages. `config.package("host").function("Log", f)` declares a Go
// package that scripts import by that path; each function's Go signature is
// deduced from the C++ callable, so the type checker checks every call a
// script makes. Parameter types: integers (int64_t is Go's int), double,
// float, bool, std::string_view / std::string (Go string),
// std::span<const T> for []int, []float64, []byte (int64_t, double, uint8_t),
// std::map / std::unordered_map<K, V> for Go's map[K]V (K and V integers,
// floats, bool or std::string; copied), and govm::Value for Go's `any`: a
// handle to any script value (a struct, a map, a pointer...) that the host
// may inspect (Value::field, entries, toInt...) and keep. Results: void,
// one of those scalars, std::string, std::vector<T> for the same slices, a
// map, or a Value. Views and spans are valid only during the call (they
// point into the script's memory, frame arena included, so a frame-local
// slice passed to the host stays in the arena); a function with a Value
// parameter lets its arguments escape instead, so the handle stays valid.
// Any C++ exception thrown by a host function becomes a Go panic whose
// trace names the host function.
//
// Errors. Nothing throws across this API unless the host asks: failures are
// values (Result and Error). Result::value() on a failed result throws
// govm::Exception; check with `if (result)` first or use `*result`, and set
// Config::throwErrors to have compile, run and call throw instead.
// A VM that failed (panic, limit, interrupt, os.Exit) is dead: its later
// calls return the same error. It never takes the host down with it:
// os.Exit ends the script with Error::Kind::Exit, and exhausted limits end
// it with their own kinds.
//
// Threads. A VM is used by one thread at a time, except interrupt(), which
// any thread may call. Programs are immutable and freely shared.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "govm/escape_mode.hpp"
#include "govm/host.hpp"

namespace govm {

struct Limits {
    uint64_t heapBytes = 0;      // live heap bytes; 0 = unlimited
    uint64_t arenaBytes = 0;     // bytes each goroutine's frame arena may hold; 0 = 256 MiB
    uint64_t instructions = 0;   // calls and loop iterations per VM; 0 = unlimited
    uint32_t callDepth = 100'000;  // deeper recursion ends with Error::Kind::StackOverflow
};

// Where the heap and the frame arenas get their memory. Both functions must
// be safe to call from the VM's thread; `align` is a power of two <= 4096.
struct Allocator {
    void* (*allocate)(void* user, size_t bytes, size_t align) = nullptr;
    void (*release)(void* user, void* memory, size_t bytes) = nullptr;
    void* user = nullptr;
};

struct Config {
    // The script's standard output and error; by default the host process's.
    std::function<void(std::string_view)> out;
    std::function<void(std::string_view)> err;
    Limits limits;
    Allocator allocator;
    EscapeMode escape = EscapeMode::Govm;
    int gcPercent = 100;     // GOGC; negative turns collection off
    // libffi: C functions a script declares with //extern. Off unless allowed.
    bool ffiAllowAll = false;
    std::vector<std::string> ffiLibraries;  // e.g. "libm.so.6": allowed even without ffiAllowAll
    std::vector<std::string> args;          // os.Args (os.Args[0] is the script name)
    // The environment os.Getenv, os.LookupEnv and os.Environ see, as
    // "KEY=value" entries (the first of two with one key wins, as in Go).
    // Empty by default: the host's own environment stays invisible unless
    // the host copies what it wants the script to see.
    std::vector<std::string> env;
    // The script's standard input, which fmt.Scan, Scanln, Scanf and
    // os.Stdin.Read read:
    // called to fill up to `size` bytes of `buffer`, it returns how many it
    // filled, 0 at the end of input. The scanners ask for one byte at a time,
    // as Go's do of os.Stdin, so they never read past what they use. Empty by
    // default: scripts see an empty input.
    std::function<size_t(char* buffer, size_t size)> in;
    bool throwErrors = false;               // throw govm::Exception instead of returning errors
    bool siteStats = false;                 // count allocations per site for VM::stats().sites (costs time)

    // Declares (or extends) the host package `importPath`.
    HostPackage& package(std::string_view importPath);
    const std::vector<HostPackage>& packages() const { return packages_; }

private:
    std::vector<HostPackage> packages_;
};

struct StackFrame {
    std::string function;  // "main.f", or a host function's "host.Log"
    std::string file;      // empty for host functions
    int line = 0;
};

struct Error {
    enum class Kind : uint8_t {
        Compile,           // syntax, type or binding errors; `text()` lists them all
        Panic,             // an uncaught Go panic
        Exit,              // os.Exit (exitCode)
        Fatal,             // another Go fatal error
        Deadlock,          // all goroutines asleep
        StackOverflow,     // Limits::callDepth
        OutOfMemory,       // Limits::heapBytes
        InstructionLimit,  // Limits::instructions
        Interrupted,       // VM::interrupt
        BadCall,           // call(): no such function, or arguments of the wrong types
    };
    Kind kind = Kind::Fatal;
    std::string message;            // the first diagnostic, the panic value, the fatal error...
    std::string file;               // where: compile errors and the innermost script frame
    int line = 0;
    int column = 0;
    std::vector<StackFrame> stack;  // script stack at the failure, innermost first
    std::vector<std::string> diagnostics;  // compile errors, "file:line:col: message"
    int exitCode = 0;               // Exit: the code; otherwise what `govm run` would exit with

    std::string text() const;  // human-readable, several lines
};

std::string_view kindName(Error::Kind kind);

class Exception : public std::runtime_error {
public:
    explicit Exception(Error e) : std::runtime_error(e.text()), error_(std::move(e)) {}
    const Error& error() const { return error_; }

private:
    Error error_;
};

// A value or an Error.
template <typename T>
class Result {
public:
    Result(T value) : ok_(true), value_(std::move(value)) {}
    Result(Error error) : ok_(false), error_(std::move(error)) {}

    bool ok() const { return ok_; }
    explicit operator bool() const { return ok_; }
    T& value() & {
        if (!ok_) throw Exception(error_);
        return value_;
    }
    T&& value() && { return std::move(value()); }  // moves out of a temporary: `Value v = *vm.call<Value>(...)`
    T& operator*() & { return value(); }
    T&& operator*() && { return std::move(value()); }
    T* operator->() { return &value(); }
    const Error& error() const { return error_; }

private:
    bool ok_;
    T value_{};
    Error error_;
};

template <>
class Result<void> {
public:
    Result() = default;
    Result(Error error) : ok_(false), error_(std::move(error)) {}
    bool ok() const { return ok_; }
    explicit operator bool() const { return ok_; }
    void value() const {
        if (!ok_) throw Exception(error_);
    }
    const Error& error() const { return error_; }

private:
    bool ok_ = true;
    Error error_;
};

// A compiled script. Cheap to copy; immutable; shareable across threads.
class Program {
public:
    Program() = default;
    struct Impl;
    explicit Program(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
    const Impl* impl() const { return impl_.get(); }
    // Top-level functions of package main that VM::call accepts, with their
    // Go signatures: "Fib func(n int) int".
    std::vector<std::string> functions() const;

private:
    std::shared_ptr<const Impl> impl_;
};

// Compiles `source` (a Go file, package main). `fileName` appears in
// diagnostics and traces. Uses Config's escape mode, host packages and FFI
// allow-list.
Result<Program> compile(const Config& config, std::string_view source, std::string_view fileName = "script.go");
Result<Program> compileFile(const Config& config, const std::string& path);

// The figures of `govm run --stats` (see the README's Stats section).
struct Stats {
    uint64_t calls = 0;
    uint64_t maxDepth = 0;
    struct {
        uint64_t objects = 0, bytes = 0, peakBytes = 0, iterationReleases = 0, spills = 0;
    } arena;
    struct {
        uint64_t objects = 0, bytes = 0, livePeakBytes = 0, gcCycles = 0, gcPauseTotalNs = 0, gcPauseMaxNs = 0;
    } heap;
    struct Site {
        std::string pos, expr, decision, reason;
        uint64_t objects = 0, bytes = 0;
    };
    std::vector<Site> sites;  // by bytes, largest first; only with Config::siteStats
};

class VM;
namespace detail {
class CallBuilder;
}

// A script value the host keeps across calls: a GC root until destroyed.
// Pass it back as an argument of VM::call or a host function's result
// (where a value of its Go type, or an interface it implements, is
// expected). Used from the VM's thread; one that outlives its VM is empty.
//
// A Value can be inspected. A Value holding an interface behaves as the
// value inside it (kind Nil when the interface is nil). The accessors never
// throw: asking a map for a field gives an empty Value, asking a string for
// an integer gives nullopt. Values they return copy structs and arrays, as
// a Go assignment would; pointers, maps and slices still share.
class Value {
public:
    enum class Kind : uint8_t { Invalid, Nil, Bool, Int, Uint, Float, String, Slice, Array, Map, Struct, Pointer, Func, Chan };

    Value() = default;
    Value(Value&& other) noexcept;
    Value& operator=(Value&& other) noexcept;
    Value(const Value&) = delete;
    Value& operator=(const Value&) = delete;
    ~Value();

    explicit operator bool() const { return vm_ != nullptr; }
    std::string typeName() const;  // the Go type: "*main.Counter"; for an interface, the dynamic type
    Kind kind() const;             // Invalid for an empty Value

    std::optional<int64_t> toInt() const;  // Int, and Uint below 2^63
    std::optional<uint64_t> toUint() const;  // Uint, and Int >= 0
    std::optional<double> toFloat() const;
    std::optional<bool> toBool() const;
    std::optional<std::string> toString() const;
    int64_t len() const;                  // String, Slice, Array, Map; -1 otherwise
    Value index(int64_t i) const;          // Slice, Array: element i; empty out of range
    Value field(std::string_view name) const;  // Struct or pointer to one (nil: empty)
    Value elem() const;                    // Pointer: the value it points to (nil: empty)
    Value lookup(int64_t key) const;       // Map with an integer key type: the value, empty if absent
    Value lookup(std::string_view key) const;  // Map with a string key type
    std::vector<std::pair<Value, Value>> entries() const;  // Map: key-value pairs, in no particular order

private:
    friend class VM;
    friend class HostCall;
    friend class detail::CallBuilder;
    Value(VM* vm, uint32_t handle);
    void link();    // into its VM's list of live Values
    void unlink();
    VM* vm_ = nullptr;
    uint32_t handle_ = 0;
    Value* prev_ = nullptr;
    Value* next_ = nullptr;
};

class VM {
public:
    // Package initialization runs on the first run() or call().
    VM(const Program& program, const Config& config = {});
    ~VM();
    VM(const VM&) = delete;
    VM& operator=(const VM&) = delete;

    // Runs main.main (after package initialization). os.Exit(0) counts as success.
    Result<void> run();

    // Calls the top-level function `name` of package main. Arguments convert
    // like host-function parameters (maps are copied; a Value passes as its
    // Go type or as an interface it implements); R is void, a scalar,
    // std::string, std::vector<T>, a map, Value, or std::tuple of those for
    // several results. Checked against the Go signature at run time
    // (Error::Kind::BadCall).
    template <typename R = void, typename... Args>
    Result<R> call(std::string_view name, Args&&... args);

    // Safe from any thread: the script stops at its next safepoint (a call or
    // a loop iteration) with Error::Kind::Interrupted.
    void interrupt();

    Stats stats() const;
    // Runs a full garbage collection now (tests and hosts that measure).
    void collectGarbage();

    struct Impl;
    Impl& impl() { return *impl_; }
    const Impl& impl() const { return *impl_; }

private:
    friend class Value;
    std::unique_ptr<Impl> impl_;
};

// A Value parameter or result of a host function is Go's `any`.
template <>
struct HostType<Value> {
    static constexpr int kSlots = 2;
    static constexpr std::string_view goType() { return "any"; }
    static Value get(const HostCall& c, int slot) { return c.valueArg(slot); }
    static void set(HostCall& c, int slot, const Value& v) { c.setValue(slot, v); }
};

// ---- implementation of VM::call (argument and result conversion)

namespace detail {

enum class ResultKind : uint8_t { Integer, Float, String, Slice, Value, Converted };

// The arguments of one VM::call while they are being converted.
class CallBuilder {
public:
    CallBuilder(VM& vm, std::string_view name);
    ~CallBuilder();
    void addInt(int64_t v);
    void addFloat(double v);
    void addString(std::string_view v);
    void addSlice(HostElem elem, const void* data, size_t count);
    void addValue(const Value& v);
    // Other types (maps) convert through their HostType: `write` stores
    // `arg` as the result of a HostCall, which must be of Go type `goType`.
    void addConverted(const std::string& goType, void (*write)(HostCall& call, const void* arg), const void* arg);
    // In order, before run. Converted results name their Go type.
    void expectResult(ResultKind kind, HostElem elem = HostElem::Int, std::string goType = {});
    bool run();  // false: the VM failed or the call is bad
    Error takeError();

    // Results, by index among the Go results.
    int64_t intResult(int i) const;
    double floatResult(int i) const;
    std::string stringResult(int i) const;
    size_t sliceResult(int i, HostElem elem, const void** data) const;
    Value valueResult(int i);
    HostCall convertedResult(int i);  // its words as the arguments of a HostCall

    struct State;

private:
    std::unique_ptr<State> s_;
};

template <typename T>
concept MapType = requires { typename T::mapped_type; };

template <typename T>
void addArg(CallBuilder& b, T&& arg) {
    using D = std::remove_cvref_t<T>;
    if constexpr (std::is_same_v<D, Value>) {
        b.addValue(arg);
    } else if constexpr (MapType<D>) {
        b.addConverted(HostType<D>::goType(), [](HostCall& c, const void* a) { HostType<D>::set(c, 0, *static_cast<const D*>(a)); },
                       &arg);
    } else if constexpr (std::is_same_v<D, bool>) {
        b.addInt(arg ? 1 : 0);
    } else if constexpr (std::is_integral_v<D>) {
        b.addInt(int64_t(arg));
    } else if constexpr (std::is_floating_point_v<D>) {
        b.addFloat(double(arg));
    } else if constexpr (std::is_convertible_v<const D&, std::string_view>) {
        b.addString(std::string_view(arg));
    } else {
        using E = typename SliceTraits<D>::Elem;
        std::span<const E> s(arg);
        b.addSlice(HostType<std::span<const E>>::kElem, s.data(), s.size());
    }
}

template <typename T>
struct ResultCount : std::integral_constant<int, 1> {};
template <>
struct ResultCount<void> : std::integral_constant<int, 0> {};
template <typename... Ts>
struct ResultCount<std::tuple<Ts...>> : std::integral_constant<int, int(sizeof...(Ts))> {};

template <typename T>
void expectResult(CallBuilder& b) {
    if constexpr (std::is_same_v<T, Value>) {
        b.expectResult(ResultKind::Value);
    } else if constexpr (MapType<T>) {
        b.expectResult(ResultKind::Converted, HostElem::Int, HostType<T>::goType());
    } else if constexpr (std::is_integral_v<T>) {
        b.expectResult(ResultKind::Integer);
    } else if constexpr (std::is_floating_point_v<T>) {
        b.expectResult(ResultKind::Float);
    } else if constexpr (std::is_same_v<T, std::string>) {
        b.expectResult(ResultKind::String);
    } else {
        b.expectResult(ResultKind::Slice, HostType<std::span<const typename T::value_type>>::kElem);
    }
}

template <typename R>
void expectResults(CallBuilder& b) {
    if constexpr (ResultCount<R>::value == 1) {
        expectResult<R>(b);
    } else if constexpr (ResultCount<R>::value > 1) {
        [&]<size_t... I>(std::index_sequence<I...>) {
            (expectResult<std::tuple_element_t<I, R>>(b), ...);
        }(std::make_index_sequence<std::tuple_size_v<R>>{});
    }
}

template <typename T>
T takeResult(CallBuilder& b, int i) {
    if constexpr (std::is_same_v<T, Value>) {
        return b.valueResult(i);
    } else if constexpr (MapType<T>) {
        return HostType<T>::get(b.convertedResult(i), 0);
    } else if constexpr (std::is_same_v<T, bool>) {
        return b.intResult(i) != 0;
    } else if constexpr (std::is_integral_v<T>) {
        return T(b.intResult(i));
    } else if constexpr (std::is_floating_point_v<T>) {
        return T(b.floatResult(i));
    } else if constexpr (std::is_same_v<T, std::string>) {
        return b.stringResult(i);
    } else {
        using E = typename T::value_type;
        const void* data = nullptr;
        size_t n = b.sliceResult(i, HostType<std::span<const E>>::kElem, &data);
        const E* p = static_cast<const E*>(data);
        return T(p, p + n);
    }
}

template <typename R>
R takeResults(CallBuilder& b) {
    if constexpr (ResultCount<R>::value == 1) {
        return takeResult<R>(b, 0);
    } else {
        return [&]<size_t... I>(std::index_sequence<I...>) {
            return R(takeResult<std::tuple_element_t<I, R>>(b, int(I))...);
        }(std::make_index_sequence<std::tuple_size_v<R>>{});
    }
}

[[noreturn]] void throwError(Error error);
bool throwsErrors(const VM& vm);

}  // namespace detail

template <typename R, typename... Args>
Result<R> VM::call(std::string_view name, Args&&... args) {
    detail::CallBuilder b(*this, name);
    (detail::addArg(b, std::forward<Args>(args)), ...);
    detail::expectResults<R>(b);
    if (!b.run()) {
        Error e = b.takeError();
        if (detail::throwsErrors(*this)) detail::throwError(std::move(e));
        return e;
    }
    if constexpr (std::is_void_v<R>) {
        return Result<void>();
    } else {
        return Result<R>(detail::takeResults<R>(b));
    }
}

}  // namespace govm
