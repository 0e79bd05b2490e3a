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

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <functional>

#include "vm/state.hpp"

namespace govm::vm {

namespace {

constexpr uint64_t kTimeSlice = 20'000;           // ticks between preemption checks
constexpr size_t kGoroutineStackSlots = 1u << 16;  // 512 KiB of registers, reserved
constexpr size_t kStacksPerRegion = 256;
constexpr int64_t kMaxWaitNanos = int64_t(3600) * 1'000'000'000;  // one blocking wait: an hour at most
constexpr size_t kStackRegionBytes = kGoroutineStackSlots * sizeof(Slot) * kStacksPerRegion;

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
        void* region = mmap(nullptr, kStackRegionBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (region == MAP_FAILED) fatal(kOutOfMemory);
        stackRegions.push_back(region);
        for (size_t i = kStacksPerRegion; i-- > 0;)
            freeStacks.push_back(static_cast<Slot*>(region) + i * kGoroutineStackSlots);
    }
    Slot* stack = freeStacks.back();
    freeStacks.pop_back();
    return stack;
}

void VMState::freeGoroutineStacks() {
    for (void* region : stackRegions) munmap(region, kStackRegionBytes);
    stackRegions.clear();
    freeStacks.clear();
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
    g->frames.push({callee, callee->code.data(), g->stack, fn, FrameKind::Root});
    callCount++;  // the goroutine's first call does not go through pushFrame
    if (callee->usesArena) {
        g->arena = newArena();
        g->frames.back().arenaMark = g->arena->mark().depth;
    }
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
    if (runQueue.empty() && !sleepers.empty()) wakeSleepers(true);
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
        std::swap(current->signalled, signalled);
        current->stack = stack;
        current->stackEnd = stackEnd;
        std::swap(g->frames, frames);
        std::swap(g->defers, defers);
        std::swap(g->panics, panics);
        std::swap(g->signalled, signalled);
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
    if (done->arena && arenaChecker) arenaChecker->removeArena(*done->arena);
    size_t slot = done->slot;
    goroutines[slot] = std::move(goroutines.back());
    goroutines[slot]->slot = slot;
    goroutines.pop_back();
}

// A tick ran out: charge the instruction budget and let others run.
void VMState::safepointTick(size_t stopDepth) {
    if (interruptRequested.load(std::memory_order_relaxed)) fatal("interrupted");
    if (instructionsLeft) {
        if (instructionsLeft <= budgetGranted) fatal("instruction limit exceeded");
        instructionsLeft -= budgetGranted;
    }
    budget = budgetGranted = instructionsLeft && instructionsLeft < kTimeSlice ? instructionsLeft : kTimeSlice;
    // Natives allocate without collecting: a loop that only calls them
    // (strings.Repeat, strconv.Itoa) meets no allocating instruction, so its
    // garbage is collected here, once a slice.
    if (heap.shouldCollect()) collectNow();
    if (!sleepers.empty()) wakeSleepers(false);
    if (stopDepth == 0 && !runQueue.empty()) {
        ready(current);
        switchToNext();
    }
}

namespace {

int64_t clockNanos(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// The monotonic time `nanos` from now. Like gc's when(), a time past the
// int64 range is the end of time rather than an overflow.
int64_t wakeTime(int64_t nanos) {
    int64_t now = clockNanos(CLOCK_MONOTONIC);
    return nanos > INT64_MAX - now ? INT64_MAX : now + nanos;
}

const std::unordered_map<std::string_view, SchedOp>& schedOpNames() {
    static const std::unordered_map<std::string_view, SchedOp> names = {
        {"runtime.Gosched", SchedOp::Gosched},   {"runtime.NumGoroutine", SchedOp::NumGoroutine},
        {"runtime.GC", SchedOp::GC},             {"sync.mutexLock", SchedOp::MutexLock},
        {"sync.mutexUnlock", SchedOp::MutexUnlock}, {"sync.waitZero", SchedOp::WaitZero},
        {"sync.wakeAll", SchedOp::WakeAll},      {"sync.fatal", SchedOp::Fatal},
        {"time.Sleep", SchedOp::Sleep},          {"time.nanotime", SchedOp::Nanotime},
        {"time.unixNano", SchedOp::UnixNano},
    };
    return names;
}

}  // namespace

int schedOpFor(std::string_view fullName) {
    auto it = schedOpNames().find(fullName);
    return it == schedOpNames().end() ? -1 : int(it->second);
}

// Makes sleepers whose time has come runnable; with `block`, first waits
// for the earliest one (nothing else can run).
void VMState::wakeSleepers(bool block) {
    int64_t now = clockNanos(CLOCK_MONOTONIC);
    if (block && sleepers.front().wakeAt > now) {
        // Asleep until the first sleeper's time, or until VM::interrupt.
        // A wait capped at kMaxWaitNanos keeps the clock arithmetic in range;
        // the scheduler waits again if the time has not come.
        int64_t wait = std::min(sleepers.front().wakeAt - now, kMaxWaitNanos);
        auto deadline = std::chrono::steady_clock::now() + std::chrono::nanoseconds(wait);
        std::unique_lock<std::mutex> lock(interruptMutex);
        if (interruptSignal.wait_until(lock, deadline, [this] { return interruptRequested.load(std::memory_order_relaxed); })) {
            lock.unlock();
            fatal("interrupted");
        }
        now = clockNanos(CLOCK_MONOTONIC);
    }
    while (!sleepers.empty() && sleepers.front().wakeAt <= now) {
        std::pop_heap(sleepers.begin(), sleepers.end(), std::greater<>());
        ready(sleepers.back().g);
        sleepers.pop_back();
    }
}

// The SCHED intrinsics. A mutex's state word is 1 while locked; Unlock
// hands the lock straight to the longest waiter (the word stays 1), so a
// woken Lock has nothing left to do. Counters (WaitGroup, RWMutex readers)
// wake everyone parked on them when wakeAll sees them reach zero.
bool VMState::schedOp(SchedOp op, Slot* operand, Slot* result, size_t stopDepth) {
    switch (op) {
        case SchedOp::Gosched:
            if (stopDepth == 0 && !runQueue.empty()) {
                ready(current);
                switchToNext();
                return false;
            }
            return true;
        case SchedOp::NumGoroutine: result->i = int64_t(goroutines.size()); return true;
        case SchedOp::GC:
            // Go's caller waits out a concurrent cycle while the other
            // goroutines run: a goroutine looping on runtime.GC() must not
            // hold the VM for a whole time slice of collections.
            collectNow();
            return schedOp(SchedOp::Gosched, operand, result, stopDepth);
        case SchedOp::MutexLock: {
            auto* state = static_cast<int64_t*>(operand->p);
            if (*state == 0) {
                *state = 1;
                return true;
            }
            addressWaiters[state].push_back(current);
            park("sync.Mutex.Lock", stopDepth);
            return false;
        }
        case SchedOp::MutexUnlock: {
            auto* state = static_cast<int64_t*>(operand->p);
            if (*state == 0) fatal("sync: unlock of unlocked mutex");
            auto it = addressWaiters.find(state);
            if (it == addressWaiters.end()) {
                *state = 0;
                return true;
            }
            Goroutine* next = it->second.front();
            it->second.pop_front();
            if (it->second.empty()) addressWaiters.erase(it);
            ready(next);
            return true;
        }
        case SchedOp::WaitZero: {
            auto* counter = static_cast<int64_t*>(operand->p);
            if (*counter == 0) return true;
            addressWaiters[counter].push_back(current);
            park("sync.WaitGroup.Wait", stopDepth);
            return false;
        }
        case SchedOp::WakeAll: {
            auto it = addressWaiters.find(operand->p);
            if (it == addressWaiters.end()) return true;
            for (Goroutine* g : it->second) ready(g);
            addressWaiters.erase(it);
            return true;
        }
        case SchedOp::Sleep: {
            if (operand->i <= 0) return schedOp(SchedOp::Gosched, operand, result, stopDepth);
            sleepers.push_back({wakeTime(operand->i), current});
            std::push_heap(sleepers.begin(), sleepers.end(), std::greater<>());
            park("sleep", stopDepth);
            return false;
        }
        case SchedOp::Nanotime: result->i = clockNanos(CLOCK_MONOTONIC); return true;
        case SchedOp::UnixNano: result->i = clockNanos(CLOCK_REALTIME); return true;
        case SchedOp::Fatal:
            fatal(std::string_view(static_cast<const char*>(operand[0].p), size_t(operand[1].i)));
    }
    return true;
}

}  // namespace govm::vm
