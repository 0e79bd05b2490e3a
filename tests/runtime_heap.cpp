// The GC heap: allocation, reachability through every root kind and layout,
// deep graphs, pacing and the heap limit.
#include <catch2/catch.hpp>

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "runtime/heap.hpp"
#include "runtime/heap_impl.hpp"
#include "runtime/map.hpp"
#include "tests/runtime_types.hpp"

using namespace govm;
using namespace govm::rt;
using govm::test::FnRoots;
using govm::test::Types;

namespace {

void collectWith(Heap& heap, std::function<void(Marker&)> roots) {
    FnRoots scanner(std::move(roots));
    heap.collect(scanner);
}

void collectNothing(Heap& heap) { collectWith(heap, nullptr); }

String newString(Heap& heap, std::string_view text) {
    auto* data = static_cast<uint8_t*>(heap.allocateBytes(text.size()));
    std::memcpy(data, text.data(), text.size());
    return {data, int64_t(text.size())};
}

void store(void* at, const void* value, size_t n) { std::memcpy(at, value, n); }
void storePtr(void* at, const void* p) { std::memcpy(at, &p, 8); }

}  // namespace

TEST_CASE("size classes: divMul gives exact slot indexes", "[heap]") {
    for (unsigned c = 1; c < kNumSizeClasses; ++c) {
        const SizeClass& sc = kSizeClasses[c];
        for (uint64_t offset = 0; offset < sc.spanBytes; offset += 8)
            REQUIRE(((offset * sc.divMul) >> 32) == offset / sc.size);
    }
    for (uint64_t bytes = 1; bytes <= kMaxSmallSize; ++bytes) {
        unsigned c = sizeClassOf(bytes);
        REQUIRE(kSizeClasses[c].size >= bytes);
        REQUIRE((c == 1 || kSizeClasses[c - 1].size < bytes));
    }
}

TEST_CASE("allocate: zeroed, distinct, aligned, counted", "[heap]") {
    Types t;
    Heap heap;
    std::vector<void*> objects;
    for (int i = 0; i < 1000; ++i) {
        auto* p = static_cast<uint64_t*>(heap.allocate(&t.pairT));
        REQUIRE(p != nullptr);
        REQUIRE(reinterpret_cast<uintptr_t>(p) % 16 == 0);
        REQUIRE(p[0] == 0);
        REQUIRE(p[1] == 0);
        p[0] = p[1] = ~0ull;
        objects.push_back(p);
    }
    std::sort(objects.begin(), objects.end());
    REQUIRE(std::adjacent_find(objects.begin(), objects.end()) == objects.end());
    REQUIRE(heap.stats().objects == 1000);
    REQUIRE(heap.stats().totalAllocs == 1000);
    REQUIRE(heap.stats().totalAllocBytes == 16000);
    REQUIRE(heap.stats().bytes == 1000 * 32);  // 16 header + 16 payload: class 32
    REQUIRE(heap.contains(objects[0]));
    REQUIRE(heap.contains(static_cast<char*>(objects[0]) + 15));
    REQUIRE_FALSE(heap.contains(static_cast<char*>(objects[0]) + 16));  // one past the end
    REQUIRE(heap.findObject(objects[0])->count() == 1);
    REQUIRE(heap.findObject(objects[0])->type == &t.pairT);
}

TEST_CASE("allocate: zero size, overflow, bytes", "[heap]") {
    Types t;
    Heap heap;
    TypeDesc emptyT{.kind = Kind::Struct, .align = 1, .comparable = true, .hasPointers = false, .direct = true, .size = 0, .name = "struct {}"};
    void* z = heap.allocate(&emptyT, 10);
    REQUIRE(z != nullptr);
    REQUIRE(z == heap.zeroBase());
    REQUIRE(heap.allocate(&t.intT, 0) == heap.zeroBase());
    REQUIRE(heap.allocateBytes(0) == heap.zeroBase());
    REQUIRE_FALSE(heap.contains(z));
    REQUIRE(heap.allocate(&t.intT, UINT64_MAX / 4) == nullptr);
    REQUIRE(heap.allocate(&t.stringT, UINT64_MAX / 16 + 1) == nullptr);
    REQUIRE(heap.allocateBytes(UINT64_MAX - 8) == nullptr);
    auto* bytes = static_cast<uint8_t*>(heap.allocateBytes(5));
    REQUIRE(heap.contains(bytes + 4));
    REQUIRE_FALSE(heap.contains(bytes + 5));
    REQUIRE(heap.stats().objects == 1);
}

TEST_CASE("collect frees unreachable objects and keeps reachable ones", "[heap]") {
    Types t;
    Heap heap;
    void* kept = heap.allocate(&t.intT);
    void* lost = heap.allocate(&t.intT);
    collectWith(heap, [&](Marker& m) { m.markPointer(kept); });
    REQUIRE(heap.contains(kept));
    REQUIRE_FALSE(heap.contains(lost));
    REQUIRE(heap.stats().objects == 1);
    REQUIRE(heap.stats().cycles == 1);
    collectNothing(heap);
    REQUIRE_FALSE(heap.contains(kept));
    REQUIRE(heap.stats().objects == 0);
    REQUIRE(heap.stats().bytes == 0);
}

TEST_CASE("freed slots are reused", "[heap]") {
    Types t;
    Heap heap;
    std::vector<void*> first;
    for (int i = 0; i < 100; ++i)
        first.push_back(heap.allocate(&t.intT));
    collectNothing(heap);
    int reused = 0;
    for (int i = 0; i < 100; ++i) {
        void* p = heap.allocate(&t.intT);
        REQUIRE(*static_cast<int64_t*>(p) == 0);
        reused += std::find(first.begin(), first.end(), p) != first.end();
    }
    REQUIRE(reused == 100);
}

TEST_CASE("struct with pointer, string and interface fields", "[heap]") {
    Types t;
    Heap heap;
    auto* mixed = static_cast<uint8_t*>(heap.allocate(&t.mixedT));
    void* p = heap.allocate(&t.intT);
    void* q = heap.allocate(&t.intT);
    String s = newString(heap, "hello, world");
    void* box = heap.allocate(&t.pairT);
    void* orphan = heap.allocate(&t.intT);
    storePtr(mixed + 0, p);
    storePtr(mixed + 32, q);
    store(mixed + 16, &s, 16);
    Iface iface{&t.pairT, reinterpret_cast<uint64_t>(box)};
    store(mixed + 40, &iface, 16);
    collectWith(heap, [&](Marker& m) { m.markPointer(mixed); });
    for (const void* live : {(const void*)mixed, (const void*)p, (const void*)q, (const void*)s.data, (const void*)box})
        REQUIRE(heap.contains(live));
    REQUIRE_FALSE(heap.contains(orphan));
    REQUIRE(heap.stats().objects == 5);
}

TEST_CASE("arrays of strings, slices into the middle", "[heap]") {
    Types t;
    Heap heap;
    auto* arr = static_cast<String*>(heap.allocate(&t.stringT, 100));
    for (int i = 0; i < 100; ++i)
        arr[i] = newString(heap, "s" + std::to_string(i));
    // A slice s[50:60] held in registers: data pointer into the middle, len, cap.
    uint64_t words[3] = {reinterpret_cast<uint64_t>(arr + 50), 10, 50};
    uint8_t kinds[3] = {1, 0, 0};
    collectWith(heap, [&](Marker& m) { m.markSlots(words, kinds, 3); });
    REQUIRE(heap.contains(arr));
    // The whole backing array is scanned, not just the visible part.
    for (int i = 0; i < 100; ++i)
        REQUIRE(heap.contains(arr[i].data));
    REQUIRE(heap.stats().objects == 101);

    auto* fixed = static_cast<String*>(heap.allocate(&t.arr3StringT));
    for (int i = 0; i < 3; ++i)
        fixed[i] = newString(heap, "x");
    collectWith(heap, [&](Marker& m) { m.markPointer(fixed); });
    REQUIRE(heap.stats().objects == 4);
    REQUIRE_FALSE(heap.contains(arr));
}

TEST_CASE("interfaces: boxed, direct with pointers, direct scalars", "[heap]") {
    Types t;
    Heap heap;
    void* box = heap.allocate(&t.pairT);            // boxed: data word points to the box
    auto* pointee = heap.allocate(&t.intT);         // *int: data word is the pointer
    auto* boxPointee = heap.allocate(&t.intT);      // main.Box{p}: direct struct with a pointer
    void* scalarLookalike = heap.allocate(&t.intT);  // an int whose value happens to be an address
    auto* strBox = static_cast<String*>(heap.allocate(&t.stringT));
    *strBox = newString(heap, "boxed string");
    uint64_t words[10] = {
        reinterpret_cast<uint64_t>(&t.pairT), reinterpret_cast<uint64_t>(box),
        reinterpret_cast<uint64_t>(&t.ptrIntT), reinterpret_cast<uint64_t>(pointee),
        reinterpret_cast<uint64_t>(&t.boxT), reinterpret_cast<uint64_t>(boxPointee),
        reinterpret_cast<uint64_t>(&t.intT), reinterpret_cast<uint64_t>(scalarLookalike),
        reinterpret_cast<uint64_t>(&t.stringT), reinterpret_cast<uint64_t>(strBox),
    };
    uint8_t kinds[10] = {2, 0, 2, 0, 2, 0, 2, 0, 2, 0};
    collectWith(heap, [&](Marker& m) { m.markSlots(words, kinds, 10); });
    REQUIRE(heap.contains(box));
    REQUIRE(heap.contains(pointee));
    REQUIRE(heap.contains(boxPointee));
    REQUIRE_FALSE(heap.contains(scalarLookalike));  // precise: an int is never a pointer
    REQUIRE(heap.contains(strBox));
    REQUIRE(heap.contains(strBox->data));
    // A nil interface (type word 0) with garbage data is ignored.
    void* other = heap.allocate(&t.intT);
    collectWith(heap, [&](Marker& m) { m.markIface(nullptr, reinterpret_cast<uint64_t>(other)); });
    REQUIRE_FALSE(heap.contains(other));
}

TEST_CASE("interior pointers and one-past-the-end", "[heap]") {
    Types t;
    Heap heap;
    // 8 ints = 64 bytes + header = 80: exactly class 80, so one past the end
    // is the next slot's header.
    auto* a = static_cast<int64_t*>(heap.allocate(&t.intT, 8));
    auto* b = static_cast<int64_t*>(heap.allocate(&t.intT, 8));
    collectWith(heap, [&](Marker& m) {
        m.markPointer(a + 5);  // interior: keeps a
        m.markPointer(b + 8);  // one past the end: keeps nothing
    });
    REQUIRE(heap.contains(a));
    REQUIRE_FALSE(heap.contains(b));
    // Foreign pointers are ignored.
    int64_t local = 0;
    collectWith(heap, [&](Marker& m) {
        m.markPointer(&local);
        m.markPointer(reinterpret_cast<void*>(8));
        m.markPointer(nullptr);
        m.markPointer(a);
    });
    REQUIRE(heap.contains(a));
}

TEST_CASE("large objects: interior pointers, scanning, freeing", "[heap]") {
    Types t;
    Heap heap;
    const uint64_t n = 200000;  // 1.6 MB of *int
    auto* ptrs = static_cast<void**>(heap.allocate(&t.ptrIntT, n));
    REQUIRE(ptrs != nullptr);
    ptrs[0] = heap.allocate(&t.intT);
    ptrs[n - 1] = heap.allocate(&t.intT);
    void* last = ptrs[n - 1];
    collectWith(heap, [&](Marker& m) { m.markPointer(ptrs + n - 1); });
    REQUIRE(heap.contains(ptrs));
    REQUIRE(heap.contains(ptrs[0]));
    REQUIRE(heap.contains(last));
    REQUIRE(heap.stats().objects == 3);
    collectNothing(heap);
    REQUIRE_FALSE(heap.contains(last));
    REQUIRE(heap.stats().bytes == 0);
}

TEST_CASE("closures are scanned by their struct layout", "[heap]") {
    Types t;
    Heap heap;
    auto* closure = static_cast<uint8_t*>(heap.allocate(&t.closureT));
    static const int fakeFunction = 0;  // a vm::Function* stand-in: foreign, ignored
    storePtr(closure, &fakeFunction);
    void* captured = heap.allocate(&t.intT);
    storePtr(closure + 8, captured);
    String s = newString(heap, "captured string");
    store(closure + 16, &s, 16);
    uint64_t words[1] = {reinterpret_cast<uint64_t>(closure)};
    uint8_t kinds[1] = {1};
    collectWith(heap, [&](Marker& m) { m.markSlots(words, kinds, 1); });
    REQUIRE(heap.contains(closure));
    REQUIRE(heap.contains(captured));
    REQUIRE(heap.contains(s.data));
}

TEST_CASE("raw objects: leading pointer words only", "[heap]") {
    Types t;
    Heap heap;
    auto* raw = static_cast<uint64_t*>(heap.allocate(&t.rawT, 2));
    void* objs[4];
    for (int i = 0; i < 4; ++i)
        objs[i] = heap.allocate(&t.intT);
    raw[0] = reinterpret_cast<uint64_t>(objs[0]);  // element 0, pointer word
    raw[2] = reinterpret_cast<uint64_t>(objs[1]);  // element 0, scalar word
    raw[4] = reinterpret_cast<uint64_t>(objs[2]);  // element 1, pointer word
    raw[7] = reinterpret_cast<uint64_t>(objs[3]);  // element 1, scalar word
    collectWith(heap, [&](Marker& m) { m.markPointer(raw); });
    REQUIRE(heap.contains(objs[0]));
    REQUIRE_FALSE(heap.contains(objs[1]));
    REQUIRE(heap.contains(objs[2]));
    REQUIRE_FALSE(heap.contains(objs[3]));
}

TEST_CASE("globals and arena values are roots via markValue", "[heap]") {
    Types t;
    Heap heap;
    alignas(8) uint8_t global[56] = {};  // a main.Mixed global outside the heap
    void* p = heap.allocate(&t.intT);
    storePtr(global, p);
    String s = newString(heap, "global");
    store(global + 16, &s, 16);
    auto* boxed = heap.allocate(&t.pairT);
    Iface i{&t.pairT, reinterpret_cast<uint64_t>(boxed)};
    store(global + 40, &i, 16);
    // An arena object of two Nodes pointing into the heap.
    alignas(8) uint64_t arena[4] = {};
    void* node = heap.allocate(&t.nodeT);
    arena[2] = reinterpret_cast<uint64_t>(node);
    collectWith(heap, [&](Marker& m) {
        m.markValue(&t.mixedT, global);
        m.markValues(&t.nodeT, arena, 2);
    });
    REQUIRE(heap.contains(p));
    REQUIRE(heap.contains(s.data));
    REQUIRE(heap.contains(boxed));
    REQUIRE(heap.contains(node));
    REQUIRE(heap.stats().objects == 4);
}

TEST_CASE("a 1,000,000-long linked list does not overflow the stack", "[heap]") {
    Types t;
    Heap heap(HeapConfig{.gcOff = true});
    struct Node {
        Node* next;
        int64_t val;
    };
    Node* head = nullptr;
    for (int i = 0; i < 1000000; ++i) {
        auto* n = static_cast<Node*>(heap.allocate(&t.nodeT));
        n->next = head;
        n->val = i;
        head = n;
    }
    collectWith(heap, [&](Marker& m) { m.markPointer(head); });
    REQUIRE(heap.stats().objects == 1000000);
    int64_t count = 0, sum = 0;
    for (Node* n = head; n != nullptr; n = n->next) {
        ++count;
        sum += n->val;
    }
    REQUIRE(count == 1000000);
    REQUIRE(sum == int64_t(999999) * 1000000 / 2);
    // Cut the list in the middle: the tail half goes.
    Node* mid = head;
    for (int i = 0; i < 499999; ++i)
        mid = mid->next;
    mid->next = nullptr;
    collectWith(heap, [&](Marker& m) { m.markPointer(head); });
    REQUIRE(heap.stats().objects == 500000);
    REQUIRE(heap.verify());
    collectNothing(heap);
    REQUIRE(heap.stats().objects == 0);
    REQUIRE(heap.verify());
}

TEST_CASE("maps of pointers keep their values alive", "[heap][map]") {
    Types t;
    Heap heap;
    Map* m = mapNew(heap, &t.mapIntPtrT, 0);
    std::vector<void*> values;
    for (int64_t k = 0; k < 1000; ++k) {
        void* v = heap.allocate(&t.intT);
        *static_cast<int64_t*>(v) = k;
        storePtr(mapAssign(heap, m, &k), v);
        values.push_back(v);
    }
    for (int64_t k = 0; k < 1000; k += 2)
        REQUIRE(mapDelete(m, &k));
    collectWith(heap, [&](Marker& mk) { mk.markPointer(m); });
    for (int64_t k = 0; k < 1000; ++k)
        REQUIRE(heap.contains(values[k]) == (k % 2 == 1));
    for (int64_t k = 1; k < 1000; k += 2) {
        void* v;
        std::memcpy(&v, mapLookup(m, &k), 8);
        REQUIRE(*static_cast<int64_t*>(v) == k);
    }
    collectNothing(heap);
    REQUIRE(heap.stats().objects == 0);
}

TEST_CASE("pacing: cycles happen and the heap stays bounded in a churn loop", "[heap]") {
    Types t;
    Heap heap;
    struct Node {
        Node* next;
        int64_t val;
    };
    Node* ring[64] = {};
    uint64_t maxBytes = 0;
    for (int i = 0; i < 2000000; ++i) {
        auto* n = static_cast<Node*>(heap.allocate(&t.nodeT));
        REQUIRE(n != nullptr);
        n->next = ring[i % 64];
        n->val = i;
        ring[i % 64] = (i / 64) % 100 == 0 ? nullptr : n;  // chains of at most 100 nodes
        maxBytes = std::max(maxBytes, heap.stats().bytes);
        if (heap.shouldCollect())
            collectWith(heap, [&](Marker& m) {
                for (Node* r : ring)
                    m.markPointer(r);
            });
    }
    REQUIRE(heap.stats().cycles >= 5);
    REQUIRE(heap.verify());
    REQUIRE(maxBytes <= 8u << 20);  // 2x the 4 MiB minimum goal at most
    REQUIRE(heap.stats().liveBytesPeak == maxBytes);
    REQUIRE(heap.nextGoal() >= 4u << 20);
}

TEST_CASE("pacing: the goal follows GOGC", "[heap]") {
    Types t;
    Heap heap(HeapConfig{.gcPercent = 50});
    // 8 MiB live in 8 KiB chunks (each fills a 16 KiB-class... any class).
    std::vector<void*> live;
    for (int i = 0; i < 1024; ++i)
        live.push_back(heap.allocateBytes(8192 - 16));
    collectWith(heap, [&](Marker& m) {
        for (void* p : live)
            m.markPointer(p);
    });
    uint64_t liveBytes = heap.stats().bytes;
    REQUIRE(liveBytes == 1024 * 8192);
    REQUIRE(heap.nextGoal() == liveBytes + liveBytes / 2);
    REQUIRE_FALSE(heap.shouldCollect());

    Heap off(HeapConfig{.gcOff = true});
    for (int i = 0; i < 1000; ++i)
        off.allocateBytes(8192);
    REQUIRE_FALSE(off.shouldCollect());
}

TEST_CASE("stress mode asks for a collection after every allocation", "[heap]") {
    Types t;
    Heap heap(HeapConfig{.stress = true});
    REQUIRE_FALSE(heap.shouldCollect());
    void* p = heap.allocate(&t.intT);
    REQUIRE(heap.shouldCollect());
    collectWith(heap, [&](Marker& m) { m.markPointer(p); });
    REQUIRE_FALSE(heap.shouldCollect());
    heap.allocate(&t.intT);
    REQUIRE(heap.shouldCollect());
}

#if defined(GOVM_HAS_ASAN)
TEST_CASE("freed objects are poisoned for ASan, reallocated ones are not", "[heap]") {
    Types t;
    Heap heap;
    auto* p = static_cast<uint8_t*>(heap.allocate(&t.pairT));
    REQUIRE_FALSE(__asan_address_is_poisoned(p));
    REQUIRE_FALSE(__asan_address_is_poisoned(p + 15));
    collectNothing(heap);
    REQUIRE(__asan_address_is_poisoned(p));
    auto* q = static_cast<uint8_t*>(heap.allocate(&t.pairT));
    REQUIRE(q == p);
    REQUIRE_FALSE(__asan_address_is_poisoned(q + 15));
    REQUIRE(q[15] == 0);
}
#else
TEST_CASE("stress mode poisons freed memory", "[heap]") {
    Types t;
    Heap heap(HeapConfig{.stress = true});
    auto* p = static_cast<uint8_t*>(heap.allocate(&t.pairT));
    std::memset(p, 0x11, 16);
    collectNothing(heap);
    for (int i = 0; i < 16; ++i)
        REQUIRE(p[i] == kPoisonByte);  // the span is retained, so reading it is safe here
}
#endif

TEST_CASE("heap limit: allocation fails cleanly, collection recovers", "[heap]") {
    Types t;
    Heap heap(HeapConfig{.maxHeapBytes = 1 << 20});
    uint64_t got = 0;
    while (heap.allocate(&t.intT, 16) != nullptr)
        ++got;
    REQUIRE(got > 0);
    REQUIRE(heap.stats().bytes <= 1u << 20);
    REQUIRE(heap.stats().bytes > (1u << 20) - 1024);
    REQUIRE(heap.allocateBytes(1 << 20) == nullptr);
    REQUIRE(heap.shouldCollect());  // the trigger sits below the limit
    collectNothing(heap);
    REQUIRE(heap.allocate(&t.intT, 16) != nullptr);
    REQUIRE(mapNew(heap, &t.mapIntIntT, 1 << 20) == nullptr);
}

TEST_CASE("gctrace lines", "[heap]") {
    Types t;
    Heap heap;
    std::vector<std::string> lines;
    heap.setTrace([&](const std::string& line) { lines.push_back(line); });
    for (int i = 0; i < 1000; ++i)
        heap.allocateBytes(4096);
    collectNothing(heap);
    collectNothing(heap);
    REQUIRE(lines.size() == 2);
    REQUIRE(lines[0].rfind("gc 1 @", 0) == 0);
    REQUIRE(lines[0].find("%: 0+") != std::string::npos);
    REQUIRE(lines[0].find("+0 ms clock, 4->4->0 MB, 4 MB goal, 1 P") != std::string::npos);
    REQUIRE(lines[1].rfind("gc 2 @", 0) == 0);
    REQUIRE(heap.stats().totalPauseNs > 0);
    REQUIRE(heap.stats().maxPauseNs <= heap.stats().totalPauseNs);
}

TEST_CASE("pointer check: heap objects pointing into an arena are reported", "[heap]") {
    Types t;
    Heap heap;
    alignas(8) uint64_t arena[4] = {};  // stands for a frame arena
    auto inArena = [&](const void* p) { return p >= arena && p < arena + 4; };
    std::vector<std::pair<const ObjectHeader*, const void*>> reports;
    heap.setPointerCheck(inArena, [&](const ObjectHeader* h, const void* p) { reports.push_back({h, p}); });
    auto* bad = static_cast<uint8_t*>(heap.allocate(&t.mixedT));
    storePtr(bad, &arena[1]);                                   // *int field into the arena
    Iface i{&t.ptrIntT, reinterpret_cast<uint64_t>(&arena[2])};  // interface data word into the arena
    store(bad + 40, &i, 16);
    auto* good = static_cast<void**>(heap.allocate(&t.ptrIntT));
    *good = heap.allocate(&t.intT);
    arena[0] = reinterpret_cast<uint64_t>(good);  // arena -> heap is allowed (a root)
    collectWith(heap, [&](Marker& m) {
        m.markPointer(bad);
        m.markValues(&t.ptrIntT, arena, 4);
    });
    REQUIRE(reports.size() == 2);
    for (auto& [holder, p] : reports) {
        REQUIRE(holder == heap.findObject(bad));
        REQUIRE(inArena(p));
    }
    heap.setPointerCheck(nullptr, nullptr);
    reports.clear();
    collectWith(heap, [&](Marker& m) { m.markPointer(bad); });
    REQUIRE(reports.empty());
}

TEST_CASE("two heaps do not interact", "[heap]") {
    Types t;
    Heap a, b;
    void* pa = a.allocate(&t.intT);
    void* pb = b.allocate(&t.intT);
    REQUIRE_FALSE(a.contains(pb));
    REQUIRE_FALSE(b.contains(pa));
    collectWith(a, [&](Marker& m) { m.markPointer(pb); });
    REQUIRE_FALSE(a.contains(pa));
    REQUIRE(b.contains(pb));
    REQUIRE(a.random() != b.random());
}

// A random object graph of every layout, mutated between collections, checked
// against a model of its edges: exactly the objects reachable from the roots
// survive each cycle.
TEST_CASE("random object graphs: survivors are exactly the reachable objects", "[heap]") {
    Types t;
    Heap heap;
    enum ObjKind { NodeK, MixedK, ArrayK, MapK, IntK, BytesK, PairK, KindCount };
    struct Obj {
        ObjKind kind;
        uint8_t* addr;
        uint64_t size;   // payload bytes
        int slots;       // pointer slots
        std::vector<int> targets;  // model: object index per slot, -1 = none
    };
    std::vector<Obj> objs;
    std::mt19937_64 rng(2024);
    auto make = [&](ObjKind kind) {
        Obj o{kind, nullptr, 0, 0, {}};
        switch (kind) {
        case NodeK: o.addr = static_cast<uint8_t*>(heap.allocate(&t.nodeT)); o.size = 16; o.slots = 1; break;
        case MixedK: o.addr = static_cast<uint8_t*>(heap.allocate(&t.mixedT)); o.size = 56; o.slots = 4; break;
        case ArrayK: {
            uint64_t n = 1 + rng() % 3000;  // up to 24 KB: small and large classes
            o.addr = static_cast<uint8_t*>(heap.allocate(&t.ptrIntT, n));
            o.size = n * 8;
            o.slots = int(n);
            break;
        }
        case MapK: o.addr = reinterpret_cast<uint8_t*>(mapNew(heap, &t.mapIntPtrT, 0)); o.size = 1; o.slots = 8; break;
        case IntK: o.addr = static_cast<uint8_t*>(heap.allocate(&t.intT)); o.size = 8; break;
        case BytesK: o.size = 1 + rng() % 100; o.addr = static_cast<uint8_t*>(heap.allocateBytes(o.size)); break;
        case PairK: o.addr = static_cast<uint8_t*>(heap.allocate(&t.pairT)); o.size = 16; break;
        default: break;
        }
        REQUIRE(o.addr != nullptr);
        o.targets.assign(size_t(o.slots), -1);
        objs.push_back(std::move(o));
    };
    // Points slot `slot` of object `from` at object `to` (or clears it).
    auto link = [&](int from, int slot, int to) {
        Obj& o = objs[from];
        const uint8_t* target = to < 0 ? nullptr : objs[to].addr;
        if (to >= 0 && objs[to].kind != MapK && objs[to].size > 1)
            target += rng() % objs[to].size;  // interior pointer
        switch (o.kind) {
        case NodeK: storePtr(o.addr, target); break;
        case ArrayK: storePtr(o.addr + 8 * slot, target); break;
        case MixedK:
            if (slot == 0 || slot == 1) {
                storePtr(o.addr + (slot == 0 ? 0 : 32), target);
            } else if (slot == 2) {
                String s{target, target ? 1 : 0};
                store(o.addr + 16, &s, 16);
            } else {
                const TypeDesc* type = to < 0 ? nullptr : objs[to].kind == PairK ? &t.pairT : &t.ptrIntT;
                if (type == &t.pairT)
                    target = objs[to].addr;  // a box pointer is the box itself
                Iface i{type, reinterpret_cast<uint64_t>(target)};
                store(o.addr + 40, &i, 16);
            }
            break;
        case MapK: {
            int64_t key = slot;
            auto* m = reinterpret_cast<Map*>(o.addr);
            if (to < 0)
                mapDelete(m, &key);
            else
                storePtr(mapAssign(heap, m, &key), target);
            break;
        }
        default: break;
        }
        o.targets[size_t(slot)] = to;
    };
    constexpr int kRoots = 8;
    int roots[kRoots];
    std::fill(std::begin(roots), std::end(roots), -1);
    for (int round = 0; round < 25; ++round) {
        for (int i = 0; i < 400; ++i)
            make(ObjKind(rng() % KindCount));
        for (int i = 0; i < 3000; ++i) {
            int from = int(rng() % objs.size());
            if (objs[from].slots == 0)
                continue;
            int slot = int(rng() % uint64_t(objs[from].slots));
            link(from, slot, rng() % 5 == 0 ? -1 : int(rng() % objs.size()));
        }
        for (int& r : roots)
            r = rng() % 3 == 0 ? -1 : int(rng() % objs.size());
        // Roots as a register window: pointers, interfaces, and a scalar that
        // holds an address (must not keep anything alive).
        uint64_t words[kRoots * 2 + 1];
        uint8_t kinds[kRoots * 2 + 1];
        for (int i = 0; i < kRoots; ++i) {
            const uint8_t* p = roots[i] < 0 ? nullptr : objs[roots[i]].addr;
            if (i % 2 == 0) {
                words[2 * i] = reinterpret_cast<uint64_t>(p);
                kinds[2 * i] = 1;
                words[2 * i + 1] = 0;
                kinds[2 * i + 1] = 0;
            } else {
                words[2 * i] = reinterpret_cast<uint64_t>(p ? &t.ptrIntT : nullptr);
                kinds[2 * i] = 2;
                words[2 * i + 1] = reinterpret_cast<uint64_t>(p);
                kinds[2 * i + 1] = 0;
            }
        }
        words[kRoots * 2] = reinterpret_cast<uint64_t>(objs[rng() % objs.size()].addr);
        kinds[kRoots * 2] = 0;
        // Model reachability.
        std::vector<char> reach(objs.size(), 0);
        std::vector<int> work;
        for (int r : roots)
            if (r >= 0 && !reach[size_t(r)]) {
                reach[size_t(r)] = 1;
                work.push_back(r);
            }
        while (!work.empty()) {
            int o = work.back();
            work.pop_back();
            for (int to : objs[size_t(o)].targets)
                if (to >= 0 && !reach[size_t(to)]) {
                    reach[size_t(to)] = 1;
                    work.push_back(to);
                }
        }
        collectWith(heap, [&](Marker& m) { m.markSlots(words, kinds, kRoots * 2 + 1); });
        std::vector<Obj> survivors;
        std::vector<int> renumber(objs.size(), -1);
        for (size_t i = 0; i < objs.size(); ++i) {
            REQUIRE(heap.contains(objs[i].addr) == bool(reach[i]));
            if (reach[i]) {
                renumber[i] = int(survivors.size());
                survivors.push_back(std::move(objs[i]));
            }
        }
        for (Obj& o : survivors)
            for (int& to : o.targets)
                if (to >= 0) {
                    REQUIRE(renumber[size_t(to)] >= 0);
                    to = renumber[size_t(to)];
                }
        for (int& r : roots)
            r = r < 0 ? -1 : renumber[size_t(r)];
        objs = std::move(survivors);
        REQUIRE(heap.stats().cycles == uint64_t(round + 1));
        std::string problem;
        bool consistent = heap.verify(&problem);
        INFO(problem);
        REQUIRE(consistent);
    }
}
