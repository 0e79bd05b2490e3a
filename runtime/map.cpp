// Go maps: a Swiss-table-style open-addressing hash table (see map.hpp for
// the model, iteration semantics and key rules).
//
// Table object (ObjectKind::MapStorage payload):
//
//   [capacity: u64][group 0][group 1]...    group = [ctrl: 8 bytes][8 slots of slotSize]
//
// Slot i lives in group i / 8. Its ctrl byte is kEmpty, kDeleted, or the low
// 7 bits of the key's hash (h2). A group's ctrl bytes sit right before its
// slots, so a lookup in a large table usually costs one cache miss. Groups
// are probed in triangular order starting at the group chosen by the high
// hash bits (h1), which visits every group of a power-of-two table. A lookup
// stops at the first group with an empty slot (or once it has seen every
// group: a one-group table may be full): a key is only ever placed past a
// group that was full, and a deletion leaves a tombstone (kDeleted) unless
// its group still has an empty slot or is the only one, so that invariant
// survives deletes.
//
// Word keys (8-byte memory keys: ints, pointers) take a path of their own:
// no hashability or NaN checks, == is one load, and mapAssign settles the
// common cases (key present, or absent with room in its first group) without
// a second probe.
//
// A slot that is not full holds zeros (tables start zeroed; deletes and
// clears zero what they free), so an insert writes only the key.
#include "runtime/map.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "runtime/arena.hpp"
#include "runtime/heap.hpp"
#include "runtime/value.hpp"
#include "runtime/value_hash.hpp"

namespace govm::rt {

namespace {

constexpr uint8_t kEmpty = 0x80;
constexpr uint8_t kDeleted = 0xfe;
constexpr uint64_t kGroupWidth = 8;
constexpr uint64_t kMinCapacity = 8;
constexpr uint64_t kLsbs = 0x0101010101010101ull;
constexpr uint64_t kMsbs = 0x8080808080808080ull;
constexpr uint64_t kMaxTableBytes = 1ull << 46;

enum class KeyMode : uint8_t {
    Word,     // 8 bytes compared as memory (int, uint64, pointers, chans)
    Memory,   // compared as memory (no floats, strings, interfaces, padding)
    String,   // string content
    Generic,  // per-TypeDesc hash and ==
};

}  // namespace

struct Map {
    const TypeDesc* type;
    uint8_t* table;        // MapStorage payload, null while capacity == 0
    int64_t count;
    uint64_t capacity;     // slots: 0 or a power of two >= kMinCapacity
    uint64_t growthLeft;   // inserts into empty slots before the table must be rebuilt
    uint64_t seed;
    uint64_t clearSeq;     // bumped by mapClear, so iterators stop
    uint64_t nanSalt;      // spreads NaN keys, which never compare equal
    uint64_t slotSize;     // 64 bits: a key or value type may pass 4 GiB
    uint64_t valueOffset;
    KeyMode keyMode;
    bool keyMayPanic;      // the key type contains interfaces
    bool keyMayBeNaN;      // the key type contains floats or interfaces
    FrameArena* arena;     // an arena map's arena (tables come from it while it accepts them), else null
    uint32_t arenaDepth;   // arena->depth() when the map was made
    uint32_t arenaSite;    // the make(map) site, for arena statistics and --check-arena
};

namespace {

uint64_t alignUp(uint64_t n, uint64_t align) { return (n + align - 1) & ~(align - 1); }

struct SlotLayout {
    uint64_t slotSize;
    uint64_t valueOffset;
};

SlotLayout slotLayout(const TypeDesc* mapType) {
    const TypeDesc* key = mapType->key;
    const TypeDesc* value = mapType->elem;
    uint64_t keyAlign = key->align ? key->align : 1;
    uint64_t valueAlign = value->align ? value->align : 1;
    uint64_t valueOffset = alignUp(key->size, valueAlign);
    uint64_t slotSize = alignUp(valueOffset + value->size, std::max(keyAlign, valueAlign));
    return {slotSize, valueOffset};
}

// ---- table access -----------------------------------------------------------

// A view of one table: where each group, ctrl byte and slot is.
struct Table {
    uint8_t* base;  // the MapStorage payload
    uint64_t capacity;
    uint64_t slotSize;

    static uint64_t bytesFor(uint64_t capacity, uint64_t slotSize) {
        return 8 + capacity / kGroupWidth * groupBytes(slotSize);
    }
    static uint64_t groupBytes(uint64_t slotSize) { return 8 + kGroupWidth * slotSize; }

    uint8_t* group(uint64_t g) const { return base + 8 + g * groupBytes(slotSize); }
    void clearCtrl() const {
        for (uint64_t g = 0; g < capacity / kGroupWidth; ++g)
            std::memset(group(g), kEmpty, kGroupWidth);
    }
};

Table tableOf(const Map* m) { return {m->table, m->capacity, m->slotSize}; }

// A slot found by a probe: its group and lane (null group: none).
struct SlotRef {
    uint8_t* group = nullptr;
    uint64_t lane = 0;

    explicit operator bool() const { return group != nullptr; }
    uint8_t& ctrl() const { return group[lane]; }
    uint8_t* slot(uint64_t slotSize) const { return group + 8 + lane * slotSize; }
};

Table tableAt(const void* storage, uint64_t slotSize) {
    auto* base = static_cast<uint8_t*>(const_cast<void*>(storage));
    return {base, load64(base), slotSize};
}

uint64_t matchByte(uint64_t group, uint8_t h2) {
    uint64_t x = group ^ (kLsbs * h2);
    return (x - kLsbs) & ~x & kMsbs;  // false positives possible (only on full slots): keys are compared anyway
}
uint64_t matchEmpty(uint64_t group) { return group & ~(group << 6) & kMsbs; }
uint64_t matchFull(uint64_t group) { return ~group & kMsbs; }
uint64_t matchEmptyOrDeleted(uint64_t group) { return group & ~(group << 7) & kMsbs; }
bool isFull(uint8_t c) { return (c & 0x80) == 0; }

// Calls fn(slot) for every full slot of `table`, a group at a time.
template <class Fn>
void forEachFullSlot(const Table& table, Fn fn) {
    for (uint64_t g = 0; g < table.capacity / kGroupWidth; ++g) {
        uint8_t* group = table.group(g);
        for (uint64_t full = matchFull(load64(group)); full != 0; full &= full - 1)
            fn(group + 8 + uint64_t(std::countr_zero(full)) / 8 * table.slotSize);
    }
}

struct Probe {
    uint64_t group;
    uint64_t mask;  // number of groups - 1
    uint64_t step = 0;
    void next() { group = (group + ++step) & mask; }
};

Probe probeFor(uint64_t hash, uint64_t capacity) {
    uint64_t mask = capacity / kGroupWidth - 1;
    return {(hash >> 7) & mask, mask};
}

// The group where hash's probe starts (probeFor's first group) in m's table.
uint8_t* firstGroup(const Map* m, uint64_t hash) {
    return tableOf(m).group(probeFor(hash, m->capacity).group);
}

// ---- keys -------------------------------------------------------------------

struct KeyTraits {
    KeyMode mode;
    bool mayPanic;  // contains interfaces
    bool mayBeNaN;  // contains floats or interfaces
};

KeyTraits keyTraitsFor(const TypeDesc* key) {
    if (isMemoryType(key))  // memory types hold no floats or interfaces: skip those walks
        return {key->size == 8 ? KeyMode::Word : KeyMode::Memory, false, false};
    return {key->kind == Kind::String ? KeyMode::String : KeyMode::Generic, containsInterface(key),
            containsFloatOrInterface(key)};
}

uint64_t hashKey(const Map* m, const void* key) {
    const auto* bytes = static_cast<const uint8_t*>(key);
    switch (m->keyMode) {
    case KeyMode::Word:
        return hashWord(load64(bytes), m->seed);
    case KeyMode::Memory:
        return hashBytes(bytes, m->type->key->size, m->seed);
    case KeyMode::String: {
        String s = loadString(key);
        return hashBytes(s.data, size_t(s.len), m->seed);
    }
    case KeyMode::Generic:
        break;
    }
    return hashValue(m->type->key, key, m->seed);
}

// Calls fn with "does this slot hold `key`" for m's key mode, so that a
// probe built on it compares candidates without dispatching on the mode.
template <class Fn>
[[gnu::always_inline]] inline auto withKeyEquality(const Map* m, const void* key, Fn fn) {
    switch (m->keyMode) {
    case KeyMode::Word: {
        uint64_t word = load64(static_cast<const uint8_t*>(key));
        return fn([word](const uint8_t* slot) { return load64(slot) == word; });
    }
    case KeyMode::Memory: {
        size_t size = m->type->key->size;
        return fn([key, size](const uint8_t* slot) { return std::memcmp(slot, key, size) == 0; });
    }
    case KeyMode::String: {
        String s = loadString(key);
        return fn([s](const uint8_t* slot) {
            String x = loadString(slot);
            return x.len == s.len && (x.data == s.data || std::memcmp(x.data, s.data, size_t(s.len)) == 0);
        });
    }
    case KeyMode::Generic:
        break;
    }
    const TypeDesc* type = m->type->key;
    return fn([type, key](const uint8_t* slot) { return equalValues(type, slot, key); });
}

bool isNaNKey(const Map* m, const void* key) { return m->keyMayBeNaN && !equalValues(m->type->key, key, key); }

// Fails the operation if hashing `key` would panic.
bool checkHashable(const TypeDesc* mapType, bool mayPanic, const void* key, MapFault* fault) {
    if (!mayPanic)
        return true;
    const TypeDesc* bad = uncomparableDynamicType(mapType->key, key);
    if (bad == nullptr)
        return true;
    if (fault != nullptr)
        *fault = {MapFault::Unhashable, bad};
    return false;
}

// The full slot along hash's probe sequence whose key satisfies `equal`
// (m must have a table). When the key is absent and `free` is given, *free is
// the first empty or deleted slot on the way (none in a full one-group
// table): where findInsertSlot would put the key, found by the same probe.
// Inlined so that each caller's `equal` and `free` compile to straight code.
template <class Equal>
[[gnu::always_inline]] inline SlotRef findMatching(const Map* m, uint64_t hash, Equal equal, SlotRef* free = nullptr) {
    uint8_t h2 = uint8_t(hash & 0x7f);
    Table table = tableOf(m);
    for (Probe probe = probeFor(hash, m->capacity);; probe.next()) {
        uint8_t* group = table.group(probe.group);
        uint64_t ctrl = load64(group);
        for (uint64_t bits = matchByte(ctrl, h2); bits != 0; bits &= bits - 1) {
            uint64_t lane = std::countr_zero(bits) / 8;
            if (equal(group + 8 + lane * table.slotSize))
                return {group, lane};
        }
        if (free != nullptr && !*free)
            if (uint64_t open = matchEmptyOrDeleted(ctrl); open != 0)
                *free = {group, uint64_t(std::countr_zero(open)) / 8};
        // Every group has been seen once the step reaches the group count: a
        // full one-group table ends here, and a corrupt one cannot loop forever.
        if (matchEmpty(ctrl) != 0 || probe.step == probe.mask)
            return {};
    }
}

// The slot holding `key` in m's table (see findMatching for `free`).
SlotRef findSlot(const Map* m, const void* key, uint64_t hash, SlotRef* free = nullptr) {
    if (m->capacity == 0)
        return {};
    return withKeyEquality(m, key, [&](auto equal) { return findMatching(m, hash, equal, free); });
}

// The first empty or deleted slot along hash's probe sequence; none only in
// a full one-group table.
SlotRef findInsertSlot(const Table& table, uint64_t hash) {
    for (Probe probe = probeFor(hash, table.capacity);; probe.next()) {
        uint8_t* group = table.group(probe.group);
        uint64_t bits = matchEmptyOrDeleted(load64(group));
        if (bits != 0)
            return {group, uint64_t(std::countr_zero(bits)) / 8};
        if (probe.step == probe.mask)
            return {};
    }
}

void storeKey(const Map* m, uint8_t* slot, const void* key) {
    if (m->keyMode == KeyMode::Word)
        std::memcpy(slot, key, 8);
    else
        std::memcpy(slot, key, m->type->key->size);
}

// Entries a table of `capacity` slots may hold: 7/8 of them, so that probes
// meet an empty slot, except in a one-group table, whose probes end after its
// only group anyway; it may fill up, so make(map[K]V, 8) needs one group.
uint64_t maxLoad(uint64_t capacity) { return capacity == kGroupWidth ? kGroupWidth : capacity * 7 / 8; }

uint64_t capacityForCount(uint64_t count) {
    uint64_t capacity = kMinCapacity;
    while (maxLoad(capacity) < count)
        capacity *= 2;
    return capacity;
}

uint8_t* newTable(Heap& heap, const Map* m, uint64_t capacity) {
    uint64_t bytes = Table::bytesFor(capacity, m->slotSize);
    void* memory = nullptr;
    if (m->arena != nullptr)  // null unless the map's own region is still the innermost one
        memory = m->arena->allocateMapTable(m->type, bytes, m->arenaDepth, m->arenaSite);
    if (memory == nullptr)
        memory = heap.allocateObject(m->type, ObjectKind::MapStorage, bytes);
    auto* base = static_cast<uint8_t*>(memory);
    if (base == nullptr)
        return nullptr;
    std::memcpy(base, &capacity, 8);
    Table{base, capacity, m->slotSize}.clearCtrl();
    return base;
}

// A NaN key is never found again, so any hash works: spread them.
uint64_t nanHash(Map* m) { return hashWord(++m->nanSalt, m->seed ^ kSecret2); }

uint64_t hashForInsert(Map* m, const void* key) { return isNaNKey(m, key) ? nanHash(m) : hashKey(m, key); }

// Moves every entry to a new table of `capacity` slots. The old table is
// never written again (iterators may still be walking it).
bool rebuild(Heap& heap, Map* m, uint64_t capacity) {
    uint8_t* base = newTable(heap, m, capacity);
    if (base == nullptr)
        return false;
    Table to{base, capacity, m->slotSize};
    if (m->capacity != 0) {
        bool words = m->keyMode == KeyMode::Word;
        forEachFullSlot(tableOf(m), [m, &to, words](const uint8_t* slot) {
            uint64_t hash = words ? hashWord(load64(slot), m->seed) : hashForInsert(m, slot);
            SlotRef at = findInsertSlot(to, hash);
            at.ctrl() = uint8_t(hash & 0x7f);
            std::memcpy(at.slot(m->slotSize), slot, m->slotSize);
        });
    }
    m->table = base;
    m->capacity = capacity;
    m->growthLeft = maxLoad(capacity) - uint64_t(m->count);
    return true;
}

// Sets up the header in `m`, which must be zeroed.
bool initMap(Heap& heap, Map* m, const TypeDesc* mapType, int64_t hint, FrameArena* arena = nullptr,
             uint32_t siteId = 0) {
    SlotLayout layout = slotLayout(mapType);
    m->type = mapType;
    m->arena = arena;
    m->arenaDepth = arena != nullptr ? arena->depth() : 0;
    m->arenaSite = siteId;
    m->seed = heap.random();
    m->slotSize = layout.slotSize;
    m->valueOffset = layout.valueOffset;
    KeyTraits traits = keyTraitsFor(mapType->key);
    m->keyMode = traits.mode;
    m->keyMayPanic = traits.mayPanic;
    m->keyMayBeNaN = traits.mayBeNaN;
    // Like gc's makemap: an absurd hint is ignored rather than failing.
    if (hint <= 0 || uint64_t(hint) > kMaxTableBytes / (uint64_t(layout.slotSize) + 8))
        return true;
    return rebuild(heap, m, capacityForCount(uint64_t(hint)));
}

}  // namespace

// ---- public API -------------------------------------------------------------

std::string mapFaultText(const MapFault& fault) {
    switch (fault.kind) {
    case MapFault::None:
        return "";
    case MapFault::NilMap:
        return "assignment to entry in nil map";
    case MapFault::Unhashable:
        return "runtime error: hash of unhashable type " + std::string(fault.type->name);
    case MapFault::OutOfMemory:
        return "out of memory";
    }
    return "";
}

Map* mapNew(Heap& heap, const TypeDesc* mapType, int64_t hint) {
    auto* m = static_cast<Map*>(heap.allocateObject(mapType, ObjectKind::MapHeader, sizeof(Map)));
    if (m == nullptr || !initMap(heap, m, mapType, hint))
        return nullptr;
    return m;
}

Map* mapNewInArena(Heap& heap, FrameArena& arena, const TypeDesc* mapType, int64_t hint, uint32_t siteId) {
    auto* m = static_cast<Map*>(arena.allocateObject(mapType, ObjectKind::MapHeader, sizeof(Map), siteId));
    if (m == nullptr)
        return mapNew(heap, mapType, hint);  // a heap header must never point to arena tables
    if (!initMap(heap, m, mapType, hint, &arena, siteId))
        return nullptr;
    return m;
}

uint64_t mapHeaderSize() { return sizeof(Map); }

bool mapInitAt(Heap& heap, void* memory, const TypeDesc* mapType, int64_t hint) {
    auto* m = static_cast<Map*>(memory);
    *m = Map{};  // unlike heap and arena objects, not zeroed already
    return initMap(heap, m, mapType, hint);
}

int64_t mapLen(const Map* m) { return m == nullptr ? 0 : m->count; }

const TypeDesc* mapType(const Map* m) { return m == nullptr ? nullptr : m->type; }

namespace {

// Word keys (ints, pointers) need no hashability or NaN checks and compare
// as one load: mapLookup and mapAssign take this path for them.
[[gnu::always_inline]] inline SlotRef findWord(const Map* m, uint64_t word, uint64_t hash, SlotRef* free = nullptr) {
    return findMatching(m, hash, [word](const uint8_t* slot) { return load64(slot) == word; }, free);
}

// Fills free slot `at` with a new key; returns the value's address.
void* placeKey(Map* m, const void* key, uint64_t hash, SlotRef at) {
    if (at.ctrl() == kEmpty)
        m->growthLeft--;
    at.ctrl() = uint8_t(hash & 0x7f);
    uint8_t* slot = at.slot(m->slotSize);
    storeKey(m, slot, key);  // the value is zero already
    m->count++;
    return slot + m->valueOffset;
}

// insertKey when the table must change first. Kept out of line so that the
// common insert stays small.
[[gnu::noinline]] void* growAndInsert(Heap& heap, Map* m, const void* key, uint64_t hash, MapFault* fault) {
    // Grow when live entries fill over half the usable load; otherwise the
    // table is clogged with tombstones and a same-size rebuild clears them.
    uint64_t capacity = m->capacity == 0                                 ? kMinCapacity
                        : uint64_t(m->count) * 2 >= maxLoad(m->capacity) ? m->capacity * 2
                                                                         : m->capacity;
    if (capacity > kMaxTableBytes / (uint64_t(m->slotSize) + 1) || !rebuild(heap, m, capacity)) {
        if (fault != nullptr)
            *fault = {MapFault::OutOfMemory, nullptr};
        return nullptr;
    }
    return placeKey(m, key, hash, findInsertSlot(tableOf(m), hash));
}

// Puts a new key (not in the map) into free slot `at` (findInsertSlot's
// answer, or none: no table, or a full one), growing or rebuilding the table
// first when it must.
[[gnu::always_inline]] inline void* insertKey(Heap& heap, Map* m, const void* key, uint64_t hash, SlotRef at,
                                              MapFault* fault) {
    if (!at || (m->growthLeft == 0 && at.ctrl() == kEmpty)) [[unlikely]]
        return growAndInsert(heap, m, key, hash, fault);
    return placeKey(m, key, hash, at);
}

}  // namespace

const void* mapLookupKey(const Map* m, const void* key, const void** storedKey, MapFault* fault) {
    if (m == nullptr)
        return nullptr;
    if (!checkHashable(m->type, m->keyMayPanic, key, fault))
        return nullptr;
    if (m->count == 0)
        return nullptr;
    SlotRef found = findSlot(m, key, hashKey(m, key));
    if (!found)
        return nullptr;
    uint8_t* slot = found.slot(m->slotSize);
    if (storedKey != nullptr)
        *storedKey = slot;
    return slot + m->valueOffset;
}

const void* mapLookup(const Map* m, const void* key, MapFault* fault) {
    if (m != nullptr && m->keyMode == KeyMode::Word) {
        if (m->count == 0)
            return nullptr;
        uint64_t word = load64(static_cast<const uint8_t*>(key));
        SlotRef found = findWord(m, word, hashWord(word, m->seed));
        return found ? found.slot(m->slotSize) + m->valueOffset : nullptr;
    }
    return mapLookupKey(m, key, nullptr, fault);
}

namespace {

// mapAssign for keys other than words.
[[gnu::noinline]] void* assignKey(Heap& heap, Map* m, const void* key, MapFault* fault) {
    if (!checkHashable(m->type, m->keyMayPanic, key, fault))
        return nullptr;
    if (isNaNKey(m, key)) {  // never equal to a stored key: no lookup
        uint64_t hash = nanHash(m);
        return insertKey(heap, m, key, hash, m->capacity == 0 ? SlotRef{} : findInsertSlot(tableOf(m), hash), fault);
    }
    uint64_t hash = hashKey(m, key);
    SlotRef free;  // from the probe that missed: where the key goes
    if (SlotRef found = findSlot(m, key, hash, &free)) {
        uint8_t* slot = found.slot(m->slotSize);
        // Like gc (needkeyupdate): equal keys may differ in bits (+0/-0,
        // another string's bytes), and the map keeps the latest.
        if (m->keyMode == KeyMode::String || m->keyMode == KeyMode::Generic)
            std::memcpy(slot, key, m->type->key->size);
        return slot + m->valueOffset;
    }
    return insertKey(heap, m, key, hash, free, fault);
}

// mapAssign for a word key in general (any probe length, growth).
[[gnu::noinline]] void* assignWord(Heap& heap, Map* m, const void* key, uint64_t hash, MapFault* fault) {
    SlotRef free;  // from the probe that missed: where the key goes
    if (m->capacity != 0)
        if (SlotRef found = findWord(m, load64(static_cast<const uint8_t*>(key)), hash, &free))
            return found.slot(m->slotSize) + m->valueOffset;
    return insertKey(heap, m, key, hash, free, fault);
}

// assignWord's common cases, settled by the first group probed (m has a
// table): the key is there, or the group has an empty slot, so the key is
// absent, and the group's first free slot takes it without growing (the
// same slot findInsertSlot picks). Null: assignWord must decide.
[[gnu::always_inline]] inline void* assignWordInFirstGroup(Map* m, uint64_t word, uint64_t hash) {
    uint8_t* group = firstGroup(m, hash);
    uint64_t ctrl = load64(group);
    uint64_t slotSize = m->slotSize;
    for (uint64_t bits = matchByte(ctrl, uint8_t(hash & 0x7f)); bits != 0; bits &= bits - 1) {
        uint8_t* slot = group + 8 + uint64_t(std::countr_zero(bits)) / 8 * slotSize;
        if (load64(slot) == word)
            return slot + m->valueOffset;
    }
    if (matchEmpty(ctrl) == 0 || m->growthLeft == 0)
        return nullptr;
    uint64_t lane = uint64_t(std::countr_zero(matchEmptyOrDeleted(ctrl))) / 8;
    if (group[lane] == kEmpty)
        m->growthLeft--;
    group[lane] = uint8_t(hash & 0x7f);
    uint8_t* slot = group + 8 + lane * slotSize;
    std::memcpy(slot, &word, 8);  // the value is zero already
    m->count++;
    return slot + m->valueOffset;
}

}  // namespace

void* mapAssign(Heap& heap, Map* m, const void* key, MapFault* fault) {
    if (m == nullptr) {
        if (fault != nullptr)
            *fault = {MapFault::NilMap, nullptr};
        return nullptr;
    }
    if (m->keyMode != KeyMode::Word)
        return assignKey(heap, m, key, fault);
    uint64_t word = load64(static_cast<const uint8_t*>(key));
    uint64_t hash = hashWord(word, m->seed);
    if (m->capacity != 0)
        if (void* value = assignWordInFirstGroup(m, word, hash))
            return value;
    return assignWord(heap, m, key, hash, fault);
}

bool mapDelete(Map* m, const void* key, MapFault* fault) {
    if (m == nullptr)
        return false;
    if (!checkHashable(m->type, m->keyMayPanic, key, fault))
        return false;
    if (m->count == 0)
        return false;
    SlotRef found = findSlot(m, key, hashKey(m, key));
    if (!found)
        return false;
    // An empty slot ends probes, so it may only appear where a probe would
    // have stopped anyway: in a group that has one, or in a one-group table.
    if (m->capacity == kGroupWidth || matchEmpty(load64(found.group)) != 0) {
        found.ctrl() = kEmpty;
        m->growthLeft++;
    } else {
        found.ctrl() = kDeleted;
    }
    std::memset(found.slot(m->slotSize), 0, m->slotSize);
    m->count--;
    return true;
}

void mapClear(Map* m) {
    if (m == nullptr)
        return;
    m->clearSeq++;
    if (m->capacity == 0)
        return;
    Table table = tableOf(m);
    std::memset(table.group(0), 0, table.capacity / kGroupWidth * Table::groupBytes(table.slotSize));
    table.clearCtrl();
    m->count = 0;
    m->growthLeft = maxLoad(m->capacity);
}

bool mapCheckKey(const TypeDesc* mapType, const void* key, MapFault* fault) {
    return checkHashable(mapType, containsInterface(mapType->key), key, fault);
}

void mapIterInit(MapIter& it, Map* m, uint64_t seed) {
    it = MapIter{};
    it.map = m;
    if (m == nullptr || m->capacity == 0)
        return;
    it.table = m->table;
    it.capacity = m->capacity;
    it.position = seed & (m->capacity - 1);
    // A random odd stride permutes small tables; big ones walk in order for locality.
    it.stride = m->capacity <= 256 ? ((seed >> 32) | 1) & (m->capacity - 1) : 1;
    it.left = m->capacity;
    it.clearSeq = m->clearSeq;
}

namespace {

// The next full slot of the iterator's table in its order (a random start,
// then steps of `stride` modulo the capacity, which visit every slot once),
// or null when it has visited them all; moves the iterator past the slot.
[[gnu::always_inline]] inline uint8_t* nextFullSlot(MapIter& it, uint64_t slotSize) {
    uint8_t* groups = static_cast<uint8_t*>(it.table) + 8;
    uint64_t groupBytes = Table::groupBytes(slotSize);
    uint64_t mask = it.capacity - 1;
    uint64_t position = it.position;
    for (uint64_t left = it.left; left != 0; --left) {
        uint64_t i = position & mask;
        position += it.stride;
        uint8_t* group = groups + i / kGroupWidth * groupBytes;
        if (isFull(group[i % kGroupWidth])) {
            it.position = position;
            it.left = left - 1;
            return group + 8 + i % kGroupWidth * slotSize;
        }
    }
    it.left = 0;
    return nullptr;
}

// An iterator's entry when the map has moved to a new table (or the entry is
// a NaN key): produced only if still present, with its current key and value.
bool produceMoved(Map* m, uint8_t* slot, const void** key, const void** value) {
    if (isNaNKey(m, slot)) {  // NaN entries cannot be updated or deleted (only cleared): the old copy is current
        *key = slot;
        *value = slot + m->valueOffset;
        return true;
    }
    const void* storedKey = nullptr;
    const void* current = mapLookupKey(m, slot, &storedKey, nullptr);
    if (current == nullptr)
        return false;
    *key = storedKey;
    *value = current;
    return true;
}

// mapIterNext after a clear, once the map has left the iterator's table, or
// for keys that may be NaN: every entry is checked against the current map.
[[gnu::noinline]] bool iterNextChecked(MapIter& it, const void** key, const void** value) {
    Map* m = it.map;
    if (m->clearSeq != it.clearSeq) {
        it.left = 0;
        return false;
    }
    while (uint8_t* slot = nextFullSlot(it, m->slotSize))
        if (produceMoved(m, slot, key, value))
            return true;
    return false;
}

}  // namespace

bool mapIterNext(MapIter& it, const void** key, const void** value) {
    if (it.left == 0)  // done, or a nil or tableless map
        return false;
    Map* m = it.map;
    if (m->clearSeq != it.clearSeq || it.table != m->table || m->keyMayBeNaN)
        return iterNextChecked(it, key, value);
    // The map still has the table: every full slot is a current entry.
    uint8_t* slot = nextFullSlot(it, m->slotSize);
    if (slot == nullptr)
        return false;
    *key = slot;
    *value = slot + m->valueOffset;
    return true;
}

// ---- GC ---------------------------------------------------------------------

void scanMap(Marker& marker, const Map* m) {
    if (m != nullptr && m->table != nullptr)
        marker.markPointer(m->table);
}

void scanMapStorage(Marker& marker, const TypeDesc* mapType, const void* table) {
    const TypeDesc* key = mapType->key;
    const TypeDesc* value = mapType->elem;
    if (!key->hasPointers && !value->hasPointers)
        return;
    SlotLayout layout = slotLayout(mapType);
    forEachFullSlot(tableAt(table, layout.slotSize), [&](const uint8_t* slot) {
        if (key->hasPointers)
            marker.markValue(key, slot);
        if (value->hasPointers)
            marker.markValue(value, slot + layout.valueOffset);
    });
}

}  // namespace govm::rt
