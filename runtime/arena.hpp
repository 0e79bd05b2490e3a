// The frame arena: per-goroutine bump memory for values that escape analysis
// proved cannot outlive the frame (or loop iteration) that makes them.
//
// Model
//   A FrameArena is a stack of regions over a chain of fixed-address chunks.
//   A call that has arena sites opens a region with mark() on entry and closes
//   it with release(mark) on return, after its deferred calls ran, and also
//   when a panic unwinds through the frame; everything allocated since the
//   mark is freed at once. Loops whose sites the escape pass allows release
//   each iteration with reset(mark), which frees the region's contents but
//   keeps it open. Closing a region also closes every region opened after it,
//   so an unwinding VM may release only the outermost mark it drops.
//
//   Objects are bump-allocated in the current chunk. Chunks never move and
//   are never realloc'd: a pointer into the arena stays valid until the
//   region holding it is released. When a chunk is full the arena moves to
//   the next one (a spare kept from an earlier release, or a new one); an
//   object bigger than a quarter of a chunk gets a block of its own, freed
//   when its region is released. After a release the arena keeps at most
//   `spareChunks` chunks beyond the current one and frees the rest.
//
//   Each object is laid out as
//
//       [siteId: u32][words: u32][ObjectHeader: type, bits][payload ...]
//                                                          ^ returned, 8-aligned
//
//   The ObjectHeader is the heap's (runtime/heap.hpp) with bits = count <<
//   kCountShift | kind << kKindShift and neither the live nor the mark bit:
//   the arena is not part of the heap, the marker ignores its addresses (the
//   heap only resolves addresses inside its own spans), and the arena instead
//   reports every live object as a GC root through scanRoots(), precisely by
//   type (ObjectKind::Values, Bytes, and MapHeader/MapStorage through the map
//   scanners). `words` is the object's total size in 8-byte words, so walks do
//   not depend on the type; `siteId` is the allocation site (the VM maps it to
//   file:line:col) for --check-arena reports and per-site statistics.
//
//   allocate() returns null, and the VM falls back to the GC heap, when the
//   request exceeds maxObjectBytes, would take the current region over
//   frameBudget or the whole arena over maxBytes, or memory runs out. A
//   zero-size request returns zeroBase(), an address that is neither in the
//   heap nor in a chunk. Memory is always zeroed.
//
// Growth (append, map tables)
//   A growing slice or map takes a new block from the arena; the old block is
//   garbage until its region is released (nothing is freed individually, and
//   an old map table stays valid for iterators still walking it). A map
//   created in the arena records depth() at creation and takes later tables
//   from the arena only while depth() is unchanged (mapTableAllocate), so a
//   callee that grows its caller's map never puts the table into its own,
//   shorter-lived region: such tables come from the heap and the arena map
//   header keeps them alive as a root.
//
// Invariants
//   - Regions nest: region i+1 was opened after region i and is released no
//     later than it. Objects of region i may point to heap objects and to
//     arena objects of regions <= i (DESIGN invariant 1: no heap object or
//     global ever points into an arena; ArenaChecker verifies it).
//   - Every byte between a chunk's start and its fill level is a sequence of
//     well-formed objects with zeroed-then-written payloads; the GC walk relies
//     on it. Released bytes are never read by the walk.
//   - With `poison`, released memory is filled with kArenaPoisonByte; in ASan
//     builds released and unused chunk memory is ASan-poisoned always.
//   - With `check`, released chunks and (up to a cap) released large blocks
//     are kept, so a stale pointer into them is still recognised as an arena
//     address with the site of the object that occupied it.
//   - Not thread-safe: one arena belongs to one goroutine. No global state.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/memory.hpp"
#include "runtime/heap.hpp"

namespace govm::rt {

struct ArenaConfig {
    uint64_t chunkBytes = 64 << 10;     // standard chunk size; > 1/4 of it gets a block of its own
    uint64_t maxObjectBytes = 1 << 20;  // ArenaMaxObject: bigger payloads go to the heap
    uint64_t frameBudget = 8 << 20;     // bytes one region may hold (headers included)
    uint64_t maxBytes = 256ull << 20;   // bytes the whole arena may hold (0 = unlimited)
    uint32_t spareChunks = 2;           // free chunks kept beyond the current one after a release
    bool poison = false;                // fill released memory with kArenaPoisonByte
    bool check = false;                 // --check-arena: keep released memory identifiable (implies poison)
    MemoryHooks memory = {};            // where chunks and large blocks come from
};

constexpr unsigned char kArenaPoisonByte = 0xa5;
constexpr uint64_t kArenaObjectHeaderBytes = 24;

struct ArenaStats {
    uint64_t objects = 0;              // successful arena allocations
    uint64_t bytes = 0;                // payload bytes they requested
    uint64_t liveBytes = 0;            // bytes held now (headers and padding included)
    uint64_t peakBytes = 0;            // high-water mark of liveBytes
    uint64_t chunks = 0;               // chunks held now (in use and spare)
    uint64_t chunkAllocs = 0;          // chunks ever obtained from the system
    uint64_t largeObjects = 0;         // allocations that got a block of their own
    uint64_t releases = 0;             // release() calls that closed a region
    uint64_t iterationReleases = 0;    // reset() calls
    uint64_t maxDepth = 0;             // most regions open at once
    uint64_t fallbackTooBig = 0;       // refused: payload > maxObjectBytes (or size overflow)
    uint64_t fallbackFrameBudget = 0;  // refused: the region would exceed frameBudget
    uint64_t fallbackArenaBudget = 0;  // refused: the arena would exceed maxBytes
    uint64_t fallbackNoMemory = 0;     // refused: the system had no memory for a chunk
    uint64_t fallbackMapGrowth = 0;    // refused: a table for an arena map of an outer region
    uint64_t fallbackBytes = 0;        // payload bytes of all refused requests

    uint64_t fallbacks() const {
        return fallbackTooBig + fallbackFrameBudget + fallbackArenaBudget + fallbackNoMemory + fallbackMapGrowth;
    }
};

struct ArenaSiteStats {
    uint64_t objects = 0;    // arena allocations at the site
    uint64_t bytes = 0;      // their payload bytes
    uint64_t fallbacks = 0;  // requests refused (the VM put them on the heap)
};

// Counters of arenas that no longer exist (a goroutine's arena dies with the
// goroutine) plus, when a report is made, those of the live ones: the VM's
// --stats figures. Sums, except peakBytes and maxDepth (the largest of any
// one arena) and liveBytes/chunks (what the summed arenas hold now).
struct ArenaTotals {
    ArenaStats stats;
    std::vector<ArenaSiteStats> sites;  // by site id
    void add(const ArenaStats& other, const std::vector<ArenaSiteStats>& otherSites);
};

// What the arena knows about an address (for --check-arena reports).
struct ArenaAddress {
    bool inArena = false;  // inside memory the arena holds (live, released or spare)
    bool live = false;     // inside a live object's bytes (header included)
    bool siteKnown = false;
    uint32_t siteId = 0;  // the object that holds (or last held) the address
};

class FrameArena {
public:
    // A region handle: its index in the region stack.
    struct Mark {
        uint32_t depth;
    };

    explicit FrameArena(ArenaConfig config = {});
    ~FrameArena();
    FrameArena(const FrameArena&) = delete;
    FrameArena& operator=(const FrameArena&) = delete;

    // Opens a region; call on entry to a frame (or loop) with arena sites.
    inline Mark mark();
    // The handle a frame without sites keeps: releasing it closes only
    // regions opened after this call (none, if the frame's callees balanced).
    Mark current() const { return Mark{depth_}; }
    // Closes region `m` and every region opened after it, freeing their
    // memory. A mark that is already closed is ignored.
    inline void release(Mark m);
    // Frees everything allocated in region `m` (closing later regions) but
    // keeps `m` open: loop-iteration release.
    inline void reset(Mark m);
    // Regions open now. A region's objects are allocated while depth() equals
    // its index + 1.
    uint32_t depth() const { return depth_; }

    // A zeroed object of `count` values of `type`; null means "use the heap".
    inline void* allocate(const TypeDesc* type, uint64_t count, uint32_t siteId);
    // Zeroed pointer-free bytes.
    void* allocateBytes(uint64_t n, uint32_t siteId);
    // A zeroed runtime object (map header or table) of `bytes` bytes.
    void* allocateObject(const TypeDesc* type, ObjectKind kind, uint64_t bytes, uint32_t siteId);
    // A table for an arena map created at depth `mapDepth`: null (use the
    // heap) unless no region was opened since the map was made.
    void* allocateMapTable(const TypeDesc* mapType, uint64_t bytes, uint32_t mapDepth, uint32_t siteId);

    // Zero-size allocations.
    void* zeroBase() { return zeroBase_; }

    // Reports every live object as a GC root (call from RootScanner::scanRoots).
    void scanRoots(Marker& marker) const;
    // Calls fn for every live object's header, oldest first (large blocks after chunks).
    void forEachObject(const std::function<void(const ObjectHeader& header, uint32_t siteId)>& fn) const;

    // Whether p lies in memory the arena holds: live objects, released or
    // spare chunk memory, live large blocks and (with check) quarantined ones.
    bool owns(const void* p) const;
    ArenaAddress describe(const void* p) const;

    // Walks every chunk and block and checks headers and counters; on failure
    // describes the first problem. For tests and --check-arena.
    bool verify(std::string* problem = nullptr) const;

    // Per-site counters for sites [0, siteCount); other ids are not counted.
    void enableSiteStats(uint32_t siteCount);
    const std::vector<ArenaSiteStats>& siteStats() const { return sites_; }

    // liveBytes and peakBytes are computed when asked: the allocation fast
    // path does not maintain them.
    ArenaStats stats() const;
    const ArenaConfig& config() const { return config_; }
    // On destruction the arena adds its counters to `totals` (which must
    // outlive it); null by default.
    void setRetireSink(ArenaTotals* totals) { retireSink_ = totals; }

    struct Chunk;
    struct LargeBlock;

private:
    // Where a region starts, and what its release restores for the region
    // below it.
    struct Position {
        uint64_t epoch;        // epoch_ then: equal now means same chunk, same large blocks
        uint8_t* top;          // top_ then: in chunks_[chunk], or null before the first chunk
        uint8_t* outerLimit;   // fastLimit_ then, valid again once top_ is back at `top`
        uint64_t liveBytes;    // liveBytes() then: the region's base
        uint64_t outerBase;    // regionBase_ then
        uint32_t chunk;
        uint32_t largeCount;
    };

    inline void* allocateSized(const TypeDesc* type, uint64_t bits, uint64_t payloadBytes, uint32_t siteId);
    void* allocateSlow(const TypeDesc* type, uint64_t bits, uint64_t payloadBytes, uint32_t siteId);
    static constexpr uint64_t kInlineZeroBytes = 256;
    static inline void zeroPayload(uint8_t* payload, uint64_t bytes);
    inline void* placeObject(uint8_t* at, uint64_t total, const TypeDesc* type, uint64_t bits, uint64_t payloadBytes,
                             uint32_t siteId);
    uint64_t liveBytes() const { return baseBytes_ + uint64_t(top_ - chunkStart_); }
    void refreshLimit();
    void openLimit();
    void growRegions();
    void chunkChanged();
    void notePeak() { stats_.peakBytes = std::max(stats_.peakBytes, liveBytes()); }
    void* refuseOverflow(uint32_t siteId);
    void* refuse(uint64_t& counter, uint64_t payloadBytes, uint32_t siteId);
    uint8_t* placeSlow(uint64_t total, uint32_t siteId);
    uint8_t* placeLarge(uint64_t total, uint32_t siteId);
    bool advanceChunk();
    void restore(const Position& pos);
    void restoreChunks(const Position& pos);
    uint64_t offsetOf(const Position& pos) const;
    inline bool restoresQuickly(const Position& pos) const;
    void releaseSlow(Mark m);
    void resetSlow(Mark m);
    void releaseChunkBytes(uint32_t chunk, uint64_t begin, uint64_t end);
    void releaseLarge(uint32_t keep);
    void trimChunks();
    void freeChunk(Chunk* chunk);
    uint64_t chunkFill(uint32_t index) const;
    const ObjectHeader* findInChunk(uint32_t index, const void* p, uint32_t* siteId) const;
    void rebuildRanges() const;
    void noteSite(const uint8_t* at, uint64_t total, uint32_t siteId);
    bool positionsOrdered(const Position& a, const Position& b) const;
    template <class Fn>
    void walk(Fn&& fn) const;  // every live object, oldest first (defined in arena.cpp)

    ArenaConfig config_;
    bool poisonReleased_ = false;  // released bytes are filled or ASan-poisoned
    bool tracked_ = false;         // every allocation takes the slow path (check mode, site stats, ASan)
    uint8_t* top_ = nullptr;         // next free byte of the current chunk
    uint8_t* limit_ = nullptr;       // end of the current chunk
    uint8_t* chunkStart_ = nullptr;  // start of the current chunk
    // Where the fast path stops: limit_, or earlier where a budget would be
    // exceeded. Recomputed by refreshLimit() whenever top_, the region or
    // the chunk changes other than by a fast bump.
    uint8_t* fastLimit_ = nullptr;
    uint64_t baseBytes_ = 0;   // live bytes outside [chunkStart_, top_): earlier chunks and large blocks
    uint64_t regionBase_ = 0;  // liveBytes() when the innermost region opened
    // Changes whenever the current chunk or the set of large blocks does:
    // a region whose epoch is still current is released by moving top_ back.
    uint64_t epoch_ = 0;
    // No budget can stop a region that opens now before limit_: set when
    // frameBudget and what maxBytes leaves cover the whole current chunk.
    // Recomputed with epoch_ (chunkChanged()).
    bool unbounded_ = false;
    uint32_t depth_ = 0;       // open regions: regions_[0, depth_)
    uint32_t mostOpen_ = 0;    // regions_.size(), the most ever open, kept as a count for mark()'s test
    uint32_t current_ = 0;     // index of the current chunk (valid when chunks_ is non-empty)
    std::vector<Chunk*> chunks_;
    std::vector<LargeBlock> large_;       // live blocks, in allocation order
    std::vector<LargeBlock> quarantine_;  // check mode: released blocks kept poisoned
    uint64_t quarantineBytes_ = 0;
    std::vector<Position> regions_;  // never shrinks
    std::vector<ArenaSiteStats> sites_;
    ArenaStats stats_;
    ArenaTotals* retireSink_ = nullptr;

    // owns(): sorted address ranges, rebuilt when memory was added or freed.
    struct Range {
        uintptr_t begin, end;
    };
    mutable std::vector<Range> ranges_;
    mutable bool rangesDirty_ = true;

    alignas(16) unsigned char zeroBase_[16] = {};
};

// Every call with arena sites opens and closes a region, so the common cases
// are inline; the rest is in arena.cpp.
inline FrameArena::Mark FrameArena::mark() {
    uint32_t depth = depth_;
    if (__builtin_expect(depth == mostOpen_, 0))
        growRegions();
    uint8_t* top = top_;
    uint64_t live = baseBytes_ + uint64_t(top - chunkStart_);
    Position pos{epoch_, top, fastLimit_, live, regionBase_, current_, uint32_t(large_.size())};
    regions_[depth] = pos;
    regionBase_ = live;
    depth_ = depth + 1;
    openLimit();
    return Mark{depth};
}

// The fast path: a bump inside fastLimit_ and a memset. Everything else
// (budgets, new chunks, large blocks, check mode, per-site counters) is
// allocateSlow's.
inline void* FrameArena::allocateSized(const TypeDesc* type, uint64_t bits, uint64_t payloadBytes, uint32_t siteId) {
    if (__builtin_expect(payloadBytes > config_.maxObjectBytes || tracked_, 0))
        return allocateSlow(type, bits, payloadBytes, siteId);
    uint64_t total = ((payloadBytes + 7) & ~uint64_t(7)) + kArenaObjectHeaderBytes;
    if (__builtin_expect(total > uint64_t(fastLimit_ - top_), 0))
        return allocateSlow(type, bits, payloadBytes, siteId);
    uint8_t* at = top_;
    top_ += total;
    return placeObject(at, total, type, bits, payloadBytes, siteId);
}

// Small objects are the common case (a frame's buffers and maps): 16-byte
// stores beat a call to memset there. `bytes` is a multiple of 8.
inline void FrameArena::zeroPayload(uint8_t* payload, uint64_t bytes) {
    if (__builtin_expect(bytes > kInlineZeroBytes, 0)) {
        std::memset(payload, 0, bytes);
        return;
    }
    uint8_t* end = payload + bytes;
    for (; payload + 32 <= end; payload += 32)
        __builtin_memset(payload, 0, 32);
    if (payload + 16 <= end) {
        __builtin_memset(payload, 0, 16);
        payload += 16;
    }
    if (payload < end) __builtin_memset(payload, 0, 8);
}

// Writes the site word and header of a `total`-byte object at `at` and
// zeroes its payload.
inline void* FrameArena::placeObject(uint8_t* at, uint64_t total, const TypeDesc* type, uint64_t bits,
                                     uint64_t payloadBytes, uint32_t siteId) {
    auto* site = reinterpret_cast<uint32_t*>(at);
    site[0] = siteId;
    site[1] = uint32_t(total / 8);
    auto* header = reinterpret_cast<ObjectHeader*>(at + 8);
    header->type = type;
    header->bits = bits;
    zeroPayload(reinterpret_cast<uint8_t*>(header + 1), total - kArenaObjectHeaderBytes);
    stats_.objects++;
    stats_.bytes += payloadBytes;
    return header + 1;
}

inline void* FrameArena::allocate(const TypeDesc* type, uint64_t count, uint32_t siteId) {
    uint64_t bytes;
    if (__builtin_mul_overflow(count, type->size, &bytes))
        return refuseOverflow(siteId);
    if (bytes == 0)
        return zeroBase_;
    return allocateSized(type, count << ObjectHeader::kCountShift, bytes, siteId);
}

// The most the current region may still bump-allocate in this chunk.
inline void FrameArena::refreshLimit() {
    uint64_t live = liveBytes();
    uint64_t room = uint64_t(limit_ - top_);
    uint64_t used = live - regionBase_;
    room = std::min(room, config_.frameBudget > used ? config_.frameBudget - used : 0);
    room = std::min(room, config_.maxBytes > live ? config_.maxBytes - live : 0);
    fastLimit_ = top_ + room;
}

// refreshLimit for a region that holds nothing yet (just opened or reset).
inline void FrameArena::openLimit() {
    if (__builtin_expect(unbounded_, 1))
        fastLimit_ = limit_;
    else
        refreshLimit();
}

// A region that stayed in the current chunk and took no large block is freed
// by moving top_ back, unless released bytes must be poisoned.
inline bool FrameArena::restoresQuickly(const Position& pos) const { return pos.epoch == epoch_ && !poisonReleased_; }

inline void FrameArena::release(Mark m) {
    if (m.depth >= depth_)
        return;  // closed already, by an outer release during unwinding
    const Position& pos = regions_[m.depth];
    if (!restoresQuickly(pos))
        return releaseSlow(m);
    notePeak();
    top_ = pos.top;
    fastLimit_ = pos.outerLimit;
    regionBase_ = pos.outerBase;
    depth_ = m.depth;
    stats_.releases++;
}

inline void FrameArena::reset(Mark m) {
    if (m.depth >= depth_)
        return;
    const Position& pos = regions_[m.depth];
    if (!restoresQuickly(pos))
        return resetSlow(m);
    notePeak();
    top_ = pos.top;
    regionBase_ = pos.liveBytes;
    depth_ = m.depth + 1;
    openLimit();
    stats_.iterationReleases++;
}

// A large block's record (exposed only so FrameArena can hold it by value).
struct FrameArena::LargeBlock {
    uint8_t* memory;  // the object's site word; header and payload follow
    uint64_t bytes;   // header included
    uint32_t siteId;  // kept here too: a quarantined block's memory is poisoned
};

// A --check-arena violation: a heap object (or a root the VM checks, such as
// a global) holding a pointer into some goroutine's arena.
struct ArenaViolation {
    const ObjectHeader* holder = nullptr;  // the heap object; null for a root
    std::string_view root;                 // for a root: what the VM called it (e.g. "global main.p")
    const void* pointer = nullptr;
    ArenaAddress target;
};

// --check-arena for one VM: DESIGN invariant 1 (no heap object or global
// points into a frame arena, live or released) checked on every GC cycle.
// install() hooks the heap's pointer check, which sees every pointer of every
// heap object the marker scans; the VM's RootScanner calls checkRoot() for
// each global. A violation is described with the allocation site of the arena
// object and passed to the failure handler (default: print to stderr and
// abort()).
class ArenaChecker {
public:
    using SiteName = std::function<std::string(uint32_t siteId)>;
    using Failure = std::function<void(const ArenaViolation& violation, const std::string& report)>;

    explicit ArenaChecker(SiteName siteName = nullptr, Failure failure = nullptr);
    ~ArenaChecker();  // uninstalls from the heap
    ArenaChecker(const ArenaChecker&) = delete;
    ArenaChecker& operator=(const ArenaChecker&) = delete;

    void addArena(const FrameArena& arena);
    void removeArena(const FrameArena& arena);
    void install(Heap& heap);
    void uninstall();

    // Whether p lies in any checked arena.
    bool forbidden(const void* p) const;
    // Checks every pointer word of a value of type `t` at `addr` (a global):
    // returns false after reporting a violation.
    bool checkRoot(const TypeDesc* t, const void* addr, std::string_view what);

    std::string describe(const ArenaViolation& violation) const;
    uint64_t violations() const { return violations_; }

private:
    void fail(ArenaViolation violation);
    ArenaAddress locate(const void* p) const;

    SiteName siteName_;
    Failure failure_;
    std::vector<const FrameArena*> arenas_;
    Heap* heap_ = nullptr;
    uint64_t violations_ = 0;
};

}  // namespace govm::rt
