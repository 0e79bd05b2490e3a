// Goroutines and the scheduler.
//
// Goroutines are green threads of one VM: each has its own register stack,
// call frames, deferred calls and panics (vm/state.hpp, Goroutine). The
// scheduler is a FIFO run queue. The running goroutine gives up the VM when
// it blocks (channels, select), when it ends, and when its time slice runs
// out: the loop charges a tick at every call and backward jump, and every
// kTimeSlice ticks it yields to the next runnable goroutine, so a busy loop
// cannot starve the others. When the running goroutine blocks and nothing is
// runnable, every goroutine is asleep: Go's deadlock fatal error.
//
// Register stacks are carved from large reserved regions (MAP_NORESERVE):
// the OS backs only the pages a goroutine touches, and finished goroutines'
// stacks are reused. Stacks never move (natives may hold Slot pointers).
#include <sys/mman.h>

#include <cstring>

#include "vm/state.hpp"

namespace govm::vm {

namespace {

constexpr uint64_t kTimeSlice = 20'000;           // ticks between preemption checks
constexpr size_t kGoroutineStackSlots = 1u << 16;  // 512 KiB of registers, reserved
constexpr size_t kStacksPerRegion = 256;

}  // namespace

uint64_t VMState::random() {
    // xorshift64*: select's poll order needs fair, not cryptographic, choices.
    randomState ^= randomState >> 12;
    randomState ^= randomState << 25;
    randomState ^= randomState >> 27;
    return randomState * 0x2545F4914F6CDD1Dull;
}

Slot* VMState::newGoroutineStack() {
    if (freeStacks.empty()) {
        size_t bytes = kGoroutineStackSlots * sizeof(Slot) * kStacksPerRegion;
        void* region = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (region == MAP_FAILED) fatal("out of memory allocating a goroutine stack");
        stackRegions.push_back(region);
        for (size_t i = kStacksPerRegion; i-- > 0;)
            freeStacks.push_back(static_cast<Slot*>(region) + i * kGoroutineStackSlots);
    }
    Slot* stack = freeStacks.back();
    freeStacks.pop_back();
    return stack;
}

// `go f()`: the code generator boxes f's arguments into a closure that
// takes none, so a goroutine starts with one frame and no arguments.
void VMState::startGoroutine(rt::Closure* fn) {
    auto g = std::make_unique<Goroutine>();
    g->id = ++nextGoroutineId;
    g->stack = newGoroutineStack();
    g->stackEnd = g->stack + kGoroutineStackSlots;
    const Function* callee = static_cast<const Function*>(fn->fn);
    std::memset(g->stack, 0, sizeof(Slot) * callee->frameSize);
    g->frames.push_back({callee, callee->code.data(), g->stack, fn, FrameKind::Normal});
    g->slot = goroutines.size();
    Goroutine* raw = g.get();
    goroutines.push_back(std::move(g));
    ready(raw);
}

void VMState::ready(Goroutine* g) {
    g->status = GStatus::Runnable;
    runQueue.push_back(g);
}

// Blocks the running goroutine and runs another. Only the outermost run of
// the loop can switch: a goroutine blocked under a native's nested run would
// leave that native's C++ frames to whichever goroutine runs next.
void VMState::park(std::string_view reason, size_t stopDepth) {
    if (stopDepth > 0) fatal("govm: a goroutine cannot block inside a function called by a native function");
    current->status = GStatus::Waiting;
    current->waitReason = reason;
    switchToNext();
}

void VMState::switchToNext() {
    if (runQueue.empty()) {
        // Report from the main goroutine, as Go does.
        if (current != goroutines[0].get()) switchTo(goroutines[0].get());
        fatal("all goroutines are asleep - deadlock!");
    }
    Goroutine* next = runQueue.front();
    runQueue.pop_front();
    switchTo(next);
}

void VMState::switchTo(Goroutine* g) {
    if (g != current) {
        std::swap(current->frames, frames);
        std::swap(current->defers, defers);
        std::swap(current->panics, panics);
        current->stack = stack;
        current->stackEnd = stackEnd;
        std::swap(g->frames, frames);
        std::swap(g->defers, defers);
        std::swap(g->panics, panics);
        stack = g->stack;
        stackEnd = g->stackEnd;
        current = g;
    }
    if (g->status != GStatus::Waiting) g->status = GStatus::Running;
    if (g->wakePanic.type) {
        rt::Iface value = g->wakePanic;
        g->wakePanic = {};
        raise(value, 0);
    }
}

// The running goroutine returned from its first frame.
void VMState::goroutineExit() {
    Goroutine* done = current;
    done->status = GStatus::Waiting;
    done->waitReason = "exited";
    switchToNext();
    freeStacks.push_back(done->stack);
    size_t slot = done->slot;
    goroutines[slot] = std::move(goroutines.back());
    goroutines[slot]->slot = slot;
    goroutines.pop_back();
}

// A tick ran out: charge the instruction budget and let others run.
void VMState::safepointTick(size_t stopDepth) {
    if (instructionsLeft) {
        if (instructionsLeft <= budgetGranted) fatal("instruction limit exceeded");
        instructionsLeft -= budgetGranted;
    }
    budget = budgetGranted = instructionsLeft && instructionsLeft < kTimeSlice ? instructionsLeft : kTimeSlice;
    if (stopDepth == 0 && !runQueue.empty()) {
        ready(current);
        switchToNext();
    }
}

}  // namespace govm::vm
