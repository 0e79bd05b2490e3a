// Go maps: a random-operation model check against std::unordered_map, Go's
// iteration rules under mutation, NaN / ±0 / interface / struct keys, faults,
// and hashing/equality of values. Expected panic texts come from go1.19.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/heap.hpp"
#include "runtime/map.hpp"
#include "tests/runtime_types.hpp"

using namespace govm;
using namespace govm::rt;
using govm::test::FnRoots;
using govm::test::Types;

namespace {

int64_t loadInt(const void* p) {
    int64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

void storeInt(void* p, int64_t v) { std::memcpy(p, &v, 8); }

String heapString(Heap& heap, std::string_view text) {
    auto* data = static_cast<uint8_t*>(heap.allocateBytes(text.size()));
    if (!text.empty())
        std::memcpy(data, text.data(), text.size());
    return {data, int64_t(text.size())};
}

// A map[int]int made with `hint` holding k -> k for k in [0, count).
Map* identityMap(Heap& heap, Types& t, int64_t hint, int64_t count) {
    Map* m = mapNew(heap, &t.mapIntIntT, hint);
    for (int64_t k = 0; k < count; ++k)
        storeInt(mapAssign(heap, m, &k), k);
    return m;
}

// Every (key, value) a full range produces.
template <typename K>
std::vector<std::pair<K, int64_t>> rangeAll(Map* m, uint64_t seed) {
    std::vector<std::pair<K, int64_t>> out;
    MapIter it;
    mapIterInit(it, m, seed);
    const void* k;
    const void* v;
    while (mapIterNext(it, &k, &v)) {
        K key;
        std::memcpy(&key, k, sizeof key);
        out.push_back({key, loadInt(v)});
    }
    return out;
}

}  // namespace

TEST_CASE("map[int]int against std::unordered_map, 100k random operations", "[map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapIntIntT, 0);
    std::unordered_map<int64_t, int64_t> model;
    std::mt19937_64 rng(12345);
    for (int op = 0; op < 100000; ++op) {
        int64_t key = int64_t(rng() % 5000) - 2500;
        switch (rng() % 10) {
        case 0: case 1: case 2: case 3: {
            int64_t value = int64_t(rng());
            storeInt(mapAssign(heap, m, &key), value);
            model[key] = value;
            break;
        }
        case 4: case 5:
            REQUIRE(mapDelete(m, &key) == (model.erase(key) == 1));
            break;
        case 6:
            if (rng() % 2000 == 0) {
                mapClear(m);
                model.clear();
            }
            break;
        default: {
            const void* v = mapLookup(m, &key);
            auto found = model.find(key);
            REQUIRE((v != nullptr) == (found != model.end()));
            if (v != nullptr)
                REQUIRE(loadInt(v) == found->second);
        }
        }
        REQUIRE(mapLen(m) == int64_t(model.size()));
        if (op % 10000 == 0) {
            auto all = rangeAll<int64_t>(m, rng());
            REQUIRE(all.size() == model.size());
            std::set<int64_t> seen;
            for (auto& [k, v] : all) {
                REQUIRE(seen.insert(k).second);
                REQUIRE(model.at(k) == v);
            }
        }
    }
}

TEST_CASE("map[string]int against std::unordered_map, with GC", "[map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapStringIntT, 0);
    std::unordered_map<std::string, int64_t> model;
    std::mt19937_64 rng(99);
    for (int op = 0; op < 100000; ++op) {
        std::string text = "key" + std::to_string(rng() % 3000);
        String key = heapString(heap, text);  // a fresh copy each time: compared by content
        switch (rng() % 8) {
        case 0: case 1: case 2: {
            int64_t value = int64_t(rng() % 1000);
            storeInt(mapAssign(heap, m, &key), value);
            model[text] = value;
            break;
        }
        case 3: case 4:
            REQUIRE(mapDelete(m, &key) == (model.erase(text) == 1));
            break;
        default: {
            const void* v = mapLookup(m, &key);
            REQUIRE((v != nullptr) == model.count(text));
            if (v != nullptr)
                REQUIRE(loadInt(v) == model[text]);
        }
        }
        if (heap.shouldCollect() || op % 20000 == 0) {
            FnRoots roots([&](Marker& mk) { mk.markPointer(m); });
            heap.collect(roots);
        }
    }
    REQUIRE(heap.stats().cycles >= 5);
    REQUIRE(heap.verify());
    REQUIRE(mapLen(m) == int64_t(model.size()));
    MapIter it;
    mapIterInit(it, m, heap.random());
    const void* k;
    const void* v;
    size_t n = 0;
    while (mapIterNext(it, &k, &v)) {
        String s;
        std::memcpy(&s, k, sizeof s);
        REQUIRE(model.at(std::string(s.view())) == loadInt(v));
        ++n;
    }
    REQUIRE(n == model.size());
}

TEST_CASE("nil maps", "[map]") {
    Types t;
    Heap heap;
    int64_t key = 1;
    REQUIRE(mapLen(nullptr) == 0);
    REQUIRE(mapLookup(nullptr, &key) == nullptr);
    REQUIRE_FALSE(mapDelete(nullptr, &key));
    mapClear(nullptr);
    MapFault fault;
    REQUIRE(mapAssign(heap, nullptr, &key, &fault) == nullptr);
    REQUIRE(fault.kind == MapFault::NilMap);
    REQUIRE(mapFaultText(fault) == "assignment to entry in nil map");
    MapIter it;
    mapIterInit(it, nullptr, 7);
    const void* k;
    const void* v;
    REQUIRE_FALSE(mapIterNext(it, &k, &v));
}

TEST_CASE("deleting during iteration never yields deleted or duplicate entries", "[map]") {
    Types t;
    Heap heap;
    std::mt19937_64 rng(7);
    for (int round = 0; round < 50; ++round) {
        Map* m = mapNew(heap, &t.mapIntIntT, 0);
        int n = 1 + int(rng() % 500);
        for (int64_t k = 0; k < n; ++k)
            storeInt(mapAssign(heap, m, &k), k * 10);
        std::set<int64_t> deleted, seen;
        MapIter it;
        mapIterInit(it, m, rng());
        const void* kp;
        const void* vp;
        while (mapIterNext(it, &kp, &vp)) {
            int64_t k = loadInt(kp);
            REQUIRE(deleted.count(k) == 0);
            REQUIRE(seen.insert(k).second);
            REQUIRE(loadInt(vp) == k * 10);
            // Delete this one and a random other (possibly not yet visited).
            int64_t other = int64_t(rng() % uint64_t(n));
            for (int64_t d : {k, other})
                if (mapDelete(m, &d))
                    deleted.insert(d);
        }
        // Every key not deleted before being reached was produced.
        for (int64_t k = 0; k < n; ++k)
            REQUIRE((seen.count(k) == 1 || deleted.count(k) == 1));
        REQUIRE(mapLen(m) == 0 + int64_t(n) - int64_t(deleted.size()));
    }
}

TEST_CASE("inserting during iteration (with growth) yields each original entry once", "[map]") {
    Types t;
    Heap heap;
    std::mt19937_64 rng(8);
    for (int round = 0; round < 30; ++round) {
        Map* m = mapNew(heap, &t.mapIntIntT, 0);
        int n = 1 + int(rng() % 300);
        for (int64_t k = 0; k < n; ++k)
            storeInt(mapAssign(heap, m, &k), k);
        std::set<int64_t> seen;
        std::set<int64_t> deletedOriginals;
        int64_t next = 1000000;
        MapIter it;
        mapIterInit(it, m, rng());
        const void* kp;
        const void* vp;
        while (mapIterNext(it, &kp, &vp)) {
            int64_t k = loadInt(kp);
            REQUIRE(seen.insert(k).second);  // never twice
            REQUIRE(deletedOriginals.count(k) == 0);
            // Add several new keys (forcing growth) and update an original.
            for (int j = 0; j < 4; ++j, ++next)
                storeInt(mapAssign(heap, m, &next), next);
            int64_t victim = int64_t(rng() % uint64_t(n));
            if (rng() % 4 == 0 && mapDelete(m, &victim) && seen.count(victim) == 0)
                deletedOriginals.insert(victim);
            if (next > 1000000 + 4000)
                break;
        }
        if (next <= 1000000 + 4000)
            for (int64_t k = 0; k < n; ++k)
                REQUIRE((seen.count(k) == 1 || deletedOriginals.count(k) == 1));
        // Updated values are seen through the iterator after growth.
        int64_t k0 = 0;
        if (mapLookup(m, &k0) != nullptr) {
            storeInt(mapAssign(heap, m, &k0), -1);
            auto all = rangeAll<int64_t>(m, rng());
            for (auto& [k, v] : all)
                if (k == 0)
                    REQUIRE(v == -1);
        }
    }
}

TEST_CASE("an iterator's old table survives GC after the map grows", "[map]") {
    Types t;
    Heap heap(HeapConfig{.stress = true});
    Map* m = mapNew(heap, &t.mapStringIntT, 0);
    for (int i = 0; i < 50; ++i) {
        String key = heapString(heap, "k" + std::to_string(i));
        storeInt(mapAssign(heap, m, &key), i);
    }
    MapIter it;
    mapIterInit(it, m, 42);
    auto collect = [&] {
        FnRoots roots([&](Marker& mk) {
            const auto* words = reinterpret_cast<const uint64_t*>(&it);
            uint8_t kinds[kMapIterWords] = {1, 1, 0, 0, 0, 0, 0, 0};
            mk.markSlots(words, kinds, kMapIterWords);
        });
        heap.collect(roots);
    };
    std::set<std::string> seen, deleted;
    const void* kp;
    const void* vp;
    int added = 0;
    while (mapIterNext(it, &kp, &vp)) {
        String s;
        std::memcpy(&s, kp, sizeof s);
        std::string key(s.view());
        REQUIRE(seen.insert(key).second);
        REQUIRE(deleted.count(key) == 0);
        if (key[0] == 'k')  // entries added during the range may be produced too
            REQUIRE("k" + std::to_string(loadInt(vp)) == key);
        for (int j = 0; j < 10; ++j, ++added) {
            String fresh = heapString(heap, "new" + std::to_string(added));
            storeInt(mapAssign(heap, m, &fresh), -1);
        }
        // Delete an original not produced yet; its old-table copy must not be produced.
        String victim = heapString(heap, "k" + std::to_string(added % 50));
        if (seen.count(std::string(victim.view())) == 0 && mapDelete(m, &victim))
            deleted.insert(std::string(victim.view()));
        collect();
    }
    REQUIRE(heap.stats().cycles > 10);
    REQUIRE(!deleted.empty());
    for (int i = 0; i < 50; ++i) {
        std::string key = "k" + std::to_string(i);
        REQUIRE((seen.count(key) == 1) != (deleted.count(key) == 1));
    }
}

TEST_CASE("clear during iteration stops it", "[map]") {
    Types t;
    Heap heap;
    Map* m = identityMap(heap, t, 0, 100);
    MapIter it;
    mapIterInit(it, m, 3);
    const void* kp;
    const void* vp;
    REQUIRE(mapIterNext(it, &kp, &vp));
    mapClear(m);
    REQUIRE(mapLen(m) == 0);
    REQUIRE_FALSE(mapIterNext(it, &kp, &vp));
    int64_t k = 5;
    REQUIRE(mapLookup(m, &k) == nullptr);
    storeInt(mapAssign(heap, m, &k), 55);
    REQUIRE(loadInt(mapLookup(m, &k)) == 55);
    REQUIRE(mapLen(m) == 1);
}

// Inserts write only the key: every free slot must hold zeros, whether it
// was never used, freed by a delete or freed by a clear.
TEST_CASE("a new entry's value is zero after deletes and clears", "[map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapIntIntT, 4);
    for (int round = 0; round < 3; ++round) {
        for (int64_t k = 0; k < 50; ++k) {
            void* v = mapAssign(heap, m, &k);
            REQUIRE(loadInt(v) == 0);
            storeInt(v, k + 1000);
        }
        for (int64_t k = 0; k < 50; k += 2)
            REQUIRE(mapDelete(m, &k));
        for (int64_t k = 0; k < 50; k += 2)
            REQUIRE(loadInt(mapAssign(heap, m, &k)) == 0);
        mapClear(m);
    }
    REQUIRE(mapLen(m) == 0);
}

TEST_CASE("iteration order varies between ranges and between maps", "[map]") {
    Types t;
    Heap heap;
    auto order = [&](Map* m, uint64_t seed) {
        std::vector<int64_t> keys;
        for (auto& [k, v] : rangeAll<int64_t>(m, seed))
            keys.push_back(k);
        return keys;
    };
    Map* a = mapNew(heap, &t.mapIntIntT, 0);
    Map* b = mapNew(heap, &t.mapIntIntT, 0);
    for (int64_t k = 0; k < 10; ++k) {
        storeInt(mapAssign(heap, a, &k), k);
        storeInt(mapAssign(heap, b, &k), k);
    }
    std::set<std::vector<int64_t>> ordersA, firstOfEach;
    for (int i = 0; i < 50; ++i) {
        auto keys = order(a, heap.random());
        REQUIRE(keys.size() == 10);
        ordersA.insert(keys);
    }
    REQUIRE(ordersA.size() > 10);
    // Same inserts, different per-map seeds: with one range seed, the orders
    // differ between maps (two small maps can share a slot layout by chance,
    // so look at several maps).
    bool differ = order(a, 7) != order(b, 7);
    for (int i = 0; i < 20 && !differ; ++i) {
        Map* m = mapNew(heap, &t.mapIntIntT, 0);
        for (int64_t k = 0; k < 10; ++k) storeInt(mapAssign(heap, m, &k), k);
        differ = order(a, 7) != order(m, 7);
    }
    REQUIRE(differ);
    // Between heaps (runs): the map seed comes from each heap's PRNG.
    Heap other;
    Map* c = mapNew(other, &t.mapIntIntT, 0);
    for (int64_t k = 0; k < 10; ++k)
        storeInt(mapAssign(other, c, &k), k);
    // Between runs, ranges draw their seeds from each heap's PRNG. (Two small
    // maps may share a slot layout by chance, so compare ranges as a program
    // would make them, a few times.)
    bool heapsDiffer = false;
    for (int i = 0; i < 10 && !heapsDiffer; ++i) heapsDiffer = order(a, heap.random()) != order(c, other.random());
    REQUIRE(heapsDiffer);
}

TEST_CASE("NaN and signed zero keys", "[map]") {
    // go1.19: three NaN inserts make three entries; delete and lookup never
    // find them; range yields them; m[0] and m[-0] are one key.
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapFloatIntT, 0);
    double nan = std::nan("");
    storeInt(mapAssign(heap, m, &nan), 1);
    storeInt(mapAssign(heap, m, &nan), 2);
    double zero = 0.0, negZero = -0.0;
    storeInt(mapAssign(heap, m, &zero), 3);
    storeInt(mapAssign(heap, m, &negZero), 4);
    REQUIRE(mapLen(m) == 3);
    // go1.19: after m[0.0] = ...; m[-0.0] = ..., range yields -0 (the key is updated).
    for (auto& [k, v] : rangeAll<double>(m, 5))
        if (k == 0)
            REQUIRE(std::signbit(k));
    REQUIRE_FALSE(mapDelete(m, &nan));
    REQUIRE(mapLookup(m, &nan) == nullptr);
    REQUIRE(loadInt(mapLookup(m, &zero)) == 4);
    int64_t nanSum = 0;
    for (auto& [k, v] : rangeAll<double>(m, 5))
        if (k != k)
            nanSum += v;
    REQUIRE(nanSum == 3);
    for (int i = 0; i < 1000; ++i)  // many NaNs: still fine (spread, with growth)
        storeInt(mapAssign(heap, m, &nan), 1);
    REQUIRE(mapLen(m) == 1003);
    REQUIRE(rangeAll<double>(m, 9).size() == 1003);
    REQUIRE(mapDelete(m, &negZero));
    REQUIRE(mapLen(m) == 1002);
    mapClear(m);
    REQUIRE(mapLen(m) == 0);
    REQUIRE(rangeAll<double>(m, 9).empty());
}

TEST_CASE("interface keys: dynamic type and value, unhashable faults", "[map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapAnyIntT, 0);
    auto ifaceInt = [&](int64_t v) { return Iface{&t.intT, uint64_t(v)}; };
    auto ifaceFloat = [&](double d) {
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        return Iface{&t.float64T, bits};
    };
    String one = heapString(heap, "1");
    auto* boxedOne = static_cast<String*>(heap.allocate(&t.stringT));
    *boxedOne = one;
    Iface keys[] = {ifaceInt(1), ifaceFloat(1.0), Iface{&t.stringT, reinterpret_cast<uint64_t>(boxedOne)},
                    Iface{nullptr, 0}};
    for (int i = 0; i < 4; ++i)
        storeInt(mapAssign(heap, m, &keys[i]), i);
    REQUIRE(mapLen(m) == 4);
    // Equal dynamic values in different boxes are the same key.
    auto* otherBox = static_cast<String*>(heap.allocate(&t.stringT));
    *otherBox = heapString(heap, "1");
    Iface sameString{&t.stringT, reinterpret_cast<uint64_t>(otherBox)};
    REQUIRE(loadInt(mapLookup(m, &sameString)) == 2);
    Iface nilKey{nullptr, 0};
    REQUIRE(loadInt(mapLookup(m, &nilKey)) == 3);
    Iface negZero = ifaceFloat(-0.0), posZero = ifaceFloat(0.0);
    storeInt(mapAssign(heap, m, &posZero), 10);
    REQUIRE(loadInt(mapLookup(m, &negZero)) == 10);
    Iface nanKey = ifaceFloat(std::nan(""));
    storeInt(mapAssign(heap, m, &nanKey), 11);
    storeInt(mapAssign(heap, m, &nanKey), 12);
    REQUIRE(mapLen(m) == 7);
    REQUIRE(mapLookup(m, &nanKey) == nullptr);

    // go1.19: m[[]int{1}] = 1 -> "runtime error: hash of unhashable type []int"
    auto* slice = static_cast<Slice*>(heap.allocate(&t.sliceIntT));
    Iface sliceKey{&t.sliceIntT, reinterpret_cast<uint64_t>(slice)};
    MapFault fault;
    REQUIRE(mapAssign(heap, m, &sliceKey, &fault) == nullptr);
    REQUIRE(fault.kind == MapFault::Unhashable);
    REQUIRE(fault.type == &t.sliceIntT);
    REQUIRE(mapFaultText(fault) == "runtime error: hash of unhashable type []int");
    fault = {};
    REQUIRE(mapLookup(m, &sliceKey, &fault) == nullptr);
    REQUIRE(fault.kind == MapFault::Unhashable);
    fault = {};
    REQUIRE_FALSE(mapDelete(m, &sliceKey, &fault));
    REQUIRE(fault.kind == MapFault::Unhashable);
    // ... also on a nil map (gc hashes first), for lookup and delete.
    fault = {};
    REQUIRE(mapLookup(nullptr, &sliceKey, &fault) == nullptr);
    // A nil map has no TypeDesc: the VM checks the key with mapCheckKey.
    REQUIRE(uncomparableDynamicType(&t.anyT, &sliceKey) == &t.sliceIntT);
    fault = {};
    REQUIRE_FALSE(mapCheckKey(&t.mapAnyIntT, &sliceKey, &fault));
    REQUIRE(fault.type == &t.sliceIntT);
    REQUIRE(mapCheckKey(&t.mapAnyIntT, &keys[0], &fault));
    REQUIRE(mapCheckKey(&t.mapIntIntT, &keys[0], &fault));
    // A struct dynamic type that is not comparable names the struct:
    // "runtime error: hash of unhashable type main.Holder"
    auto* holder = heap.allocate(&t.holderT);
    Iface holderKey{&t.holderT, reinterpret_cast<uint64_t>(holder)};
    fault = {};
    REQUIRE(mapAssign(heap, m, &holderKey, &fault) == nullptr);
    REQUIRE(mapFaultText(fault) == "runtime error: hash of unhashable type main.Holder");
    REQUIRE(mapLen(m) == 7);
}

TEST_CASE("struct keys compare field by field, ignoring padding", "[map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapKeyStringT, 0);
    struct Key {
        int32_t a;
        int32_t pad;
        String s;
    };
    Key k1{7, 0x1111, heapString(heap, "seven")};
    Key k2{7, 0x2222, heapString(heap, "seven")};  // same value, different padding and string data
    Key k3{8, 0, heapString(heap, "seven")};
    String v = heapString(heap, "value");
    std::memcpy(mapAssign(heap, m, &k1), &v, sizeof v);
    REQUIRE(mapLookup(m, &k2) != nullptr);
    REQUIRE(mapLookup(m, &k3) == nullptr);
    std::memcpy(mapAssign(heap, m, &k3), &v, sizeof v);
    REQUIRE(mapLen(m) == 2);
    REQUIRE(mapDelete(m, &k2));
    REQUIRE(mapLen(m) == 1);

    Map* arr = mapNew(heap, &t.mapArrIntT, 4);
    double a1[2] = {0.0, 1.5}, a2[2] = {-0.0, 1.5}, a3[2] = {std::nan(""), 1.5};
    storeInt(mapAssign(heap, arr, a1), 1);
    REQUIRE(loadInt(mapLookup(arr, a2)) == 1);
    storeInt(mapAssign(heap, arr, a3), 2);
    storeInt(mapAssign(heap, arr, a3), 3);
    REQUIRE(mapLen(arr) == 3);
    REQUIRE(mapLookup(arr, a3) == nullptr);
}

TEST_CASE("size hints: absurd ones are ignored, like gc's makemap", "[map]") {
    Types t;
    Heap heap;
    for (int64_t hint : {int64_t(-5), int64_t(0), int64_t(1), int64_t(7), int64_t(1) << 50, INT64_MAX}) {
        Map* m = mapNew(heap, &t.mapIntIntT, hint);
        REQUIRE(m != nullptr);
        for (int64_t k = 0; k < 100; ++k)
            storeInt(mapAssign(heap, m, &k), k);
        REQUIRE(mapLen(m) == 100);
    }
    REQUIRE(heap.stats().bytes < 64 * 1024);
}

TEST_CASE("a one-group table fills up: make(map, 8) holds 8 entries without growing", "[map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapIntIntT, 8);
    uint64_t allocs = heap.stats().totalAllocs;  // the header and one table
    for (int64_t k = 0; k < 8; ++k)
        storeInt(mapAssign(heap, m, &k), k * 10);
    REQUIRE(heap.stats().totalAllocs == allocs);
    REQUIRE(mapLen(m) == 8);
    // No empty slot is left: probes must still end, finding nothing.
    for (int64_t k = 8; k < 200; ++k) {
        REQUIRE(mapLookup(m, &k) == nullptr);
        REQUIRE_FALSE(mapDelete(m, &k));
    }
    for (int64_t k = 0; k < 8; ++k)
        REQUIRE(loadInt(mapLookup(m, &k)) == k * 10);
    for (uint64_t seed : {1u, 2u, 3u, 77u}) {
        auto all = rangeAll<int64_t>(m, seed);
        std::set<int64_t> keys;
        for (auto& [k, v] : all) {
            REQUIRE(v == k * 10);
            keys.insert(k);
        }
        REQUIRE(all.size() == 8);
        REQUIRE(keys.size() == 8);
    }
    // A delete frees its slot for the next insert, still without growing.
    for (int round = 0; round < 50; ++round) {
        int64_t k = round % 8;
        REQUIRE(mapDelete(m, &k));
        REQUIRE(mapLookup(m, &k) == nullptr);
        REQUIRE(loadInt(mapAssign(heap, m, &k)) == 0);
        storeInt(mapAssign(heap, m, &k), k * 10);
    }
    REQUIRE(heap.stats().totalAllocs == allocs);
    // The ninth key grows the table (one new table), keeping every entry.
    int64_t ninth = 1000;
    storeInt(mapAssign(heap, m, &ninth), 5);
    REQUIRE(heap.stats().totalAllocs == allocs + 1);
    REQUIRE(mapLen(m) == 9);
    REQUIRE(loadInt(mapLookup(m, &ninth)) == 5);
    for (int64_t k = 0; k < 8; ++k)
        REQUIRE(loadInt(mapLookup(m, &k)) == k * 10);
    // A hint of 9 gets room for 9 at once.
    Map* nine = mapNew(heap, &t.mapIntIntT, 9);
    allocs = heap.stats().totalAllocs;
    for (int64_t k = 0; k < 9; ++k)
        storeInt(mapAssign(heap, nine, &k), k);
    REQUIRE(heap.stats().totalAllocs == allocs);
}

TEST_CASE("a full one-group table of string and NaN keys", "[map]") {
    Types t;
    Heap heap;
    Map* s = mapNew(heap, &t.mapStringIntT, 8);
    for (int i = 0; i < 8; ++i) {
        String key = heapString(heap, "k" + std::to_string(i));
        storeInt(mapAssign(heap, s, &key), i);
    }
    for (int i = 0; i < 20; ++i) {
        String key = heapString(heap, "k" + std::to_string(i));
        const void* v = mapLookup(s, &key);
        REQUIRE((v != nullptr) == (i < 8));
        if (v != nullptr)
            REQUIRE(loadInt(v) == i);
    }
    // NaN keys never match, so they go straight to a free slot: in a full
    // table, there is none and the table grows.
    Map* f = mapNew(heap, &t.mapFloatIntT, 8);
    double nan = std::nan("");
    for (int i = 0; i < 8; ++i)
        storeInt(mapAssign(heap, f, &nan), 1);
    uint64_t allocs = heap.stats().totalAllocs;
    storeInt(mapAssign(heap, f, &nan), 1);
    REQUIRE(heap.stats().totalAllocs == allocs + 1);
    REQUIRE(mapLen(f) == 9);
    REQUIRE(rangeAll<double>(f, 3).size() == 9);
}

TEST_CASE("a small map still ranges in many orders", "[map]") {
    // escape_map's shape: make(map, 8) with 7 keys, one group of slots.
    Types t;
    Heap heap;
    Map* m = identityMap(heap, t, 8, 7);
    std::set<std::vector<int64_t>> orders;
    for (int i = 0; i < 200; ++i) {
        std::vector<int64_t> keys;
        for (auto& [k, v] : rangeAll<int64_t>(m, heap.random()))
            keys.push_back(k);
        REQUIRE(std::set<int64_t>(keys.begin(), keys.end()).size() == 7);
        orders.insert(keys);
    }
    REQUIRE(orders.size() > 10);
    // A finished iterator stays finished.
    MapIter it;
    mapIterInit(it, m, 5);
    const void* k;
    const void* v;
    int produced = 0;
    while (mapIterNext(it, &k, &v))
        produced++;
    REQUIRE(produced == 7);
    REQUIRE_FALSE(mapIterNext(it, &k, &v));
}

TEST_CASE("small keys and values: map[int32]uint8", "[map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapInt32ByteT, 100);
    for (int32_t k = -500; k < 500; ++k)
        *static_cast<uint8_t*>(mapAssign(heap, m, &k)) = uint8_t(k);
    for (int32_t k = -500; k < 500; ++k)
        REQUIRE(*static_cast<const uint8_t*>(mapLookup(m, &k)) == uint8_t(k));
    REQUIRE(mapLen(m) == 1000);
    REQUIRE(mapType(m) == &t.mapInt32ByteT);
}

TEST_CASE("map growth fails cleanly at the heap limit", "[map]") {
    Types t;
    Heap heap(HeapConfig{.maxHeapBytes = 1 << 20});
    Map* m = mapNew(heap, &t.mapIntIntT, 0);
    REQUIRE(m != nullptr);
    MapFault fault;
    int64_t k = 0;
    for (;; ++k) {
        void* v = mapAssign(heap, m, &k, &fault);
        if (v == nullptr)
            break;
        storeInt(v, k);
    }
    REQUIRE(fault.kind == MapFault::OutOfMemory);
    REQUIRE(mapLen(m) == k);
    for (int64_t i = 0; i < k; ++i)
        REQUIRE(loadInt(mapLookup(m, &i)) == i);
}

// A slot of a value type past 4 GiB once had its size truncated to 32 bits:
// the table came out tiny and assigning the value overflowed it. The full
// size cannot fit under this heap limit.
TEST_CASE("a value type past 4 GiB gets full-size slots", "[map]") {
    Types t;
    const uint64_t length = (uint64_t(1) << 32) + 8;
    TypeDesc hugeT{.kind = Kind::Array, .align = 1, .comparable = true, .hasPointers = false, .direct = false,
                   .size = length, .name = "[4294967304]uint8", .elem = &t.byteT, .length = length};
    TypeDesc mapIntHugeT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                         .size = 8, .name = "map[int][4294967304]uint8", .elem = &hugeT, .key = &t.intT};
    Heap heap(HeapConfig{.maxHeapBytes = 1 << 30});
    Map* m = mapNew(heap, &mapIntHugeT, 0);
    MapFault fault;
    int64_t k = 1;
    CHECK(mapAssign(heap, m, &k, &fault) == nullptr);
    CHECK(fault.kind == MapFault::OutOfMemory);
}

TEST_CASE("tombstone churn keeps the table small", "[map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapIntIntT, 0);
    for (int64_t k = 0; k < 200000; ++k) {
        storeInt(mapAssign(heap, m, &k), k);
        int64_t old = k - 10;
        if (old >= 0)
            REQUIRE(mapDelete(m, &old));
        if (k % 1000 == 0) {
            FnRoots roots([&](Marker& mk) { mk.markPointer(m); });
            heap.collect(roots);
        }
    }
    FnRoots roots([&](Marker& mk) { mk.markPointer(m); });
    heap.collect(roots);
    REQUIRE(mapLen(m) == 10);
    REQUIRE(heap.stats().objects == 2);  // the map and its one table
    REQUIRE(heap.stats().bytes < 1024);
}

TEST_CASE("a map header outside the heap (frame arena) is scanned as a root", "[map]") {
    Types t;
    Heap heap;
    alignas(16) uint8_t arena[256];
    REQUIRE(mapHeaderSize() <= sizeof arena);
    REQUIRE(mapInitAt(heap, arena, &t.mapStringIntT, 3));
    Map* m = reinterpret_cast<Map*>(arena);
    for (int i = 0; i < 100; ++i) {
        String key = heapString(heap, "key" + std::to_string(i));
        storeInt(mapAssign(heap, m, &key), i);
    }
    FnRoots roots([&](Marker& mk) { scanMap(mk, m); });
    heap.collect(roots);
    REQUIRE(heap.stats().objects == 101);  // the table and the 100 key strings
    for (int i = 0; i < 100; ++i) {
        String key = heapString(heap, "key" + std::to_string(i));
        REQUIRE(loadInt(mapLookup(m, &key)) == i);
    }
    REQUIRE(heap.verify());
}

TEST_CASE("equalValues and hashValue follow Go ==", "[map]") {
    Types t;
    double nan = std::nan(""), pz = 0.0, nz = -0.0;
    REQUIRE_FALSE(equalValues(&t.float64T, &nan, &nan));
    REQUIRE(equalValues(&t.float64T, &pz, &nz));
    REQUIRE(hashValue(&t.float64T, &pz, 1) == hashValue(&t.float64T, &nz, 1));
    String a{reinterpret_cast<const uint8_t*>("hello"), 5}, b{reinterpret_cast<const uint8_t*>("xhello") + 1, 5};
    REQUIRE(equalValues(&t.stringT, &a, &b));
    REQUIRE(hashValue(&t.stringT, &a, 9) == hashValue(&t.stringT, &b, 9));
    REQUIRE(hashValue(&t.stringT, &a, 9) != hashValue(&t.stringT, &a, 10));
    // go1.19: any([]int{}) == any([]int{}) panics "comparing uncomparable type []int";
    // different dynamic types compare false without panicking.
    Slice s1{nullptr, 0, 0}, s2{nullptr, 0, 0};
    Iface x{&t.sliceIntT, reinterpret_cast<uint64_t>(&s1)}, y{&t.sliceIntT, reinterpret_cast<uint64_t>(&s2)};
    const TypeDesc* bad = nullptr;
    REQUIRE_FALSE(equalValues(&t.anyT, &x, &y, &bad));
    REQUIRE(bad == &t.sliceIntT);
    Iface z{&t.intT, 0};
    bad = nullptr;
    REQUIRE_FALSE(equalValues(&t.anyT, &x, &z, &bad));
    REQUIRE(bad == nullptr);
    Iface n1{nullptr, 0}, n2{nullptr, 0};
    REQUIRE(equalValues(&t.anyT, &n1, &n2));
    REQUIRE(uncomparableDynamicType(&t.anyT, &n1) == nullptr);
    REQUIRE(uncomparableDynamicType(&t.anyT, &z) == nullptr);
}

TEST_CASE("string hashing reads every byte of short strings", "[map]") {
    // Lengths below 8 take overlapping loads (loadShort): a change to any one
    // byte must change the hash, and equal bytes elsewhere must not.
    Types t;
    std::string text = "abcdefghijklmnopq";
    for (size_t n = 0; n <= 16; ++n) {
        std::string copy = "#" + text.substr(0, n);
        String a{reinterpret_cast<const uint8_t*>(text.data()), int64_t(n)};
        String b{reinterpret_cast<const uint8_t*>(copy.data()) + 1, int64_t(n)};
        uint64_t hash = hashValue(&t.stringT, &a, 42);
        REQUIRE(hashValue(&t.stringT, &b, 42) == hash);
        for (size_t i = 0; i < n; ++i) {
            std::string changed = text.substr(0, n);
            changed[i] ^= 0x20;
            String c{reinterpret_cast<const uint8_t*>(changed.data()), int64_t(n)};
            REQUIRE(hashValue(&t.stringT, &c, 42) != hash);
        }
        if (n > 0) {  // a prefix is another key
            String shorter{a.data, int64_t(n - 1)};
            REQUIRE(hashValue(&t.stringT, &shorter, 42) != hash);
        }
    }
}
