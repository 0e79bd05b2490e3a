// Channel operations and select (the model is in vm/chan.hpp; Go's
// runtime/chan.go and select.go are the reference for every rule here).
#include <algorithm>
#include <cstring>

#include "vm/state.hpp"

namespace govm::vm {

constexpr rt::TypeDesc kChannelType = [] {
    rt::TypeDesc t{};
    t.kind = rt::Kind::Raw;
    t.align = 8;
    t.hasPointers = true;
    t.size = sizeof(Channel);
    t.name = "runtime.hchan";
    t.rawPointerWords = 1;
    return t;
}();

void WaitQueue::push(Waiter* w) {
    w->next = nullptr;
    w->prev = tail;
    if (tail) tail->next = w;
    else head = w;
    tail = w;
}

void WaitQueue::remove(Waiter* w) {
    if (w->prev) w->prev->next = w->next;
    else head = w->next;
    if (w->next) w->next->prev = w->prev;
    else tail = w->prev;
    w->prev = w->next = nullptr;
}

Waiter* WaitQueue::pop() {
    Waiter* w = head;
    if (w) remove(w);
    return w;
}

namespace {

bool isAggregateKind(const rt::TypeDesc* t) { return t->kind == rt::Kind::Struct || t->kind == rt::Kind::Array; }

// Select case descriptors (the SELECT instruction's constants).
struct SelectCase {
    bool isSend, hasValue, hasOk;
    int channelReg, valueReg;
    uint32_t elemType;
};

SelectCase decodeCase(uint64_t bits) {
    return {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, int((bits >> 8) & 0xff), int((bits >> 16) & 0xff),
            uint32_t(bits >> 32)};
}

}  // namespace

Channel* VMState::makeChannel(const rt::TypeDesc* elem, int64_t size) {
    if (size < 0 || exceedsMaxAlloc(elem, uint64_t(size)))
        throw NativePanic{plainError("makechan: size out of range")};
    auto* c = static_cast<Channel*>(allocOrDie(&kChannelType));
    c->elem = elem;
    c->cap = size;
    c->buffer = size > 0 ? allocOrDie(elem, uint64_t(size)) : nullptr;
    return c;
}

// A value moving between two goroutines' registers: aggregates get a copy
// of their memory; everything else is its register words.
void VMState::copyElem(const rt::TypeDesc* elem, const Slot* from, Slot* to) {
    if (isAggregateKind(elem)) {
        void* memory = allocOrDie(elem);
        std::memcpy(memory, from->p, elem->size);
        to->p = memory;
        return;
    }
    std::memmove(to, from, sizeof(Slot) * size_t(registerSlots(elem)));
}

// The zero value in registers (a receive from a closed channel).
void VMState::zeroElem(const rt::TypeDesc* elem, Slot* to) {
    std::memset(to, 0, sizeof(Slot) * size_t(registerSlots(elem)));
    if (isAggregateKind(elem)) to->p = allocOrDie(elem);
}

// A buffered element into registers (aggregates are copied out of the ring).
void VMState::receiveElem(const rt::TypeDesc* elem, const void* from, Slot* to) {
    if (isAggregateKind(elem)) {
        void* memory = allocOrDie(elem);
        std::memcpy(memory, from, elem->size);
        to->p = memory;
        return;
    }
    loadValue(elem, from, to);
}

// Dequeues every waiter of w's goroutine (a select waits on several
// channels) and makes it runnable; the caller already moved the value.
void VMState::wakeWaiter(Waiter* w) {
    Goroutine* g = w->g;
    if (g->selectIndex) g->selectIndex->i = w->caseIndex;
    for (Waiter& other : g->waiters) {
        if (&other == w) continue;
        (other.isSend ? other.channel->senders : other.channel->receivers).remove(&other);
    }
    ready(g);
}

// Parks the running goroutine in one channel's queue (select waits on several).
void VMState::waitOn(Waiter w, std::string_view reason, size_t stopDepth) {
    current->waiters.assign(1, w);
    current->selectIndex = nullptr;
    Waiter* queued = &current->waiters[0];
    (w.isSend ? w.channel->senders : w.channel->receivers).push(queued);
    park(reason, stopDepth);
}

bool VMState::chanSend(Channel* c, Slot* value, size_t stopDepth) {
    if (!c) {
        park("chan send (nil chan)", stopDepth);
        return false;
    }
    if (c->closed) throw NativePanic{plainError("send on closed channel")};
    if (Waiter* r = c->receivers.pop()) {
        if (r->value) copyElem(c->elem, value, r->value);
        if (r->ok) r->ok->u = 1;
        wakeWaiter(r);
        return true;
    }
    if (c->count < c->cap) {
        storeValue(c->elem, c->slot(c->count), value);
        c->count++;
        return true;
    }
    waitOn(Waiter{current, c, value, nullptr, 0, true}, "chan send", stopDepth);
    return false;
}

bool VMState::chanRecv(Channel* c, Slot* dest, Slot* ok, size_t stopDepth) {
    if (!c) {
        park("chan receive (nil chan)", stopDepth);
        return false;
    }
    if (Waiter* s = c->senders.pop()) {
        if (c->cap == 0) {
            if (dest) copyElem(c->elem, s->value, dest);
        } else {
            // The buffer is full: take its oldest element, the sender's goes to its tail.
            if (dest) receiveElem(c->elem, c->slot(0), dest);
            storeValue(c->elem, c->slot(0), s->value);
            c->head = (c->head + 1) % c->cap;
        }
        if (ok) ok->u = 1;
        wakeWaiter(s);
        return true;
    }
    if (c->count > 0) {
        if (dest) receiveElem(c->elem, c->slot(0), dest);
        std::memset(c->slot(0), 0, c->elem->size);  // the GC must not keep what was received alive
        c->head = (c->head + 1) % c->cap;
        c->count--;
        if (ok) ok->u = 1;
        return true;
    }
    if (c->closed) {
        if (dest) zeroElem(c->elem, dest);
        if (ok) ok->u = 0;
        return true;
    }
    waitOn(Waiter{current, c, dest, ok, 0, false}, "chan receive", stopDepth);
    return false;
}

// close wakes every receiver (with the zero value, ok = false) and every
// sender (which then panics: "send on closed channel").
void VMState::chanClose(Channel* c, size_t stopDepth) {
    (void)stopDepth;
    if (!c) throw NativePanic{plainError("close of nil channel")};
    if (c->closed) throw NativePanic{plainError("close of closed channel")};
    c->closed = true;
    while (Waiter* r = c->receivers.pop()) {
        if (r->value) zeroElem(c->elem, r->value);
        if (r->ok) r->ok->u = 0;
        wakeWaiter(r);
    }
    while (Waiter* s = c->senders.pop()) {
        s->g->wakePanic = plainError("send on closed channel");
        wakeWaiter(s);
    }
}

// select: polls the cases in a random order (Go's pollorder) and runs the
// first ready one; otherwise takes the default, or waits on every channel
// at once and lets the first goroutine that completes one wake it.
bool VMState::select(Slot* base, const Slot* cases, int count, bool hasDefault, Slot* chosen, size_t stopDepth) {
    int order[256];
    for (int i = 0; i < count; ++i) order[i] = i;
    for (int i = count - 1; i > 0; --i) std::swap(order[i], order[int(random() % uint64_t(i + 1))]);
    for (int n = 0; n < count; ++n) {
        int i = order[n];
        SelectCase sc = decodeCase(cases[i].u);
        auto* c = static_cast<Channel*>(base[sc.channelReg].p);
        if (!c) continue;
        Slot* value = sc.hasValue ? &base[sc.valueReg] : nullptr;
        if (sc.isSend) {
            if (!c->closed && !c->receivers.head && c->count >= c->cap) continue;
            chanSend(c, value, stopDepth);
        } else {
            if (!c->senders.head && c->count == 0 && !c->closed) continue;
            Slot* ok = sc.hasOk ? &base[sc.valueReg + registerSlots(program.types[sc.elemType])] : nullptr;
            chanRecv(c, value, ok, stopDepth);
        }
        chosen->i = i;
        return true;
    }
    if (hasDefault) {
        chosen->i = -1;
        return true;
    }
    current->waiters.clear();
    current->waiters.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        SelectCase sc = decodeCase(cases[i].u);
        auto* c = static_cast<Channel*>(base[sc.channelReg].p);
        if (!c) continue;
        Slot* value = sc.hasValue ? &base[sc.valueReg] : nullptr;
        Slot* ok = !sc.isSend && sc.hasOk ? &base[sc.valueReg + registerSlots(program.types[sc.elemType])] : nullptr;
        current->waiters.push_back(Waiter{current, c, value, ok, i, sc.isSend});
    }
    for (Waiter& w : current->waiters) (w.isSend ? w.channel->senders : w.channel->receivers).push(&w);
    current->selectIndex = chosen;
    park(selectWaitReason(base, cases, count), stopDepth);
    return false;
}

// gc compiles a one-case select as that case's plain channel operation, so
// a trace shows the operation's wait reason.
std::string_view VMState::selectWaitReason(const Slot* base, const Slot* cases, int count) {
    if (count == 0) return "select (no cases)";
    if (count > 1) return "select";
    SelectCase sc = decodeCase(cases[0].u);
    bool nilChannel = base[sc.channelReg].p == nullptr;
    if (sc.isSend) return nilChannel ? "chan send (nil chan)" : "chan send";
    return nilChannel ? "chan receive (nil chan)" : "chan receive";
}

}  // namespace govm::vm
