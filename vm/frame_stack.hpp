// A goroutine's call frames.
//
// FrameStack is an array of Frame that grows by doubling (frames are plain
// data, so growing is a realloc). It exists for the interpreter's call
// path: hasQuickRoom checks one pointer, quickEnd_, below which a push needs
// neither more capacity nor a depth check. quickEnd_ sits at the smaller of
// the capacity and the quick depth the VM sets (VMState::depthMark: the
// deepest stack seen so far, capped by the call-depth limit), so a call
// that goes deeper than ever before, or past the capacity, takes the
// checked path (push), which grows the array and may raise the quick depth.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>

#include "runtime/value.hpp"
#include "vm/instruction.hpp"

namespace govm::rt {
struct Closure;
}

namespace govm::vm {

struct Function;

enum class FrameKind : uint8_t {
    Normal,       // a call made by the frame below it
    Root,         // the first frame of a goroutine: returning from it ends the goroutine
    Native,       // a native function's argument window (scanned with paramKinds)
    PanicDefer,   // a deferred call run by a panic: returning resumes the panic
    NativeEntry,  // the first frame of a nested run started by NativeContext::invoke
};

struct Frame {
    const Function* fn;
    const Instruction* pc;
    rt::Slot* base;
    const rt::Closure* closure;
    FrameKind kind;
    uint32_t arenaMark = 0;  // the arena region the frame opened (Function::usesArena)
};

class FrameStack {
    static_assert(std::is_trivially_copyable_v<Frame>);

public:
    FrameStack() = default;
    FrameStack(FrameStack&& other) noexcept { swap(other); }
    FrameStack& operator=(FrameStack&& other) noexcept {
        swap(other);
        return *this;
    }
    ~FrameStack() { std::free(begin_); }

    size_t size() const { return size_t(end_ - begin_); }
    bool empty() const { return end_ == begin_; }
    Frame& operator[](size_t i) { return begin_[i]; }
    const Frame& operator[](size_t i) const { return begin_[i]; }
    Frame& back() { return end_[-1]; }
    const Frame& back() const { return end_[-1]; }
    Frame* begin() { return begin_; }
    Frame* end() { return end_; }
    const Frame* begin() const { return begin_; }
    const Frame* end() const { return end_; }

    bool hasQuickRoom() const { return end_ < quickEnd_; }
    void pushReserved(const Frame& frame) { *end_++ = frame; }  // after hasQuickRoom() or reserve()
    void push(const Frame& frame) {
        if (end_ == capEnd_) grow(size() + 1);
        *end_++ = frame;
    }
    void pop() { --end_; }
    void truncate(size_t n) { end_ = begin_ + std::min(n, size()); }
    void reserve(size_t n) {
        if (n > size_t(capEnd_ - begin_)) grow(n);
    }
    void setQuickDepth(uint64_t depth) {
        quickDepth_ = depth;
        placeQuickEnd();
    }

private:
    void grow(size_t atLeast) {
        size_t count = size();
        size_t capacity = std::max<size_t>({atLeast, 2 * size_t(capEnd_ - begin_), 16});
        auto* frames = static_cast<Frame*>(std::realloc(static_cast<void*>(begin_), capacity * sizeof(Frame)));
        if (frames == nullptr) throw std::bad_alloc();
        begin_ = frames;
        end_ = frames + count;
        capEnd_ = frames + capacity;
        placeQuickEnd();
    }
    void placeQuickEnd() { quickEnd_ = begin_ + std::min<uint64_t>(quickDepth_, uint64_t(capEnd_ - begin_)); }
    void swap(FrameStack& other) {
        std::swap(begin_, other.begin_);
        std::swap(end_, other.end_);
        std::swap(capEnd_, other.capEnd_);
        std::swap(quickEnd_, other.quickEnd_);
        std::swap(quickDepth_, other.quickDepth_);
    }

    Frame* begin_ = nullptr;
    Frame* end_ = nullptr;
    Frame* capEnd_ = nullptr;
    Frame* quickEnd_ = nullptr;
    uint64_t quickDepth_ = 0;
};

}  // namespace govm::vm
