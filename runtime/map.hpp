// Go maps, and hashing / equality of values in memory form.
//
// Model
//   A map value (register or memory form) is a Map*: null for a nil map. The
//   Map is a heap object (ObjectKind::MapHeader, header type = the map's
//   TypeDesc; a frame-arena object for non-escaping maps, see mapNewInArena)
//   pointing to one slot table (ObjectKind::MapStorage), an open
//   addressing table in the style of Swiss tables: groups of 8 slots, each
//   group led by 8 control bytes (empty, deleted, or 7 bits of the hash)
//   matched with one 64-bit load, then the slots holding key and value inline
//   in memory form. The table grows (to a new table of twice the capacity) at
//   load 7/8, or when full for a table of one group (8 slots, so
//   make(map[K]V, 8) needs no more); a table full of tombstones is rebuilt at
//   the same capacity.
//   Rebuilding always makes a NEW table and never writes the old one again,
//   which is what lets iterators keep walking it.
//
//   Each map has its own hash seed from the heap's PRNG, so hash order (and
//   hence iteration order) differs between maps and runs; each range also
//   starts at a random slot and walks with a random odd stride (tables of up
//   to 256 slots), so two ranges over one map differ too.
//
// Iteration semantics (Go spec)
//   An iterator walks the table the map had when iteration began. While the
//   map keeps that table, a slot is produced iff it is full when reached, so
//   deleted entries are not produced and no entry is produced twice (a key
//   deleted and added again is a new entry, which may be). Once the
//   map has moved to a new table, each key found in the old table is looked
//   up in the current map: produced (with its current value) only if still
//   present. Entries added during iteration may or may not be produced. After
//   clear(m) the iterator produces nothing more.
//
// Keys: NaN != NaN, so every insert of a NaN key adds an entry, lookups and
// deletes never find it, iteration yields it, clear removes it. +0 and -0 are
// one key. Interface keys hash by dynamic type and value; a dynamic type that
// is not comparable makes the operation fail with MapFault::Unhashable (Go's
// "runtime error: hash of unhashable type T"); gc panics so even for lookups
// and deletes on nil maps (see mapCheckKey).
//
// GC: the heap scans MapHeader/MapStorage objects through scanMap /
// scanMapStorage; an iterator's first kMapIterPointerWords words are heap
// pointers the VM must report as roots (Marker::markPointer) while it is live.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/type.hpp"

namespace govm::rt {

class FrameArena;
class Heap;
class Marker;
struct Map;

// Why a map operation did not complete; the VM turns it into a panic.
struct MapFault {
    enum Kind : uint8_t {
        None,
        NilMap,       // "assignment to entry in nil map" (a runtime.Error)
        Unhashable,   // "runtime error: hash of unhashable type " + type->name
        OutOfMemory,  // the heap limit was reached (fatal error)
    };
    Kind kind = None;
    const TypeDesc* type = nullptr;  // Unhashable: the offending dynamic type
};

// Go's panic text for a fault, without the "panic: " prefix; e.g.
// "runtime error: hash of unhashable type []int". Empty for None.
std::string mapFaultText(const MapFault& fault);

// A new empty map of type `mapType` (Kind::Map) sized for `hint` entries;
// nullptr when the heap limit is reached.
Map* mapNew(Heap& heap, const TypeDesc* mapType, int64_t hint);
// A map for a non-escaping make(map) at `siteId`: the header and every table
// come from `arena` while it accepts them (a table requested from a region
// nested inside the map's own, or refused for budget, comes from the heap and
// the arena header keeps it alive); if the arena refuses the header, the
// whole map is an ordinary heap map. Old tables stay in the arena until the
// map's region is released. nullptr when the heap limit is reached.
Map* mapNewInArena(Heap& heap, FrameArena& arena, const TypeDesc* mapType, int64_t hint, uint32_t siteId);

int64_t mapLen(const Map* m);               // nil map -> 0
const TypeDesc* mapType(const Map* m);      // the map's TypeDesc; nil map -> null

// Address of the value (memory form) stored under `key`, or nullptr if absent
// (or on a fault, reported in *fault when given). Nil map ok.
const void* mapLookup(const Map* m, const void* key, MapFault* fault = nullptr);
// Like mapLookup, also giving the stored key's address (for comma-ok forms
// that need neither, mapLookup suffices).
const void* mapLookupKey(const Map* m, const void* key, const void** storedKey, MapFault* fault = nullptr);
// Address of the value slot for `key`, inserted zeroed if absent. nullptr on
// a nil map, an unhashable key, or the heap limit (see *fault). The address is
// valid until the next mapAssign/mapDelete/mapClear on the map.
void* mapAssign(Heap& heap, Map* m, const void* key, MapFault* fault = nullptr);
// Removes `key`; true if it was present. A nil map is a no-op (but an
// unhashable key is still a fault, as in gc).
bool mapDelete(Map* m, const void* key, MapFault* fault = nullptr);
void mapClear(Map* m);  // nil map ok
// Whether `key` can be hashed as a key of `mapType`; on failure fills *fault
// (Unhashable). mapLookup/mapDelete check this themselves, except on a nil map,
// which carries no type: gc still panics there, so for a nil map whose key type
// contains interfaces the VM calls this first.
bool mapCheckKey(const TypeDesc* mapType, const void* key, MapFault* fault);

// A range in progress. Plain data the VM may keep in registers or memory:
// words [0, kMapIterPointerWords) are heap pointers (Pointer slots), the rest
// scalars.
struct MapIter {
    Map* map = nullptr;
    void* table = nullptr;     // the table being walked (a MapStorage payload)
    uint64_t capacity = 0;     // slots in `table`
    uint64_t position = 0;     // the next slot to visit, modulo capacity (starts random)
    uint64_t stride = 1;       // added to position per slot; odd
    uint64_t left = 0;         // slots not visited yet (0 for a nil or tableless map)
    uint64_t clearSeq = 0;     // the map's clear count when iteration began
    uint64_t reserved = 0;
};
constexpr int kMapIterWords = 8;
constexpr int kMapIterPointerWords = 2;
static_assert(sizeof(MapIter) == kMapIterWords * 8);

// `seed`: a fresh Heap::random() per range statement (0 gives a fixed order,
// fine for fmt, which sorts anyway). Nil map ok (yields nothing).
void mapIterInit(MapIter& it, Map* m, uint64_t seed);
// The next entry: addresses of key and value in memory form, valid until the
// map is next modified (copy them out before running the loop body, which may
// delete the entry). False when done.
bool mapIterNext(MapIter& it, const void** key, const void** value);

// Hashing and equality of values in memory form, per TypeDesc (also used for
// == on interfaces, structs and arrays). hashValue requires a comparable type
// and a value for which uncomparableDynamicType is null.
uint64_t hashValue(const TypeDesc* t, const void* v, uint64_t seed);
// Go ==: floats NaN != NaN and +0 == -0, strings by content, interfaces by
// dynamic type then value, structs field by field (blank fields ignored),
// arrays element-wise. If two interfaces with the same uncomparable dynamic
// type meet (Go panics "comparing uncomparable type T"), returns false and
// sets *uncomparable to that type when given.
bool equalValues(const TypeDesc* t, const void* a, const void* b, const TypeDesc** uncomparable = nullptr);
// Non-null if hashing v (or == on it) would panic: the first dynamic type
// inside v (through interfaces, struct fields, array elements) that is not
// comparable.
const TypeDesc* uncomparableDynamicType(const TypeDesc* t, const void* v);

// GC hooks. scanMap marks a map's table (for Map objects outside the heap,
// e.g. in a frame arena, the VM calls it as a root scanner);
// scanMapStorage scans the full slots of a table object.
void scanMap(Marker& marker, const Map* m);
void scanMapStorage(Marker& marker, const TypeDesc* mapType, const void* table);

// Map headers placed by the VM outside the heap (frame arenas): the bytes a
// Map needs, and initialising one in place (its table still comes from the
// heap). False on heap limit.
uint64_t mapHeaderSize();
bool mapInitAt(Heap& heap, void* memory, const TypeDesc* mapType, int64_t hint);

}  // namespace govm::rt
