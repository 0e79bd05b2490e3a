// Calls, returns, deferred calls and panics (the model is in vm/state.hpp).
#include <algorithm>
#include <cstring>

#include "vm/state.hpp"

namespace govm::vm {

// The depth check's slow path: a new depth record, or a stack overflow.
void VMState::deepenFrames(const Function* callee, Slot* base) {
    if (base + callee->frameSize + kMaxRegisters > stackEnd || frames.size() >= config.maxCallDepth)
        fatal("stack overflow");
    maxFrameDepth = frames.size() + 1;
    depthMark = std::min<uint64_t>(maxFrameDepth, config.maxCallDepth);
}

// Every call that does not take pushFrameQuickly runs this. The depth check
// doubles as the high-water mark of the stack: depthMark is the smaller of
// the deepest stack seen and maxCallDepth, so the slow branch runs only when
// a call goes deeper than ever before (then it is either a new maximum or a
// stack overflow) and statistics cost the hot path nothing.
bool VMState::pushFrame(const Function* callee, Slot* base, const rt::Closure* closure, FrameKind kind) {
    if (__builtin_expect(base + callee->frameSize + kMaxRegisters > stackEnd || frames.size() >= depthMark, 0))
        deepenFrames(callee, base);
    frames.setQuickDepth(depthMark);  // this goroutine's stack may not have seen the newest mark
    frames.reserve(frames.size() + 1);
    enterFrame(callee, base, closure, kind);
    return true;
}

// Frames dropped by unwinding close their arena regions: releasing the
// oldest dropped region closes the newer ones too (runtime/arena.hpp).
void VMState::dropFrames(size_t keep) {
    for (size_t i = keep; i < frames.size(); ++i)
        if (frames[i].fn && frames[i].fn->usesArena) {
            current->arena->release({frames[i].arenaMark});
            break;
        }
    frames.truncate(keep);
}

std::unique_ptr<rt::FrameArena> VMState::newArena() {
    auto arena = std::make_unique<rt::FrameArena>(config.arena);
    if (arenaChecker) arenaChecker->addArena(*arena);
    arena->setRetireSink(&retiredArenas);
    if (statsRecorder) arena->enableSiteStats(uint32_t(program.allocSites.size()));
    return arena;
}

// A goroutine gets its arena when it first needs one.
void VMState::giveCurrentArena() { current->arena = newArena(); }

uint32_t VMState::arenaOpen() { return frameArena().mark().depth; }
void VMState::arenaReset(uint32_t mark) { current->arena->reset({mark}); }
void VMState::arenaRelease(uint32_t mark) { current->arena->release({mark}); }

void* VMState::arenaAlloc(const rt::TypeDesc* type, uint64_t count, uint32_t site) {
    void* p = frameArena().allocate(type, count, site);
    return p ? p : allocFrameConfined(type, count);  // a spill
}

const Function* VMState::lookUpMethod(const rt::TypeDesc* dynamic, uint32_t name) {
    const rt::MethodDesc* method = rt::findMethod(dynamic, program.methodNames[name]);
    auto* fn = static_cast<const Function*>(method->fn);  // the checker proved the method exists
    methodCache.remember(dynamic, name, fn);
    return fn;
}

void VMState::callNative(const Function* callee, Slot* base, size_t stopDepth) {
    size_t depth = frames.size();
    frames.push({callee, nullptr, base, nullptr, FrameKind::Native});
    nativeCallCount++;
    Slot results[16];
    try {
        if (callee->binding) callee->binding->call(*this, base, results);
        else callee->native(*this, base, results);
        std::memcpy(base, results, sizeof(Slot) * callee->resultSlots);
        frames.pop();
    } catch (const NativePanic& panic) {
        dropFrames(depth + 1);  // the native's frame stays for the trace
        raise(panic.value, stopDepth);
    } catch (const NestedUnwind&) {
        // A panic left a nested run without being recovered there: continue
        // it in the frames below the native.
        dropFrames(depth + 1);
        continuePanic(stopDepth);
    }
}

// Starts panicking with `value`: Go's gopanic. An earlier panic whose
// deferred call is running stays recoverable: only unwinding that call's
// frame ends it (continuePanic), as gc aborts it only then.
void VMState::raise(rt::Iface value, size_t stopDepth) {
    panics.push_back({value});
    continuePanic(stopDepth);
}

// Runs the next deferred call of the current panic, or finishes it: a
// recovered panic returns from the frame that deferred the recovering call;
// an unrecovered one with no deferred calls left kills the program.
void VMState::continuePanic(size_t stopDepth) {
    PanicRecord& p = panics.back();
    if (p.recovered) {
        uint32_t owner = p.ownerFrame;
        panics.pop_back();
        // Panics whose deferred calls ran in the frames being unwound are over too.
        while (!panics.empty() && panics.back().deferFrame > owner) panics.pop_back();
        if (panics.empty()) signalled = false;
        dropFrames(owner + 1);
        Frame& frame = frames.back();
        frame.pc = frame.fn->code.data() + frame.fn->recoverPc;
        return;
    }
    if (!defers.empty() && defers.back().frameIndex >= stopDepth) {
        DeferRecord record = defers.back();
        defers.pop_back();
        p.ownerFrame = record.frameIndex;
        Frame& top = frames.back();
        Slot* base = top.base + top.fn->frameSize;
        const Function* callee = static_cast<const Function*>(record.fn->fn);
        p.deferFrame = uint32_t(frames.size());
        if (callee->isNative()) {  // the code generator wraps natives in thunks; kept for completeness
            callNative(callee, base, stopDepth);
            continuePanic(stopDepth);
            return;
        }
        pushFrame(callee, base, record.fn, FrameKind::PanicDefer);
        return;
    }
    if (stopDepth > 0) throw NestedUnwind{};
    fatalPanic();
}

// RUNDEFERS: runs the newest deferred call of frame `frameIndex` as a normal
// call that returns to `resumePc` (the RUNDEFERS instruction itself).
void VMState::runDefer(uint32_t frameIndex, const Instruction* resumePc, size_t stopDepth) {
    DeferRecord record = defers.back();
    defers.pop_back();
    Frame& frame = frames[frameIndex];
    frame.pc = resumePc;
    const Function* callee = static_cast<const Function*>(record.fn->fn);
    Slot* base = frame.base + frame.fn->frameSize;
    if (callee->isNative()) {
        callNative(callee, base, stopDepth);
        return;
    }
    pushFrame(callee, base, record.fn, FrameKind::Normal);
}

// recover(): the current panic's value if called directly by the deferred
// function the panic is running (through a defer thunk counts as direct).
rt::Iface VMState::recoverValue() {
    if (panics.empty()) return {};
    PanicRecord& p = panics.back();
    if (p.recovered) return {};
    size_t caller = frames.size() - 1;
    bool direct = caller == p.deferFrame ||
                  (caller == p.deferFrame + 1 && frames[p.deferFrame].fn->isDeferThunk);
    if (!direct) return {};
    p.recovered = true;
    return p.value;
}

}  // namespace govm::vm
