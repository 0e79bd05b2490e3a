// The VM's internal state and the helpers the interpreter loop calls out of
// line. Only vm/*.cpp include this.
//
// Frames. `frames` is the call stack of the goroutine; frames[i].base points
// into the register stack, which never moves (it is reserved once), so
// native code may hold a Slot* for the duration of a call. A frame's `pc` is
// meaningful only when it is not the running frame: it is where the frame
// continues when its callee returns. The first frame of every run of the
// loop (execute's stopDepth) is a Root or NativeEntry frame, never a Normal
// one, so returning from a Normal frame cannot end a run: RET's fast path
// pops it without looking at the depth.
//
// Deferred calls and panics follow Go's runtime (panic.go): `defers` is a
// stack of records tagged with the frame that deferred them. A panic runs
// deferred calls newest first, each on top of the current stack (so traces
// show the panicking frames); a recover() in one of them makes the frame that
// deferred it return normally through its recoverPc epilogue.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/heap.hpp"
#include "runtime/map.hpp"
#include "runtime/native.hpp"
#include "vm/builtin_natives.hpp"
#include "vm/chan.hpp"
#include "vm/frame_stack.hpp"
#include "vm/method_cache.hpp"
#include "vm/program.hpp"
#include "vm/stats.hpp"
#include "vm/vm.hpp"

namespace govm::vm {

using rt::Slot;

struct DeferRecord {
    rt::Closure* fn;
    uint32_t frameIndex;
};

struct PanicRecord {
    rt::Iface value;
    bool recovered = false;
    uint32_t deferFrame = 0;      // frame index of the deferred call it is running
    uint32_t ownerFrame = 0;      // frame that deferred that call
    bool goexit = false;
};

// Thrown through native code: a Go panic raised by a native, an os.Exit, a
// fatal error, or a panic unwinding out of a nested invoke.
struct NativePanic : rt::Unwind {
    explicit NativePanic(rt::Iface v) : value(v) {}
    rt::Iface value;
};
struct ExitRequest : rt::Unwind {
    explicit ExitRequest(int c) : code(c) {}
    int code;
};
struct NestedUnwind : rt::Unwind {};

// The fatal error of an allocation the heap cannot serve, in gc's words for
// memory the OS refuses (its heap has no limit; govm's may).
constexpr std::string_view kOutOfMemory = "runtime: out of memory";

enum class RuntimeErrorKind : uint16_t {
    IndexOutOfRange,       // operands: index, length
    SliceBounds,           // operands: bad value, bound; `detail` picks Go's wording (vm/errors.cpp)
    SliceToArray,          // operands: slice length, array length
    DivideByZero,
    NilDereference,
    NilMapAssignment,
    NegativeShift,
    MakeSliceLen,
    MakeSliceCap,
    UnhashableKey,
    Custom,                // the message is a string constant
    PlainCustom,           // likewise, raised as a runtime.plainError (no "runtime error: " prefix)
};

// Kinds whose text is a string constant in the operand registers (R[A:2]).
constexpr bool hasConstantText(RuntimeErrorKind kind) {
    return kind == RuntimeErrorKind::Custom || kind == RuntimeErrorKind::PlainCustom;
}

enum class GStatus : uint8_t { Runnable, Running, Waiting };

// A goroutine's own state while it is not running. The running goroutine's
// frames, defers, panics and register stack live in VMState's members of the
// same names (the loop reads those); switching goroutines swaps them.
struct Goroutine {
    uint64_t id = 0;
    GStatus status = GStatus::Runnable;
    std::string_view waitReason;       // Go's words: "chan send", "chan receive", "select", ...
    FrameStack frames;
    std::vector<DeferRecord> defers;
    std::vector<PanicRecord> panics;
    bool signalled = false;
    Slot* stack = nullptr;
    Slot* stackEnd = nullptr;
    std::vector<Waiter> waiters;       // while parked on channels: one per channel
    Slot* selectIndex = nullptr;       // select: where the index of the case that ran goes
    rt::Iface wakePanic{};             // raised when it resumes: its channel was closed under it
    size_t slot = 0;                   // index in VMState::goroutines
    std::unique_ptr<rt::FrameArena> arena;  // made on the first frame that needs one
};

struct VMState final : rt::RootScanner, rt::NativeContext {
    VMState(const Program& program, VMConfig config);
    ~VMState() override;

    const Program& program;
    VMConfig config;
    rt::Heap heap;
    std::unique_ptr<rt::ArenaChecker> arenaChecker;  // --check-arena (after heap: uninstalls first)
    // Statistics (vm/stats.hpp). Calls and depth cost a plain increment in
    // pushFrame/callNative; the recorder exists only with VMConfig::stats.
    // Both are declared before `goroutines`: a goroutine's arena adds its
    // counters to retiredArenas when it is destroyed.
    uint64_t callCount = 0;
    uint64_t nativeCallCount = 0;
    uint64_t maxFrameDepth = 0;
    uint64_t depthMark = 0;  // min(maxFrameDepth, config.maxCallDepth): pushFrame's one depth check
    MethodCache methodCache;  // CALLI's lookups
    rt::ArenaTotals retiredArenas;
    std::unique_ptr<StatsRecorder> statsRecorder;
    std::vector<uint64_t> globals;
    std::unordered_map<std::string_view, const rt::TypeDesc*> typesByName;  // NativeContext::typeOf
    Slot* stack = nullptr;
    Slot* stackEnd = nullptr;
    FrameStack frames;
    std::vector<DeferRecord> defers;
    std::vector<PanicRecord> panics;
    // gc's gp.sig: a nil dereference (a SIGSEGV in gc) set it; it is cleared
    // only when a recovery leaves no panic running. An uncaught panic prints
    // the signal line after its whole chain while it is set.
    bool signalled = false;
    uint64_t budget = 1;                // ticks left in this time slice (vm/sched.cpp)
    uint64_t budgetGranted = 1;         // the slice's length, charged when it runs out
    // os.Args and the environment as []string, made on first use (a GC root).
    struct StringsSlice {
        rt::Slice slice{};
        bool made = false;
    };
    StringsSlice argsSlice, envSlice;
    std::string pendingOutput;

    // Goroutines (vm/sched.cpp). Switching happens only in the outermost run
    // of the loop (stopDepth 0): a nested run started by a native holds C++
    // frames that belong to the goroutine that called the native.
    std::vector<std::unique_ptr<Goroutine>> goroutines;  // [0] is main
    Goroutine* current = nullptr;
    std::deque<Goroutine*> runQueue;
    std::vector<Slot*> freeStacks;
    std::vector<void*> stackRegions;
    uint64_t nextGoroutineId = 1;
    uint64_t instructionsLeft = 0;      // config.maxInstructions accounting (0 = unlimited)
    std::atomic<bool> interruptRequested{false};  // VM::interrupt(), read at safepointTick
    std::mutex interruptMutex;                    // with interruptSignal: wakes a VM asleep in time.Sleep
    std::condition_variable interruptSignal;
    Failure failure;                    // why the last run ended abnormally
    struct PinnedValue {
        const rt::TypeDesc* type;       // null: a free entry
        Slot words[3];
    };
    std::vector<PinnedValue> pinnedValues;  // VM::pin: host-held roots
    std::vector<uint32_t> freePins;
    uint64_t randomState = 0x9e3779b97f4a7c15ull;
    void startGoroutine(rt::Closure* fn);
    void ready(Goroutine* g);
    void park(std::string_view reason, size_t stopDepth);
    void switchTo(Goroutine* g);
    void switchToNext();
    void goroutineExit();
    void safepointTick(size_t stopDepth);
    Slot* newGoroutineStack();
    void freeGoroutineStacks();
    rt::FrameArena& frameArena() {
        if (__builtin_expect(!current->arena, 0)) giveCurrentArena();
        return *current->arena;
    }
    std::unique_ptr<rt::FrameArena> newArena();
    [[gnu::cold, gnu::noinline]] void giveCurrentArena();
    void* arenaAlloc(const rt::TypeDesc* type, uint64_t count, uint32_t site);
    // Region operations for the interpreter loop, kept out of line so the
    // arena's inline fast paths do not crowd its registers.
    uint32_t arenaOpen();
    void arenaReset(uint32_t mark);
    void arenaRelease(uint32_t mark);
    void* allocFrameConfined(const rt::TypeDesc* type, uint64_t count);  // heap, ObjectHeader::kFrameConfined
    void dropFrames(size_t keep);  // pops frames (unwinding), releasing their arena regions
    bool schedOp(SchedOp op, Slot* operand, Slot* result, size_t stopDepth);
    void wakeSleepers(bool block);
    // Goroutines parked on a word (sync's mutex state, counters) by address, in FIFO order.
    std::unordered_map<void*, std::deque<Goroutine*>> addressWaiters;
    struct Sleeper {
        int64_t wakeAt;
        Goroutine* g;
        bool operator>(const Sleeper& o) const { return wakeAt > o.wakeAt; }
    };
    std::vector<Sleeper> sleepers;      // a min-heap on wakeAt
    uint64_t random();

    // Channels (vm/chan.cpp). Each returns false when the goroutine parked;
    // the loop then reloads the (other) goroutine's frame.
    Channel* makeChannel(const rt::TypeDesc* elem, int64_t size);
    bool chanSend(Channel* c, Slot* value, size_t stopDepth);
    bool chanRecv(Channel* c, Slot* dest, Slot* ok, size_t stopDepth);
    void chanClose(Channel* c, size_t stopDepth);
    bool select(Slot* base, const Slot* cases, int count, bool hasDefault, Slot* chosen, size_t stopDepth);
    std::string_view selectWaitReason(const Slot* base, const Slot* cases, int count);
    void wakeWaiter(Waiter* w);
    void waitOn(Waiter w, std::string_view reason, size_t stopDepth);
    void copyElem(const rt::TypeDesc* elem, const Slot* from, Slot* to);
    void receiveElem(const rt::TypeDesc* elem, const void* from, Slot* to);
    void zeroElem(const rt::TypeDesc* elem, Slot* to);

    // The loop (vm/interp.cpp): runs until the frame count drops to stopDepth.
    void execute(size_t stopDepth);
    void executeSwitch(size_t stopDepth);
    void executeGoto(size_t stopDepth);

    // Calls (vm/calls.cpp). Each returns after updating `frames`; the loop
    // reloads its cached registers from frames.back().
    bool pushFrame(const Function* callee, Slot* base, const rt::Closure* closure, FrameKind kind);
    // pushFrame's common case, inline for the loop's calls: a bytecode
    // function that goes no deeper than the stack has been. False: nothing
    // was done, call pushFrame.
    inline bool pushFrameQuickly(const Function* callee, Slot* base, const rt::Closure* closure);
    // What both push: zeroed registers past the parameters, the frame, its arena region.
    inline void enterFrame(const Function* callee, Slot* base, const rt::Closure* closure, FrameKind kind);
    [[gnu::cold, gnu::noinline]] void deepenFrames(const Function* callee, Slot* base);
    void callNative(const Function* callee, Slot* base, size_t stopDepth);
    // CALLI's method lookup on a cache miss; fills the cache.
    [[gnu::noinline]] const Function* lookUpMethod(const rt::TypeDesc* dynamic, uint32_t name);
    void raise(rt::Iface value, size_t stopDepth);
    void continuePanic(size_t stopDepth);
    void runDefer(uint32_t frameIndex, const Instruction* resumePc, size_t stopDepth);
    rt::Iface recoverValue();
    [[noreturn]] void fatalPanic();
    [[noreturn]] void fatal(std::string_view message);

    // Runtime errors (vm/errors.cpp).
    rt::Iface runtimeError(std::string_view message);
    rt::Iface plainError(std::string_view message);
    // The panic value of a runtime error: its text in the type gc gives it.
    rt::Iface runtimeErrorValue(RuntimeErrorKind kind, std::string_view text);
    // gc's panicwrap text for value method `methodName` ("main.T.M") called
    // through a nil pointer to `typeName` ("main.T" or "*main.T"): "value
    // method main.T.M called using nil *T pointer". Codegen uses it too.
    static std::string valueMethodNilText(std::string_view typeName, std::string_view methodName);
    std::string runtimeErrorText(RuntimeErrorKind kind, int64_t a, int64_t b, unsigned detail);
    // raise(runtimeErrorValue(kind, runtimeErrorText(...))), out of line for the interpreter loop.
    [[gnu::noinline, gnu::cold]] void raiseRuntimeError(RuntimeErrorKind kind, int64_t a, int64_t b, unsigned detail,
                                                        size_t stopDepth);
    std::string panicValueText(rt::Iface value);
    void printTrace();
    std::vector<TraceFrame> traceFrames();
    [[noreturn]] void fail(FailureKind kind, std::string message, std::string text);

    // Values (vm/values.cpp, vm/slices.cpp).
    rt::String makeString(std::string_view bytes);
    void* allocOrDie(const rt::TypeDesc* type, uint64_t count = 1);
    void* allocBytesOrDie(uint64_t n);
    void collectNow();
    void* zeroValue(const rt::TypeDesc* type);
    const rt::TypeDesc* mapIterType() const;
    void makeIface(const rt::TypeDesc* type, const Slot* value, Slot* to, int64_t arenaSite = -1);
    void concatStrings(Slot* to, const Slot* a, const Slot* b);
    void convertValue(unsigned conversion, Slot* to, const Slot* from);
    void growSlice(rt::Slice* s, const rt::TypeDesc* elem, int64_t needed, int64_t arenaSite = -1);
    void appendSlice(rt::Slice* s, const rt::TypeDesc* elem, const Slot* from, bool fromString);
    void raiseMapFault(const rt::MapFault& fault, size_t stopDepth);
    rt::Iface typeAssertionError(const rt::TypeDesc* staticType, const rt::TypeDesc* dynamic,
                                 const rt::TypeDesc* target, const std::string_view* missing);

    std::vector<uint64_t> zeroBlock;

    // rt::RootScanner
    void scanRoots(rt::Marker& marker) override;

    // rt::NativeContext
    void* allocate(const rt::TypeDesc* type, uint64_t count) override;
    rt::String newString(std::string_view bytes) override;
    void invoke(const rt::Closure* fn, const Slot* args, int argSlots, Slot* results, int resultSlots) override;
    const rt::Closure* methodClosure(rt::Iface receiver, std::string_view name, std::string_view signature);
    bool callStringMethod(rt::Iface receiver, std::string_view name, std::string& out) override;
    MethodCall callStringMethodRecover(rt::Iface receiver, std::string_view name, std::string& out,
                                       rt::Iface& recovered) override;
    MethodCall callMethodRecover(rt::Iface receiver, std::string_view name, std::string_view signature,
                                 const Slot* args, int argSlots, Slot* results, int resultSlots,
                                 rt::Iface& recovered) override;
    uint32_t pin(rt::Iface value) override;
    void unpin(uint32_t handle) override;
    uint32_t pinSlots(const rt::TypeDesc* type, const Slot* value);  // VM::pin
    void write(int fd, std::string_view bytes) override;
    rt::Slice osArgs() override;
    rt::Slice osEnv() override;
    rt::Slice stringsSlice(StringsSlice& cache, const std::vector<std::string>& strings);
    size_t readInput(char* buffer, size_t size) override;
    const rt::TypeDesc* typeOf(std::string_view name) override;
    [[noreturn]] void panicRuntimeError(std::string_view text) override;
    [[noreturn]] void panicValue(rt::Iface value) override;
    [[noreturn]] void exit(int code) override;
    void* host() override { return config.host; }
};

// CONVERT's C operand.
enum class Conversion : uint8_t { BytesToString, StringToBytes, RunesToString, StringToRunes, RuneToString };

// Pure helpers of the loop (vm/values.cpp).
int64_t floatToInt(double f);
uint64_t floatToUint(double f);
int32_t floatToInt32(double f);
double goMinFloat(double a, double b);
double goMaxFloat(double a, double b);
int stringCompare(const Slot* a, const Slot* b);
bool ifaceEqual(const Slot* a, const Slot* b, const rt::TypeDesc** uncomparable);
void decodeRuneStep(const uint8_t* data, int64_t len, int64_t index, Slot* to);
// The registers the GC reads start zeroed (Function::zeroFrom). They are
// cleared two at a time, one 16-byte store each, which may clear one slot
// past the frame: every push checked that kMaxRegisters slots of stack lie
// beyond it. (A frame has a few slots, so this beats both a memset call and
// GCC's vectorized loop.) Sanitizer builds first fill the other registers
// with poison (a signalling NaN, an absurd integer, a wild pointer), so code
// that reads a register before writing it shows in the test suite.
inline void VMState::enterFrame(const Function* callee, Slot* base, const rt::Closure* closure, FrameKind kind) {
#if defined(__SANITIZE_ADDRESS__)
    for (Slot *slot = base + callee->paramSlots, *end = base + callee->frameSize; slot < end; ++slot)
        slot->u = 0x7ff4dead5bad1234ull;
#endif
    for (Slot *slot = base + callee->zeroFrom, *end = base + callee->zeroTo; slot < end; slot += 2)
        __builtin_memset(slot, 0, 2 * sizeof(Slot));
    frames.pushReserved({callee, callee->code.data(), base, closure, kind});
    if (callee->usesArena) frames.back().arenaMark = arenaOpen();
    callCount++;
}

inline bool VMState::pushFrameQuickly(const Function* callee, Slot* base, const rt::Closure* closure) {
    if (__builtin_expect(callee->isNative() || base + callee->frameSize + kMaxRegisters > stackEnd ||
                             !frames.hasQuickRoom(), 0))
        return false;
    enterFrame(callee, base, closure, FrameKind::Normal);
    return true;
}

// gc's limit on one allocation: maxAlloc (1 << 48 bytes on amd64); any
// count of zero-size elements fits. A multiply, not maxAlloc / size: make
// and append run this on every call.
inline bool exceedsMaxAlloc(const rt::TypeDesc* elem, uint64_t count) {
    constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;
    uint64_t bytes;
    return __builtin_mul_overflow(count, elem->size, &bytes) || bytes > kMaxAlloc;
}
int64_t copySlice(const Slot* to, const Slot* from, const rt::TypeDesc* elem, bool fromString);
// Go's append growth (runtime/slice.go growslice + malloc size classes).
int64_t grownCapacity(int64_t oldCap, int64_t needed, uint64_t elemSize);

}  // namespace govm::vm
