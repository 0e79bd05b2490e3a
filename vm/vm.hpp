// The virtual machine: runs a Program.
//
// A VM owns everything mutable about a run: the GC heap, the globals, the
// goroutine (its register stack, call frames, deferred calls and panics),
// and the output sinks. It never touches global state, so VMs in different
// threads are independent (DESIGN.md invariant 3). Single goroutine for now;
// the layout already keeps per-goroutine state in Goroutine (vm/state.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/arena.hpp"
#include "runtime/heap.hpp"
#include "vm/program.hpp"

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
    // Where the program's standard output (fd 1) and error (fd 2) go.
    std::function<void(int fd, std::string_view bytes)> output;
};

struct VMState;

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

private:
    std::unique_ptr<VMState> state_;
};

}  // namespace govm::vm
