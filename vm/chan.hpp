// Channels: the heap object and the wait queues of goroutines blocked on it.
//
// A Channel is a GC heap object whose first word is its only heap pointer:
// the ring buffer of `cap` elements in memory form (null for unbuffered
// channels). Blocked goroutines wait in intrusive FIFO queues of Waiters;
// a Waiter lives in its Goroutine (C++ memory, never in the heap) and points
// at the goroutine's registers, which never move while it is parked. So a
// goroutine that completes a send or receive for a parked one moves the
// value straight into (or out of) the parked one's registers and makes it
// runnable: the woken goroutine resumes after its instruction with nothing
// left to do, as in Go's runtime (chan.go's sudog).
#pragma once

#include <cstdint>

#include "runtime/type.hpp"
#include "runtime/value.hpp"

namespace govm::vm {

struct Goroutine;
struct Channel;

struct Waiter {
    Goroutine* g = nullptr;
    Channel* channel = nullptr;
    rt::Slot* value = nullptr;  // sender: the value in register form; receiver: its destination (or null)
    rt::Slot* ok = nullptr;     // receiver: where `ok` goes (or null)
    int caseIndex = 0;          // select: the case this waiter stands for
    bool isSend = false;
    Waiter* prev = nullptr;
    Waiter* next = nullptr;
};

struct WaitQueue {
    Waiter* head = nullptr;
    Waiter* tail = nullptr;
    void push(Waiter* w);
    void remove(Waiter* w);
    Waiter* pop();
};

struct Channel {
    void* buffer;               // the only heap pointer (see kChannelType)
    const rt::TypeDesc* elem;
    int64_t cap;
    int64_t count;
    int64_t head;               // index of the oldest buffered element
    bool closed;
    WaitQueue receivers;
    WaitQueue senders;

    void* slot(int64_t i) const { return static_cast<char*>(buffer) + uint64_t((head + i) % cap) * elem->size; }
};

// The heap's view of a Channel: raw memory whose first word is a pointer.
extern const rt::TypeDesc kChannelType;

}  // namespace govm::vm
