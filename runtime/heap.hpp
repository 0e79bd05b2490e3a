// The garbage-collected heap: size-classed allocation and a precise,
// stop-the-world, non-moving mark-sweep collector.
//
// Model
//   Every heap object starts with a 16-byte ObjectHeader, and the address the
//   heap hands out (the "payload") follows it. The header leads to the pointer
//   layout: `type` plus `count` consecutive values of that type in memory form
//   (runtime/type.hpp), or, for the runtime's own objects, an ObjectKind that
//   says who scans them (maps scan themselves, see runtime/map.hpp).
//
//   Small objects (header + payload <= 32 KiB) live in spans: runs of 8 KiB
//   pages, 8 KiB-aligned, carved into equal slots of one of Go's size classes.
//   Each class has one free list threaded through the free slots' headers, so
//   allocating is a pop plus a memset. Larger objects get a span of their own.
//   A page table (open addressing, keyed by address >> 13) maps any address to
//   its span, so the marker resolves a pointer (interior pointers included) in
//   a hash probe and a multiply, never a search.
//
//   Collection happens only when the VM calls collect() at a safepoint:
//   allocation never collects, so C++ code may hold heap pointers between
//   allocations. collect() asks the RootScanner for every root, marks with an
//   explicit mark stack (object graphs of any depth, e.g. a 1,000,000-long
//   list, use no C++ stack), sweeps unmarked objects back onto the free lists,
//   then sets the next goal like GOGC: live * (1 + gcPercent/100), at least
//   4 MiB. Spans that became empty are kept up to the headroom before that
//   goal (they will be needed again) and returned to the system beyond it.
//   With maxHeapBytes the trigger sits at 15/16 of the limit, so a collection
//   runs before allocations start failing; allocation past the limit returns
//   null (the VM may collect and retry, then report out of memory).
//
// Invariants
//   - The GC never moves an object; payload addresses are stable until freed.
//   - A pointer exactly one past an object's end belongs to no object (the
//     next slot's header sits there): the VM must not keep such pointers as the
//     only reference (gc's slicing rule: a zero-capacity slice result keeps
//     its base pointer instead of advancing past the end).
//   - Pointers outside the heap (string literals, globals, frame arenas, type
//     descriptors, vm::Function*) are ignored by the marker; their owners scan
//     them as roots (markValue / markValues).
//   - Zero-size allocations return zeroBase(): non-null, never freed, not a heap object.
//   - Freed memory is poisoned with 0xdb in debug builds and stress mode, and
//     free slots (plus each slot's tail past its object) are ASan-poisoned in
//     sanitizer builds, so use-after-free and overruns show up in tests.
//   - Not thread-safe: one heap belongs to one VM.
//   - No global state: everything hangs off the Heap instance.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "runtime/memory.hpp"
#include "runtime/type.hpp"

namespace govm::rt {

struct HeapConfig {
    uint64_t gcPercent = 100;   // GOGC
    bool gcOff = false;         // GOGC=off: shouldCollect() is never true (except in stress mode)
    uint64_t maxHeapBytes = 0;  // 0 = unlimited
    bool stress = false;        // shouldCollect() is true after every allocation
    MemoryHooks memory = {};    // where spans come from
};

struct HeapStats {
    uint64_t objects = 0;          // live after last GC + allocated since
    uint64_t bytes = 0;            // same, in bytes of slots (headers and size-class rounding included)
    uint64_t totalAllocs = 0;      // allocations since the heap was made
    uint64_t totalAllocBytes = 0;  // requested payload bytes since the heap was made
    uint64_t liveBytesPeak = 0;    // the largest `bytes` ever reached
    uint64_t cycles = 0;           // completed collections
    double totalPauseNs = 0;
    double maxPauseNs = 0;
};

// Who scans an object (stored in its header).
enum class ObjectKind : uint8_t {
    Values = 0,      // `count` values of `type` in memory form (Raw: rawPointerWords per element)
    Bytes = 1,       // pointer-free bytes; `type` is null, count = byte length
    MapHeader = 2,   // a runtime Map; `type` is the map's TypeDesc (Kind::Map)
    MapStorage = 3,  // a map's slot table; `type` is the map's TypeDesc
};

// The 16 bytes before every heap payload. Frame arenas use the same layout for
// their objects (with bits = count << kCountShift) so the VM can scan them with
// Marker::markValues.
struct ObjectHeader {
    const TypeDesc* type;
    uint64_t bits;  // count << kCountShift | frameConfined << 4 | kind << 2 | live << 1 | marked

    static constexpr uint64_t kMarked = 1;
    static constexpr uint64_t kLive = 2;
    // A value only its frame can reach (ESCAPE.md §4.1: arena spills, and
    // values a loop makes where no region frees them). Like the frame's
    // registers, it may point into the frame arena: --check-arena does not
    // count its pointers as violations.
    static constexpr uint64_t kFrameConfined = 16;
    static constexpr int kKindShift = 2;
    static constexpr int kCountShift = 8;

    uint64_t count() const { return bits >> kCountShift; }
    ObjectKind kind() const { return ObjectKind((bits >> kKindShift) & 3); }
    void* payload() { return this + 1; }
};
static_assert(sizeof(ObjectHeader) == 16);

class Marker;
class RootScanner;

// Told about every allocation while installed (Heap::setObserver): the VM's
// --stats attributes allocations to their sites. Zero-size allocations
// (zeroBase()) are not allocations and are not reported.
class AllocObserver {
public:
    virtual ~AllocObserver() = default;
    // `payloadBytes` as requested, `slotBytes` with header and size-class rounding.
    virtual void onAllocate(uint64_t payloadBytes, uint64_t slotBytes) = 0;
};

class Heap {
public:
    explicit Heap(HeapConfig config = {});
    ~Heap();  // frees every object
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // A zeroed object holding `count` consecutive values of `type` (count > 1
    // for slice backing arrays). Returns nullptr when maxHeapBytes would be
    // exceeded or count * size overflows; zeroBase() when the size is 0. Never
    // collects. `frameConfined` sets ObjectHeader::kFrameConfined.
    void* allocate(const TypeDesc* type, uint64_t count = 1, bool frameConfined = false);
    // Zeroed pointer-free bytes (string data, []byte backing arrays).
    void* allocateBytes(uint64_t n);
    // A zeroed object of `bytes` bytes whose header names `type` and `kind`
    // (runtime objects: maps and their tables). Null on limit/overflow.
    void* allocateObject(const TypeDesc* type, ObjectKind kind, uint64_t bytes);

    // Polled by the VM at safepoints: one load and one compare.
    bool shouldCollect() const { return bytes_ >= trigger_; }
    // Full stop-the-world mark-sweep, then re-pacing.
    void collect(RootScanner& roots);

    const HeapStats& stats() const;
    const HeapConfig& config() const { return config_; }
    // The goal that triggers the next collection (bytes).
    uint64_t nextGoal() const { return goal_; }

    // Whether p points into a live heap object's payload (interior ok).
    bool contains(const void* p) const;
    // The header of the live heap object containing p, or null.
    ObjectHeader* findObject(const void* p) const;

    // Checks the heap's internal consistency (page table, free lists, byte
    // and object counts); on failure describes the first problem. For tests
    // and debugging: it walks every span.
    bool verify(std::string* problem = nullptr) const;

    // The address returned for zero-size allocations.
    void* zeroBase() { return zeroBase_; }

    // A fresh pseudo-random number (per-heap PRNG seeded at construction):
    // map hash seeds, map iteration starts.
    uint64_t random();

    // One line per cycle, like GODEBUG=gctrace=1 without the cpu, stacks and
    // globals fields; the whole stop-the-world pause is the middle phase:
    // "gc 3 @0.012s 1%: 0+0.210+0 ms clock, 4->4->1 MB, 5 MB goal, 1 P".
    void setTrace(std::function<void(const std::string&)> trace);

    // Statistics: null (the default) costs one predictable branch per allocation.
    void setObserver(AllocObserver* observer) { observer_ = observer; }

    // --check-arena (DESIGN invariant 1): while the marker scans heap objects
    // (not roots), every word it treats as a pointer is passed to `forbidden`;
    // for each one it accepts (e.g. an address inside a frame arena), `report`
    // gets the heap object holding it and the word. Null functions turn the
    // check off. Costs one predictable branch per pointer when off.
    void setPointerCheck(std::function<bool(const void* p)> forbidden,
                         std::function<void(const ObjectHeader* holder, const void* p)> report);

    struct Impl;

private:
    void* allocateSized(const TypeDesc* type, uint64_t bits, uint64_t payloadBytes);

    HeapConfig config_;
    uint64_t bytes_ = 0;     // live after last GC + allocated since (slot bytes)
    uint64_t trigger_ = 0;   // shouldCollect() when bytes_ reaches it
    uint64_t goal_ = 0;
    AllocObserver* observer_ = nullptr;
    std::unique_ptr<Impl> impl_;
    alignas(16) unsigned char zeroBase_[16] = {};
};

// The marker of one collection. Root scanners and the scanners of runtime
// objects (maps) report what they hold through it. Marking pushes onto an
// explicit stack; nothing here recurses over the object graph.
class Marker {
public:
    // Any word that may be a heap pointer: interior pointers resolve to their
    // object; null, foreign and freed addresses are ignored.
    void markPointer(const void* p);
    // A value of type `t` in memory form at `addr` (a global, an arena object,
    // a spilled register aggregate). `addr` itself need not be in the heap.
    void markValue(const TypeDesc* t, const void* addr);
    void markValues(const TypeDesc* t, const void* addr, uint64_t count);
    // An interface's two words: the data word is a heap pointer iff the
    // dynamic type is boxed (!direct) or direct with pointers.
    void markIface(const TypeDesc* t, uint64_t data);
    // A register window: kinds 0 scalar, 1 pointer, 2 interface type word
    // (the next word is its data word) — vm::SlotKind values.
    void markSlots(const uint64_t* words, const uint8_t* slotKinds, size_t n);

private:
    friend class Heap;
    explicit Marker(Heap::Impl& heap) : heap_(heap) {}
    Heap::Impl& heap_;
};

// Marks what one object (heap or frame arena) points to, by its header's
// kind and layout.
void scanObjectContents(Marker& marker, const ObjectHeader* header);

class RootScanner {
public:
    virtual ~RootScanner() = default;
    virtual void scanRoots(Marker& marker) = 0;
};

}  // namespace govm::rt
