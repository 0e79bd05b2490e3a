// The frame arena: regions, chunks, large blocks, GC roots and --check-arena.
// The model and invariants are in arena.hpp.
#include "runtime/arena.hpp"

#include <algorithm>
#include <cinttypes>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/map.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define GOVM_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOVM_ARENA_ASAN 1
#endif
#endif

// The same poisoning the heap does (heap_impl.hpp is private to the heap).
#ifdef GOVM_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define ARENA_ASAN_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define ARENA_ASAN_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define ARENA_ASAN_POISON(p, n) ((void)(p), (void)(n))
#define ARENA_ASAN_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace govm::rt {

namespace {

constexpr uint64_t kMinChunkBytes = 4096;
constexpr uint64_t kMaxChunkBytes = 1ull << 30;
// Objects stay below 2^32 words; far beyond any sensible ArenaMaxObject.
constexpr uint64_t kMaxArenaObject = 1ull << 34;
// --check-arena keeps released large blocks poisoned up to this many bytes.
constexpr uint64_t kQuarantineBytes = 64ull << 20;

// The 8 bytes before an object's ObjectHeader.
struct SiteWord {
    uint32_t siteId;
    uint32_t words;  // the whole object, site word and header included, in 8-byte words
};
static_assert(sizeof(SiteWord) + sizeof(ObjectHeader) == kArenaObjectHeaderBytes);
static_assert(offsetof(SiteWord, words) == 4);  // FrameArena::placeObject writes the site word as two u32s

uint64_t align8(uint64_t n) { return (n + 7) & ~uint64_t(7); }
uint64_t align16(uint64_t n) { return (n + 15) & ~uint64_t(15); }

const SiteWord* siteWordAt(const uint8_t* at) { return reinterpret_cast<const SiteWord*>(at); }
ObjectHeader* headerAt(uint8_t* at) { return reinterpret_cast<ObjectHeader*>(at + sizeof(SiteWord)); }
const ObjectHeader* headerAt(const uint8_t* at) {
    return reinterpret_cast<const ObjectHeader*>(at + sizeof(SiteWord));
}

// Payload bytes the header describes (the heap's payloadBytes, for arena objects).
bool payloadBytesOf(const ObjectHeader* header, uint64_t* bytes) {
    if (header->kind() != ObjectKind::Values) {
        *bytes = header->count();
        return true;
    }
    return header->type != nullptr && !__builtin_mul_overflow(header->count(), header->type->size, bytes);
}

// Checks the object at `at` (at most `room` bytes); sets *total to its size.
// Returns what is wrong, or "".
std::string checkObject(const uint8_t* at, uint64_t room, uint64_t* total) {
    const ObjectHeader* header = headerAt(at);
    uint64_t payload = 0;
    *total = uint64_t(siteWordAt(at)->words) * 8;
    if (*total < kArenaObjectHeaderBytes + 8 || *total > room)
        return "object size " + std::to_string(*total) + " outside its chunk";
    if (header->bits & (ObjectHeader::kLive | ObjectHeader::kMarked))
        return "live or mark bit set on an arena object";
    if (!payloadBytesOf(header, &payload))
        return "Values object without a type";
    if (align8(payload) + kArenaObjectHeaderBytes != *total)
        return "header says " + std::to_string(payload) + " payload bytes, site word " + std::to_string(*total);
    return "";
}

}  // namespace

struct FrameArena::Chunk {
    uint8_t* data;      // 16-aligned
    uint64_t capacity;
    uint64_t used;      // fill level, kept while the chunk is not the current one
    uint32_t* sites;    // check mode: siteId + 1 of the object covering each 8-byte word (0: none)
};

// ---- construction -----------------------------------------------------------

FrameArena::FrameArena(ArenaConfig config) : config_(config) {
    config_.chunkBytes = align16(std::clamp(config_.chunkBytes, kMinChunkBytes, kMaxChunkBytes));
    config_.maxObjectBytes = std::min(config_.maxObjectBytes, kMaxArenaObject);
    if (config_.maxBytes == 0)
        config_.maxBytes = UINT64_MAX;
    if (config_.check)
        config_.poison = true;
    poisonReleased_ = config_.poison;
    tracked_ = config_.check;
#ifdef GOVM_ARENA_ASAN
    poisonReleased_ = true;
    tracked_ = true;  // allocation unpoisons
#endif
}

FrameArena::~FrameArena() {
    if (retireSink_ != nullptr) {
        ArenaStats final = stats();
        final.liveBytes = 0;  // everything is released now
        final.chunks = 0;
        retireSink_->add(final, sites_);
    }
    releaseLarge(0);
    for (const LargeBlock& block : quarantine_) {
        ARENA_ASAN_UNPOISON(block.memory, block.bytes);
        releaseMemory(config_.memory, block.memory, align16(block.bytes));
    }
    for (Chunk* chunk : chunks_)
        freeChunk(chunk);
}

// ---- regions ------------------------------------------------------------------

void FrameArena::growRegions() {
    regions_.emplace_back();
    mostOpen_ = uint32_t(regions_.size());
}

void FrameArena::releaseSlow(Mark m) {
    Position pos = regions_[m.depth];
    depth_ = m.depth;
    regionBase_ = pos.outerBase;
    restore(pos);
    refreshLimit();
    stats_.releases++;
}

void FrameArena::resetSlow(Mark m) {
    Position pos = regions_[m.depth];
    depth_ = m.depth + 1;
    regionBase_ = pos.liveBytes;
    restore(pos);
    refreshLimit();
    stats_.iterationReleases++;
}

uint64_t FrameArena::offsetOf(const Position& pos) const {
    return pos.top == nullptr ? 0 : uint64_t(pos.top - chunks_[pos.chunk]->data);
}

// Frees everything allocated after `pos` and makes it the allocation point.
// The common case, a region that stayed in one chunk, is a pointer reset.
void FrameArena::restore(const Position& pos) {
    notePeak();
    if (large_.size() > pos.largeCount)
        releaseLarge(pos.largeCount);
    if (!chunks_.empty())
        restoreChunks(pos);
    baseBytes_ = pos.liveBytes - uint64_t(top_ - chunkStart_);
    chunkChanged();
}

void FrameArena::chunkChanged() {
    epoch_++;
    uint64_t capacity = uint64_t(limit_ - chunkStart_);
    unbounded_ = config_.frameBudget >= capacity && config_.maxBytes >= baseBytes_ &&
                 config_.maxBytes - baseBytes_ >= capacity;
}

void FrameArena::restoreChunks(const Position& pos) {
    uint64_t offset = offsetOf(pos);
    if (pos.chunk == current_) {
        uint64_t fill = chunkFill(current_);
        if (fill > offset)
            releaseChunkBytes(current_, offset, fill);
        top_ = chunkStart_ + offset;
        return;
    }
    for (uint32_t c = pos.chunk; c <= current_; ++c) {
        uint64_t begin = c == pos.chunk ? offset : 0;
        uint64_t end = chunkFill(c);
        if (end > begin)
            releaseChunkBytes(c, begin, end);
    }
    current_ = pos.chunk;
    Chunk* chunk = chunks_[current_];
    chunkStart_ = chunk->data;
    top_ = chunk->data + offset;
    limit_ = chunk->data + chunk->capacity;
    trimChunks();
}

void FrameArena::releaseChunkBytes(uint32_t index, uint64_t begin, uint64_t end) {
    uint8_t* from = chunks_[index]->data + begin;
    if (config_.poison)
        std::memset(from, kArenaPoisonByte, end - begin);
    ARENA_ASAN_POISON(from, end - begin);
}

void FrameArena::releaseLarge(uint32_t keep) {
    while (large_.size() > keep) {
        LargeBlock block = large_.back();
        large_.pop_back();
        rangesDirty_ = true;
        if (!config_.check) {
            releaseMemory(config_.memory, block.memory, align16(block.bytes));
            continue;
        }
        std::memset(block.memory, kArenaPoisonByte, block.bytes);
        ARENA_ASAN_POISON(block.memory, block.bytes);
        quarantine_.push_back(block);
        quarantineBytes_ += block.bytes;
        // Oldest first: the most recently released blocks are the likeliest targets of stale pointers.
        size_t drop = 0;
        while (quarantineBytes_ > kQuarantineBytes && drop < quarantine_.size()) {
            ARENA_ASAN_UNPOISON(quarantine_[drop].memory, quarantine_[drop].bytes);
            releaseMemory(config_.memory, quarantine_[drop].memory, align16(quarantine_[drop].bytes));
            quarantineBytes_ -= quarantine_[drop].bytes;
            ++drop;
        }
        quarantine_.erase(quarantine_.begin(), quarantine_.begin() + ptrdiff_t(drop));
    }
}

// Keeps the current chunk and a few spares; check mode keeps every chunk so
// released addresses stay recognisable.
void FrameArena::trimChunks() {
    if (config_.check)
        return;
    size_t keep = size_t(current_) + 1 + config_.spareChunks;
    if (chunks_.size() <= keep)
        return;
    while (chunks_.size() > keep) {
        freeChunk(chunks_.back());
        chunks_.pop_back();
    }
    rangesDirty_ = true;
    stats_.chunks = chunks_.size();
}

void FrameArena::freeChunk(Chunk* chunk) {
    ARENA_ASAN_UNPOISON(chunk->data, chunk->capacity);
    releaseMemory(config_.memory, chunk->data, chunk->capacity);
    std::free(chunk->sites);
    delete chunk;
}

uint64_t FrameArena::chunkFill(uint32_t index) const {
    if (index < current_)
        return chunks_[index]->used;
    if (index == current_ && !chunks_.empty())
        return uint64_t(top_ - chunks_[index]->data);
    return 0;
}

// ---- allocation ---------------------------------------------------------------

void* FrameArena::allocateBytes(uint64_t n, uint32_t siteId) {
    if (n == 0)
        return zeroBase_;
    uint64_t kindBits = uint64_t(ObjectKind::Bytes) << ObjectHeader::kKindShift;
    return allocateSized(nullptr, (std::min(n, kMaxArenaObject + 1) << ObjectHeader::kCountShift) | kindBits, n,
                         siteId);
}

void* FrameArena::allocateObject(const TypeDesc* type, ObjectKind kind, uint64_t bytes, uint32_t siteId) {
    if (bytes == 0)
        bytes = 1;  // runtime objects must be distinct objects, as on the heap
    uint64_t kindBits = uint64_t(kind) << ObjectHeader::kKindShift;
    return allocateSized(type, (std::min(bytes, kMaxArenaObject + 1) << ObjectHeader::kCountShift) | kindBits,
                         bytes, siteId);
}

void* FrameArena::allocateMapTable(const TypeDesc* mapType, uint64_t bytes, uint32_t mapDepth, uint32_t siteId) {
    if (mapDepth != depth())
        return refuse(stats_.fallbackMapGrowth, bytes, siteId);
    return allocateObject(mapType, ObjectKind::MapStorage, bytes, siteId);
}

// What allocateSized's fast path does not: budgets, the next chunk, large
// blocks, check-mode site maps and per-site counters.
void* FrameArena::allocateSlow(const TypeDesc* type, uint64_t bits, uint64_t payloadBytes, uint32_t siteId) {
    if (payloadBytes > config_.maxObjectBytes)
        return refuse(stats_.fallbackTooBig, payloadBytes, siteId);
    uint64_t total = align8(payloadBytes) + kArenaObjectHeaderBytes;
    uint64_t live = liveBytes();
    if (live - regionBase_ + total > config_.frameBudget)
        return refuse(stats_.fallbackFrameBudget, payloadBytes, siteId);
    if (live + total > config_.maxBytes)
        return refuse(stats_.fallbackArenaBudget, payloadBytes, siteId);
    uint8_t* at = top_;
    if (total <= uint64_t(limit_ - top_)) {
        top_ += total;
        if (__builtin_expect(config_.check, 0))
            noteSite(at, total, siteId);
    } else {
        at = placeSlow(total, siteId);
        if (at == nullptr)
            return refuse(stats_.fallbackNoMemory, payloadBytes, siteId);
    }
    ARENA_ASAN_UNPOISON(at, total);
    void* payload = placeObject(at, total, type, bits, payloadBytes, siteId);
    refreshLimit();
    if (siteId < sites_.size()) {
        sites_[siteId].objects++;
        sites_[siteId].bytes += payloadBytes;
    }
    return payload;
}

void* FrameArena::refuseOverflow(uint32_t siteId) { return refuse(stats_.fallbackTooBig, UINT64_MAX, siteId); }

void* FrameArena::refuse(uint64_t& counter, uint64_t payloadBytes, uint32_t siteId) {
    counter++;
    if (payloadBytes != UINT64_MAX)
        stats_.fallbackBytes += payloadBytes;
    if (siteId < sites_.size())
        sites_[siteId].fallbacks++;
    return nullptr;
}

// The current chunk is full: big objects get their own block, others the
// next chunk. Null when the system has no memory.
uint8_t* FrameArena::placeSlow(uint64_t total, uint32_t siteId) {
    if (total > config_.chunkBytes / 4)
        return placeLarge(total, siteId);
    if (!advanceChunk())
        return nullptr;
    uint8_t* at = top_;
    top_ += total;
    if (config_.check)
        noteSite(at, total, siteId);
    return at;
}

uint8_t* FrameArena::placeLarge(uint64_t total, uint32_t siteId) {
    if (large_.size() >= UINT32_MAX)
        return nullptr;
    auto* memory = static_cast<uint8_t*>(allocateMemory(config_.memory, align16(total), 16));
    if (memory == nullptr)
        return nullptr;
    large_.push_back(LargeBlock{memory, total, siteId});
    baseBytes_ += total;
    chunkChanged();
    rangesDirty_ = true;
    stats_.largeObjects++;
    return memory;
}

// Moves to the next chunk: a spare one, or a new one from the system.
bool FrameArena::advanceChunk() {
    bool haveSpare = !chunks_.empty() && current_ + 1 < chunks_.size();
    if (!haveSpare) {
        auto* data = static_cast<uint8_t*>(allocateMemory(config_.memory, config_.chunkBytes, 16));
        if (data == nullptr)
            return false;
        uint32_t* sites = nullptr;
        if (config_.check) {
            sites = static_cast<uint32_t*>(std::calloc(config_.chunkBytes / 8, sizeof(uint32_t)));
            if (sites == nullptr) {
                releaseMemory(config_.memory, data, config_.chunkBytes);
                return false;
            }
        }
        ARENA_ASAN_POISON(data, config_.chunkBytes);
        chunks_.push_back(new Chunk{data, config_.chunkBytes, 0, sites});
        rangesDirty_ = true;
        stats_.chunkAllocs++;
        stats_.chunks = chunks_.size();
    }
    if (chunks_.size() > 1 || haveSpare) {
        chunks_[current_]->used = uint64_t(top_ - chunkStart_);
        baseBytes_ += chunks_[current_]->used;
        current_++;
    }
    Chunk* chunk = chunks_[current_];
    chunk->used = 0;
    chunkStart_ = chunk->data;
    top_ = chunk->data;
    limit_ = chunk->data + chunk->capacity;
    chunkChanged();
    return true;
}

void FrameArena::noteSite(const uint8_t* at, uint64_t total, uint32_t siteId) {
    Chunk* chunk = chunks_[current_];
    uint64_t first = uint64_t(at - chunk->data) / 8;
    std::fill(chunk->sites + first, chunk->sites + first + total / 8, siteId + 1);
}

void FrameArena::enableSiteStats(uint32_t siteCount) {
    sites_.assign(siteCount, ArenaSiteStats{});
    tracked_ = tracked_ || siteCount > 0;
}

ArenaStats FrameArena::stats() const {
    ArenaStats result = stats_;
    result.liveBytes = liveBytes();
    result.peakBytes = std::max(result.peakBytes, result.liveBytes);
    result.maxDepth = mostOpen_;
    return result;
}

void ArenaTotals::add(const ArenaStats& o, const std::vector<ArenaSiteStats>& otherSites) {
    ArenaStats& s = stats;
    s.objects += o.objects;
    s.bytes += o.bytes;
    s.liveBytes += o.liveBytes;
    s.peakBytes = std::max(s.peakBytes, o.peakBytes);
    s.chunks += o.chunks;
    s.chunkAllocs += o.chunkAllocs;
    s.largeObjects += o.largeObjects;
    s.releases += o.releases;
    s.iterationReleases += o.iterationReleases;
    s.maxDepth = std::max(s.maxDepth, o.maxDepth);
    s.fallbackTooBig += o.fallbackTooBig;
    s.fallbackFrameBudget += o.fallbackFrameBudget;
    s.fallbackArenaBudget += o.fallbackArenaBudget;
    s.fallbackNoMemory += o.fallbackNoMemory;
    s.fallbackMapGrowth += o.fallbackMapGrowth;
    s.fallbackBytes += o.fallbackBytes;
    if (sites.size() < otherSites.size())
        sites.resize(otherSites.size());
    for (size_t i = 0; i < otherSites.size(); ++i) {
        sites[i].objects += otherSites[i].objects;
        sites[i].bytes += otherSites[i].bytes;
        sites[i].fallbacks += otherSites[i].fallbacks;
    }
}

// ---- walking: GC roots, iteration, lookup -------------------------------------

template <class Fn>
void FrameArena::walk(Fn&& fn) const {
    for (uint32_t c = 0; c < chunks_.size() && c <= current_; ++c) {
        const uint8_t* at = chunks_[c]->data;
        const uint8_t* end = at + chunkFill(c);
        while (at < end) {
            const SiteWord* site = siteWordAt(at);
            fn(*headerAt(at), site->siteId);
            at += uint64_t(site->words) * 8;
        }
    }
    for (const LargeBlock& block : large_)
        fn(*headerAt(block.memory), block.siteId);
}

void FrameArena::scanRoots(Marker& marker) const {
    walk([&](const ObjectHeader& header, uint32_t) { scanObjectContents(marker, &header); });
}

void FrameArena::forEachObject(const std::function<void(const ObjectHeader&, uint32_t)>& fn) const { walk(fn); }

void FrameArena::rebuildRanges() const {
    ranges_.clear();
    for (const Chunk* chunk : chunks_) {
        auto begin = reinterpret_cast<uintptr_t>(chunk->data);
        ranges_.push_back({begin, begin + chunk->capacity});
    }
    for (const auto* blocks : {&large_, &quarantine_})
        for (const LargeBlock& block : *blocks) {
            auto begin = reinterpret_cast<uintptr_t>(block.memory);
            ranges_.push_back({begin, begin + block.bytes});
        }
    std::sort(ranges_.begin(), ranges_.end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });
    rangesDirty_ = false;
}

bool FrameArena::owns(const void* p) const {
    if (rangesDirty_)
        rebuildRanges();
    auto address = reinterpret_cast<uintptr_t>(p);
    auto after = std::upper_bound(ranges_.begin(), ranges_.end(), address,
                                  [](uintptr_t a, const Range& r) { return a < r.begin; });
    return after != ranges_.begin() && address < std::prev(after)->end;
}

// The live chunk object whose bytes (header included) contain p.
const ObjectHeader* FrameArena::findInChunk(uint32_t index, const void* p, uint32_t* siteId) const {
    const uint8_t* at = chunks_[index]->data;
    const uint8_t* end = at + chunkFill(index);
    const auto* target = static_cast<const uint8_t*>(p);
    while (at < end) {
        const SiteWord* site = siteWordAt(at);
        const uint8_t* next = at + uint64_t(site->words) * 8;
        if (target >= at && target < next) {
            *siteId = site->siteId;
            return headerAt(at);
        }
        at = next;
    }
    return nullptr;
}

ArenaAddress FrameArena::describe(const void* p) const {
    ArenaAddress result;
    const auto* address = static_cast<const uint8_t*>(p);
    for (uint32_t c = 0; c < chunks_.size(); ++c) {
        const Chunk* chunk = chunks_[c];
        if (address < chunk->data || address >= chunk->data + chunk->capacity)
            continue;
        result.inArena = true;
        uint64_t offset = uint64_t(address - chunk->data);
        result.live = c <= current_ && offset < chunkFill(c);
        if (chunk->sites != nullptr && chunk->sites[offset / 8] != 0) {
            result.siteKnown = true;
            result.siteId = chunk->sites[offset / 8] - 1;
        } else if (result.live) {
            result.siteKnown = findInChunk(c, p, &result.siteId) != nullptr;
        }
        return result;
    }
    for (const auto* blocks : {&large_, &quarantine_})
        for (const LargeBlock& block : *blocks)
            if (address >= block.memory && address < block.memory + block.bytes) {
                result.inArena = true;
                result.live = blocks == &large_;
                result.siteKnown = true;
                result.siteId = block.siteId;
                return result;
            }
    return result;
}

// Whether positions are in allocation order (a <= b).
bool FrameArena::positionsOrdered(const Position& a, const Position& b) const {
    bool place = a.chunk < b.chunk || (a.chunk == b.chunk && offsetOf(a) <= offsetOf(b));
    return place && a.liveBytes <= b.liveBytes && a.largeCount <= b.largeCount;
}

bool FrameArena::verify(std::string* problem) const {
    auto fail = [&](std::string text) {
        if (problem != nullptr)
            *problem = std::move(text);
        return false;
    };
    uint64_t live = 0;
    for (uint32_t c = 0; c < chunks_.size() && c <= current_; ++c) {
        uint64_t fill = chunkFill(c);
        if (fill > chunks_[c]->capacity)
            return fail("chunk " + std::to_string(c) + " filled past its end");
        for (uint64_t offset = 0, total = 0; offset < fill; offset += total, live += total) {
            std::string why = checkObject(chunks_[c]->data + offset, fill - offset, &total);
            if (!why.empty())
                return fail("chunk " + std::to_string(c) + " offset " + std::to_string(offset) + ": " + why);
        }
    }
    for (const LargeBlock& block : large_) {
        uint64_t total = 0;
        std::string why = checkObject(block.memory, block.bytes, &total);
        if (!why.empty() || total != block.bytes)
            return fail("large block: " + (why.empty() ? "size mismatch" : why));
        live += total;
    }
    if (live != liveBytes())
        return fail("live bytes " + std::to_string(liveBytes()) + " but objects hold " + std::to_string(live));
    Position now{epoch_, top_, fastLimit_, liveBytes(), regionBase_, current_, uint32_t(large_.size())};
    for (size_t i = 0; i < depth_; ++i) {
        if (i > 0 && !positionsOrdered(regions_[i - 1], regions_[i]))
            return fail("region " + std::to_string(i) + " starts before region " + std::to_string(i - 1));
        if (!positionsOrdered(regions_[i], now))
            return fail("region " + std::to_string(i) + " starts after the allocation point");
    }
    if (stats_.chunks != chunks_.size())
        return fail("chunk count mismatch");
    return true;
}

// ---- --check-arena --------------------------------------------------------------

namespace {

uint64_t loadWord(const uint8_t* addr) {
    uint64_t word;
    std::memcpy(&word, addr, sizeof word);
    return word;
}

// Calls fn(word) for every word of a value that the GC would treat as a
// pointer (the same walk as the marker's scanValue).
template <class Fn>
void forEachPointer(const TypeDesc* t, const uint8_t* addr, Fn& fn) {
    if (t == nullptr || !t->hasPointers)
        return;
    switch (t->kind) {
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Func:
    case Kind::Chan:
    case Kind::UnsafePointer:
    case Kind::String:
    case Kind::Slice:
        fn(loadWord(addr));
        return;
    case Kind::Interface: {
        auto* dynamic = reinterpret_cast<const TypeDesc*>(loadWord(addr));
        if (dynamic != nullptr && (!dynamic->direct || dynamic->hasPointers))
            fn(loadWord(addr + 8));
        return;
    }
    case Kind::Array:
        for (uint64_t i = 0; i < t->length; ++i)
            forEachPointer(t->elem, addr + i * t->elem->size, fn);
        return;
    case Kind::Struct:
        for (uint32_t i = 0; i < t->fieldCount; ++i)
            forEachPointer(t->fields[i].type, addr + t->fields[i].offset, fn);
        return;
    case Kind::Raw:
        for (uint32_t i = 0; i < t->rawPointerWords; ++i)
            fn(loadWord(addr + 8 * i));
        return;
    default:
        return;
    }
}

std::string hexAddress(const void* p) {
    char text[32];
    std::snprintf(text, sizeof text, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(p));
    return text;
}

std::string holderText(const ObjectHeader* holder) {
    std::string type = holder->type != nullptr ? std::string(holder->type->name) : "";
    switch (holder->kind()) {
    case ObjectKind::Values:
        return holder->count() == 1 ? type : "[" + std::to_string(holder->count()) + "]" + type;
    case ObjectKind::Bytes:
        return std::to_string(holder->count()) + " bytes";
    case ObjectKind::MapHeader:
        return type + " (map header)";
    case ObjectKind::MapStorage:
        return type + " (map table)";
    }
    return type;
}

}  // namespace

ArenaChecker::ArenaChecker(SiteName siteName, Failure failure)
    : siteName_(std::move(siteName)), failure_(std::move(failure)) {}

ArenaChecker::~ArenaChecker() { uninstall(); }

void ArenaChecker::addArena(const FrameArena& arena) { arenas_.push_back(&arena); }

void ArenaChecker::removeArena(const FrameArena& arena) {
    arenas_.erase(std::remove(arenas_.begin(), arenas_.end(), &arena), arenas_.end());
}

void ArenaChecker::install(Heap& heap) {
    uninstall();
    heap_ = &heap;
    heap.setPointerCheck([this](const void* p) { return forbidden(p); },
                         [this](const ObjectHeader* holder, const void* p) {
                             ArenaViolation violation;
                             violation.holder = holder;
                             violation.pointer = p;
                             fail(violation);
                         });
}

void ArenaChecker::uninstall() {
    if (heap_ != nullptr)
        heap_->setPointerCheck(nullptr, nullptr);
    heap_ = nullptr;
}

bool ArenaChecker::forbidden(const void* p) const {
    if (p == nullptr)
        return false;
    for (const FrameArena* arena : arenas_)
        if (arena->owns(p))
            return true;
    return false;
}

ArenaAddress ArenaChecker::locate(const void* p) const {
    for (const FrameArena* arena : arenas_) {
        ArenaAddress address = arena->describe(p);
        if (address.inArena)
            return address;
    }
    return {};
}

bool ArenaChecker::checkRoot(const TypeDesc* t, const void* addr, std::string_view what) {
    bool ok = true;
    auto check = [&](uint64_t word) {
        const auto* p = reinterpret_cast<const void*>(word);
        if (!forbidden(p))
            return;
        ok = false;
        ArenaViolation violation;
        violation.root = what;
        violation.pointer = p;
        fail(violation);
    };
    forEachPointer(t, static_cast<const uint8_t*>(addr), check);
    return ok;
}

void ArenaChecker::fail(ArenaViolation violation) {
    violation.target = locate(violation.pointer);
    violations_++;
    std::string report = describe(violation);
    if (failure_) {
        failure_(violation, report);
        return;
    }
    std::fprintf(stderr, "%s\n", report.c_str());
    std::fflush(stderr);
    std::abort();
}

std::string ArenaChecker::describe(const ArenaViolation& violation) const {
    std::string text = "fatal error: --check-arena: ";
    if (violation.holder != nullptr)
        text += "heap object " + hexAddress(violation.holder + 1) + " (" + holderText(violation.holder) + ")";
    else
        text += violation.root.empty() ? std::string("a root") : std::string(violation.root);
    text += " holds " + hexAddress(violation.pointer) + ", a pointer into ";
    const ArenaAddress& target = violation.target;
    text += target.live ? "a live frame-arena object" : "released frame-arena memory";
    if (target.siteKnown) {
        text += target.live ? " allocated at " : " last allocated at ";
        text += siteName_ ? siteName_(target.siteId) : "site " + std::to_string(target.siteId);
    }
    return text;
}

}  // namespace govm::rt
