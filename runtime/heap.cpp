// The GC heap: spans, size classes, the page table, allocation and sweep.
// Marking lives in gc_mark.cpp; the model and invariants are in heap.hpp.
#include "runtime/heap.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#include "runtime/heap_impl.hpp"

namespace govm::rt {

namespace {

constexpr uint64_t kMinGoal = 4ull << 20;
// Empty spans kept across a sweep at least (more when the pacer leaves more
// headroom), so a churning program does not return and re-fault its memory.
constexpr uint64_t kRetainedEmptySpanBytes = 1ull << 20;

uint64_t splitMix64(uint64_t& state) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

uint64_t entropy(const void* self) {
    uint64_t seed = uint64_t(std::chrono::high_resolution_clock::now().time_since_epoch().count());
    seed ^= uint64_t(reinterpret_cast<uintptr_t>(self)) * 0x9e3779b97f4a7c15ull;
    try {
        std::random_device device;
        seed ^= (uint64_t(device()) << 32) | device();
    } catch (...) {
        // No entropy device: time and address still differ between runs.
    }
    return seed;
}

}  // namespace

// ---- page table -----------------------------------------------------------

Span* PageTable::findSlow(uint64_t page, size_t i) const {
    for (;;) {
        i = (i + 1) & mask_;
        const Entry& e = entries_[i];
        if (e.page == page)
            return e.span;
        if (e.page == 0)
            return nullptr;
    }
}

void PageTable::insert(uint64_t page, Span* span) {
    if ((used_ + 1) * 2 > entries_.size())
        rehash(entries_.empty() ? 1024 : entries_.size() * 2);
    size_t i = slotOf(page);
    while (entries_[i].page != 0)
        i = (i + 1) & mask_;
    entries_[i] = {page, span};
    ++used_;
}

// Backward-shift deletion keeps probe chains intact without tombstones.
void PageTable::erase(uint64_t page) {
    size_t i = slotOf(page);
    while (entries_[i].page != page) {
        if (entries_[i].page == 0)
            return;
        i = (i + 1) & mask_;
    }
    size_t hole = i;
    for (size_t j = (hole + 1) & mask_; entries_[j].page != 0; j = (j + 1) & mask_) {
        size_t home = slotOf(entries_[j].page);
        // Move j into the hole unless its home lies cyclically in (hole, j].
        bool homeBetween = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
        if (!homeBetween) {
            entries_[hole] = entries_[j];
            hole = j;
        }
    }
    entries_[hole] = {0, nullptr};
    --used_;
}

void PageTable::rehash(size_t capacity) {
    std::vector<Entry> old = std::move(entries_);
    entries_.assign(capacity, Entry{0, nullptr});
    mask_ = capacity - 1;
    shift_ = 64 - std::countr_zero(capacity);
    used_ = 0;
    for (const Entry& e : old)
        if (e.page != 0)
            insert(e.page, e.span);
}

// ---- Heap -----------------------------------------------------------------

Heap::Heap(HeapConfig config) : config_(config), impl_(std::make_unique<Impl>()) {
    impl_->heap = this;
    impl_->limit = config_.maxHeapBytes == 0 ? UINT64_MAX : config_.maxHeapBytes;
    impl_->poison = config_.stress || kDebugPoison;
    impl_->rngState = entropy(this);
    impl_->startTime = std::chrono::steady_clock::now();
    impl_->pace(0);
}

Heap::~Heap() {
    for (Span* span : impl_->spans)
        impl_->releaseSpan(span, false);
}

const HeapStats& Heap::stats() const {
    impl_->stats.bytes = bytes_;
    return impl_->stats;
}

uint64_t Heap::random() { return splitMix64(impl_->rngState); }

void Heap::setPointerCheck(std::function<bool(const void*)> forbidden,
                           std::function<void(const ObjectHeader*, const void*)> report) {
    impl_->checkForbidden = std::move(forbidden);
    impl_->checkReport = std::move(report);
    impl_->checkPointers = impl_->checkForbidden && impl_->checkReport;
}

void Heap::setTrace(std::function<void(const std::string&)> trace) { impl_->trace = std::move(trace); }

void* Heap::allocate(const TypeDesc* type, uint64_t count, bool frameConfined) {
    uint64_t bytes;
    if (__builtin_mul_overflow(count, type->size, &bytes) || bytes > kMaxObjectBytes)
        return nullptr;
    if (bytes == 0)
        return zeroBase_;
    // count <= bytes <= 2^47, so count fits the header's 56-bit field.
    uint64_t bits = (count << ObjectHeader::kCountShift) | ObjectHeader::kLive;
    if (frameConfined)
        bits |= ObjectHeader::kFrameConfined;
    return allocateSized(type, bits, bytes);
}

void* Heap::allocateBytes(uint64_t n) {
    if (n == 0)
        return zeroBase_;
    if (n > kMaxObjectBytes)
        return nullptr;
    uint64_t kindBits = uint64_t(ObjectKind::Bytes) << ObjectHeader::kKindShift;
    return allocateSized(nullptr, (n << ObjectHeader::kCountShift) | kindBits | ObjectHeader::kLive, n);
}

void* Heap::allocateObject(const TypeDesc* type, ObjectKind kind, uint64_t bytes) {
    if (bytes == 0)
        bytes = 1;  // runtime objects must be distinct heap objects
    if (bytes > kMaxObjectBytes)
        return nullptr;
    uint64_t kindBits = uint64_t(kind) << ObjectHeader::kKindShift;
    return allocateSized(type, (bytes << ObjectHeader::kCountShift) | kindBits | ObjectHeader::kLive, bytes);
}

// Every allocation funnels here; the small-object path is a free-list pop.
void* Heap::allocateSized(const TypeDesc* type, uint64_t bits, uint64_t payloadBytes) {
    Impl& impl = *impl_;
    uint64_t total = payloadBytes + sizeof(ObjectHeader);
    ObjectHeader* header;
    uint64_t slotBytes;
    if (total <= kMaxSmallSize) {
        unsigned sizeClass = sizeClassOf(total);
        slotBytes = kSizeClasses[sizeClass].size;
        if (bytes_ + slotBytes > impl.limit)
            return nullptr;
        header = impl.freeLists[sizeClass];
        if (header == nullptr) {
            header = impl.refill(sizeClass);
            if (header == nullptr)
                return nullptr;
        }
        impl.freeLists[sizeClass] = const_cast<ObjectHeader*>(reinterpret_cast<const ObjectHeader*>(header->type));
    } else {
        slotBytes = (total + kPageSize - 1) & ~(kPageSize - 1);
        if (bytes_ + slotBytes > impl.limit)
            return nullptr;
        header = impl.newLargeSpan(slotBytes);
        if (header == nullptr)
            return nullptr;
    }
    header->type = type;
    header->bits = bits;
    void* payload = header + 1;
    GOVM_ASAN_UNPOISON(payload, payloadBytes);
    std::memset(payload, 0, payloadBytes);
    bytes_ += slotBytes;
    HeapStats& stats = impl.stats;
    stats.objects++;
    stats.totalAllocs++;
    stats.totalAllocBytes += payloadBytes;
    if (bytes_ > stats.liveBytesPeak)
        stats.liveBytesPeak = bytes_;
    if (__builtin_expect(observer_ != nullptr, 0))
        observer_->onAllocate(payloadBytes, slotBytes);
    return payload;
}

ObjectHeader* Heap::findObject(const void* p) const { return impl_->resolve(p); }

bool Heap::contains(const void* p) const { return impl_->resolve(p) != nullptr; }

bool Heap::verify(std::string* problem) const {
    auto fail = [&](std::string text) {
        if (problem != nullptr)
            *problem = std::move(text);
        return false;
    };
    uint64_t liveBytes = 0, liveObjects = 0, freeSlots = 0;
    for (const Span* span : impl_->spans) {
        for (uint64_t offset = 0; offset < span->bytes; offset += kPageSize)
            if (impl_->pages.find((reinterpret_cast<uintptr_t>(span->base) + offset) / kPageSize) != span)
                return fail("span page missing from the page table");
        for (uint32_t slot = 0; slot < span->slotCount; ++slot) {
            auto* header = reinterpret_cast<const ObjectHeader*>(span->base + uint64_t(slot) * span->slotSize);
            if (header->bits & ObjectHeader::kMarked)
                return fail("mark bit left set outside a collection");
            if (!(header->bits & ObjectHeader::kLive)) {
                ++freeSlots;
                continue;
            }
            if (sizeof(ObjectHeader) + payloadBytes(header) > span->slotBytes())
                return fail("object larger than its slot");
            liveBytes += span->slotBytes();
            ++liveObjects;
        }
    }
    uint64_t listed = 0;
    for (unsigned c = 1; c < kNumSizeClasses; ++c)
        for (const ObjectHeader* h = impl_->freeLists[c]; h != nullptr;
             h = reinterpret_cast<const ObjectHeader*>(h->type)) {
            const Span* span = impl_->pages.find(reinterpret_cast<uintptr_t>(h) / kPageSize);
            if (span == nullptr || span->sizeClass != c || (h->bits & ObjectHeader::kLive))
                return fail("bad free-list entry in class " + std::to_string(c));
            if (++listed > freeSlots)
                return fail("free lists longer than the free slots (cycle?)");
        }
    if (listed != freeSlots)
        return fail("free slots missing from the free lists");
    if (liveBytes != bytes_)
        return fail("byte count " + std::to_string(bytes_) + " but live slots hold " + std::to_string(liveBytes));
    if (liveObjects != impl_->stats.objects)
        return fail("object count mismatch");
    return true;
}

void Heap::collect(RootScanner& roots) {
    if (impl_->collecting)
        return;  // a root scanner asked for a collection: the running one will do
    impl_->collecting = true;
    auto begin = std::chrono::steady_clock::now();
    uint64_t before = bytes_;
    Marker marker(*impl_);
    impl_->markedBytes = 0;
    impl_->markedObjects = 0;
    roots.scanRoots(marker);
    impl_->drain(marker);
    impl_->pace(impl_->markedBytes);
    // Empty spans up to the headroom before the next goal will be needed again soon.
    impl_->sweep(std::max(kRetainedEmptySpanBytes, goal_ - std::min(goal_, impl_->markedBytes)));
    bytes_ = impl_->markedBytes;
    impl_->stats.objects = impl_->markedObjects;
    impl_->collecting = false;
    auto end = std::chrono::steady_clock::now();
    double pauseNs = std::chrono::duration<double, std::nano>(end - begin).count();
    HeapStats& stats = impl_->stats;
    stats.cycles++;
    stats.totalPauseNs += pauseNs;
    stats.maxPauseNs = std::max(stats.maxPauseNs, pauseNs);
    if (impl_->trace)
        impl_->emitTrace(before, pauseNs, end);
}

// ---- Impl -----------------------------------------------------------------

// GOGC pacing: the next goal is live * (1 + GOGC/100), at least 4 MiB; the
// trigger stays below the heap limit so a collection runs before allocation
// starts failing.
void Heap::Impl::pace(uint64_t live) {
    uint64_t percent = heap->config_.gcPercent;
    uint64_t growth = 0, goal = UINT64_MAX;
    bool overflow = __builtin_mul_overflow(live / 100, percent, &growth) ||
                    __builtin_add_overflow(growth, live % 100 * std::min<uint64_t>(percent, 1ull << 32) / 100, &growth) ||
                    __builtin_add_overflow(live, growth, &goal);
    if (overflow)
        goal = UINT64_MAX;
    goal = std::max(goal, kMinGoal);
    heap->goal_ = goal;
    uint64_t trigger = goal;
    if (limit != UINT64_MAX)
        trigger = std::min(trigger, limit - limit / 16);
    if (heap->config_.gcOff)
        trigger = UINT64_MAX;
    if (heap->config_.stress)
        trigger = live + 1;
    heap->trigger_ = trigger;
}

void Heap::Impl::emitTrace(uint64_t before, double pauseNs, std::chrono::steady_clock::time_point now) {
    double sinceStart = std::chrono::duration<double>(now - startTime).count();
    HeapStats& s = stats;
    int percent = sinceStart > 0 ? int(s.totalPauseNs / 1e9 / sinceStart * 100) : 0;
    auto mb = [](uint64_t b) { return (unsigned long long)(b >> 20); };
    char line[256];
    std::snprintf(line, sizeof line, "gc %llu @%.3fs %d%%: 0+%.3f+0 ms clock, %llu->%llu->%llu MB, %llu MB goal, 1 P",
                  (unsigned long long)s.cycles, sinceStart, percent, pauseNs / 1e6, mb(before), mb(before),
                  mb(heap->bytes_), mb(heap->goal_));
    trace(line);
}

void* Heap::Impl::allocSpanMemory(uint64_t bytes) {
    void* memory = allocateMemory(heap->config_.memory, bytes, kPageSize);
    if (memory == nullptr)
        return nullptr;
    uintptr_t base = reinterpret_cast<uintptr_t>(memory);
    lo = std::min(lo, base);
    hi = std::max(hi, base + bytes);
    return memory;
}

void Heap::Impl::registerSpan(Span* span) {
    for (uint64_t offset = 0; offset < span->bytes; offset += kPageSize)
        pages.insert((reinterpret_cast<uintptr_t>(span->base) + offset) / kPageSize, span);
    spans.push_back(span);
}

// A fresh span for `sizeClass`, its slots threaded onto the free list in
// address order. Returns the first free slot.
ObjectHeader* Heap::Impl::refill(unsigned sizeClass) {
    const SizeClass& c = kSizeClasses[sizeClass];
    auto* base = static_cast<uint8_t*>(allocSpanMemory(c.spanBytes));
    if (base == nullptr)
        return nullptr;
    auto* span = new Span{base, c.spanBytes, c.size, uint32_t(c.spanBytes / c.size), c.divMul, uint8_t(sizeClass)};
    registerSpan(span);
    ObjectHeader* next = freeLists[sizeClass];
    for (uint32_t i = span->slotCount; i-- > 0;) {
        auto* header = reinterpret_cast<ObjectHeader*>(base + uint64_t(i) * c.size);
        header->bits = 0;
        header->type = reinterpret_cast<const TypeDesc*>(next);
        GOVM_ASAN_POISON(header + 1, c.size - sizeof(ObjectHeader));
        next = header;
    }
    freeLists[sizeClass] = next;
    return next;
}

ObjectHeader* Heap::Impl::newLargeSpan(uint64_t bytes) {
    auto* base = static_cast<uint8_t*>(allocSpanMemory(bytes));
    if (base == nullptr)
        return nullptr;
    auto* span = new Span{base, bytes, 0, 1, 0, 0};
    registerSpan(span);
    return reinterpret_cast<ObjectHeader*>(base);
}

void Heap::Impl::releaseSpan(Span* span, bool unregister) {
    if (unregister)
        for (uint64_t offset = 0; offset < span->bytes; offset += kPageSize)
            pages.erase((reinterpret_cast<uintptr_t>(span->base) + offset) / kPageSize);
    GOVM_ASAN_UNPOISON(span->base, span->bytes);
    releaseMemory(heap->config_.memory, span->base, span->bytes);
    delete span;
}

void Heap::Impl::freeSlot(ObjectHeader* header, uint64_t slotBytes) {
    header->bits = 0;
    header->type = nullptr;
    if (poison) {
        GOVM_ASAN_UNPOISON(header + 1, slotBytes - sizeof(ObjectHeader));
        std::memset(header + 1, kPoisonByte, slotBytes - sizeof(ObjectHeader));
    }
    GOVM_ASAN_POISON(header + 1, slotBytes - sizeof(ObjectHeader));
}

// Frees unmarked objects, clears marks, rebuilds the free lists from the
// surviving spans and returns empty spans (beyond a small reserve) to the
// system.
void Heap::Impl::sweep(uint64_t retainBudget) {
    std::fill(std::begin(freeLists), std::end(freeLists), nullptr);
    uint64_t retained = 0;
    size_t kept = spans.size();
    // Backwards over spans and slots, so each class's free list comes out in
    // address order; survivors are compacted towards the end of `spans`.
    for (size_t i = spans.size(); i-- > 0;) {
        Span* span = spans[i];
        ObjectHeader* first = nullptr;
        ObjectHeader* last = nullptr;
        uint32_t live = sweepSpan(span, first, last);
        if (live == 0 && (span->sizeClass == 0 || retained + span->bytes > retainBudget)) {
            releaseSpan(span, true);
            continue;
        }
        if (live == 0)
            retained += span->bytes;
        if (first != nullptr) {
            last->type = reinterpret_cast<const TypeDesc*>(freeLists[span->sizeClass]);
            freeLists[span->sizeClass] = first;
        }
        spans[--kept] = span;
    }
    spans.erase(spans.begin(), spans.begin() + ptrdiff_t(kept));
}

// Frees the span's unmarked objects and clears the marks of the others.
// Returns the number of live objects; threads the free slots (address order)
// into first..last, last's link left for the caller.
uint32_t Heap::Impl::sweepSpan(Span* span, ObjectHeader*& first, ObjectHeader*& last) {
    uint32_t live = 0;
    for (uint32_t slot = span->slotCount; slot-- > 0;) {
        auto* header = reinterpret_cast<ObjectHeader*>(span->base + uint64_t(slot) * span->slotSize);
        uint64_t bits = header->bits;
        if (bits & ObjectHeader::kMarked) {
            header->bits = bits & ~ObjectHeader::kMarked;
            ++live;
            continue;
        }
        if (span->sizeClass == 0)
            continue;  // a dead large object: the caller releases the span
        if (bits & ObjectHeader::kLive)
            freeSlot(header, span->slotSize);
        header->type = reinterpret_cast<const TypeDesc*>(first);
        first = header;
        if (last == nullptr)
            last = header;
    }
    return live;
}

ObjectHeader* Heap::Impl::resolve(const void* p) const {
    uintptr_t address = reinterpret_cast<uintptr_t>(p);
    if (address - lo >= hi - lo)
        return nullptr;
    Span* span = pages.find(address / kPageSize);
    if (span == nullptr)
        return nullptr;
    uint64_t offset = address - reinterpret_cast<uintptr_t>(span->base);
    uint64_t slot = (offset * span->divMul) >> 32;
    auto* header = reinterpret_cast<ObjectHeader*>(span->base + slot * span->slotSize);
    if (!(header->bits & ObjectHeader::kLive))
        return nullptr;
    uintptr_t payload = reinterpret_cast<uintptr_t>(header + 1);
    if (address < payload || address - payload >= payloadBytes(header))
        return nullptr;
    return header;
}

}  // namespace govm::rt
