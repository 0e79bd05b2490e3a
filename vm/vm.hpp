// The virtual machine: runs a Program.
//
// A VM owns everything mutable about a run: the GC heap, the globals, the
// goroutine (its register stack, call frames, deferred calls and panics),
// and the output sinks. It never touches global state, so VMs in different
// threads are independent (DESIGN.md invariant 3). Single goroutine for now;
// the layout already keeps per-goroutine state in Goroutine (vm/state.hpp).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/arena.hpp"
#include "runtime/heap.hpp"
#include "runtime/map.hpp"
#include "runtime/native.hpp"
#include "vm/program.hpp"
#include "vm/stats.hpp"

namespace govm::vm {

enum class Dispatch : uint8_t { ComputedGoto, Switch };

struct VMConfig {
    rt::HeapConfig heap;
    Dispatch dispatch = Dispatch::ComputedGoto;
    uint64_t maxInstructions = 0;        // 0 = unlimited; charged at calls and backward jumps
    uint32_t maxCallDepth = 1'000'000;   // deeper recursion is Go's "stack overflow" fatal error
    uint64_t stackSlots = 1u << 24;      // register stack size (reserved lazily by the OS)
    rt::ArenaConfig arena;               // each goroutine's frame arena (runtime/arena.hpp)
    // --check-arena: every GC cycle verifies that no heap object or global
    // points into a frame arena (live or released, which is poisoned) and
    // aborts naming the allocation site.
    bool checkArena = false;
    std::vector<std::string> args;       // os.Args
    std::vector<std::string> env;        // os.Getenv's environment, "KEY=value" entries
    // The program's standard input (fmt.Scan): fills up to `size` bytes of
    // `buffer` and returns how many, 0 at the end. Empty: no input.
    std::function<size_t(char* buffer, size_t size)> input;
    // Where the program's standard output (fd 1) and error (fd 2) go.
    std::function<void(int fd, std::string_view bytes)> output;
    // --stats: attribute every allocation to its site (VM::stats().sites).
    // Off, the other figures are still counted, at no measurable cost.
    bool stats = false;
    // --gctrace: called with one line per GC cycle ("gc 3 @0.012s 1%: ...",
    // no newline), like GODEBUG=gctrace=1.
    std::function<void(const std::string& line)> gcTrace;
    // The embedding API's govm::VM, for host functions (NativeContext::host).
    void* host = nullptr;
};

// Why a run ended abnormally, for hosts that need more than the text the
// VM already wrote to fd 2 (the embedding API's govm::Error).
enum class FailureKind : uint8_t {
    None,
    Panic,             // an uncaught Go panic
    Exit,              // os.Exit (exitCode)
    Fatal,             // any other fatal error (e.g. a sync misuse)
    Deadlock,          // all goroutines are asleep
    StackOverflow,     // VMConfig::maxCallDepth or the register stack
    OutOfMemory,       // HeapConfig::maxHeapBytes
    InstructionLimit,  // VMConfig::maxInstructions
    Interrupted,       // VM::interrupt()
};

struct TraceFrame {
    std::string function;  // "main.f"; a host or C function's qualified name
    std::string file;      // empty for host and C functions
    int line = 0;
};

struct Failure {
    FailureKind kind = FailureKind::None;
    std::string message;            // the panic value's text or the fatal error, without prefix
    std::vector<TraceFrame> stack;  // innermost first, as Go's traceback prints it
    int exitCode = 0;               // the process exit status the CLI uses
};

struct VMState;

// How many registers a value of `type` takes (runtime/value.hpp).
int registerSlots(const rt::TypeDesc* type);
// Register form <-> memory form, by the type's kind (vm/values.cpp).
// Aggregates (structs, arrays) load as the address of their memory.
void loadValue(const rt::TypeDesc* type, const void* from, rt::Slot* to);
void storeValue(const rt::TypeDesc* type, void* to, const rt::Slot* from);
// The register form of an interface's data word for dynamic type `type`;
// `dataSlot` is the register holding the word (direct aggregates point at it).
void loadIfaceData(const rt::TypeDesc* type, uint64_t data, rt::Slot* to, rt::Slot* dataSlot);

class VM {
public:
    VM(const Program& program, VMConfig config);
    ~VM();
    VM(const VM&) = delete;
    VM& operator=(const VM&) = delete;

    // Runs package initialization and main.main. Returns the exit status:
    // 0, os.Exit's code, or 2 after an uncaught panic or fatal error (whose
    // text has been written to fd 2 like Go's runtime writes it).
    int run();

    const rt::HeapStats& heapStats() const;
    // The run's figures so far (vm/stats.hpp); sites only with VMConfig::stats.
    RunStats stats() const;

    // Embedding. A VM that failed (any Failure but Exit(0)) is dead: later
    // initialize/call return false with the same failure.
    bool initialize();  // package initialization only (Program::initEntry)
    // Calls Program::functions[function] on the main goroutine with `args` in
    // register form; on success its results are in `results`. Goroutines the
    // call started keep running only while later calls run.
    bool call(uint32_t function, const rt::Slot* args, int argSlots, rt::Slot* results, int resultSlots);
    const Failure& failure() const;
    // Safe from any thread: the running program stops at its next safepoint
    // with FailureKind::Interrupted.
    void interrupt();
    // Host-held values (GC roots): a value in register form of `type`.
    uint32_t pin(const rt::TypeDesc* type, const rt::Slot* value);
    const rt::Slot* pinned(uint32_t handle) const;
    const rt::TypeDesc* pinnedType(uint32_t handle) const;
    void unpin(uint32_t handle);
    void collectGarbage();
    // Allocation and strings for values the host passes in.
    rt::NativeContext& context();
    // Maps the host builds, with hashable keys: running out of heap is the
    // fatal error, raised as from a native (rt::Unwind).
    rt::Map* newMap(const rt::TypeDesc* type, int64_t hint);
    void* mapAssign(rt::Map* map, const void* key);
    // `value` (register form of `type`) as an interface value, boxed on the heap.
    void box(const rt::TypeDesc* type, const rt::Slot* value, rt::Slot* iface);

private:
    std::unique_ptr<VMState> state_;
};

}  // namespace govm::vm
