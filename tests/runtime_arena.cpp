// The frame arena: regions, alignment, fallbacks, chunk reuse, GC roots,
// poisoning, arena maps and the --check-arena checker.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/arena.hpp"
#include "runtime/heap.hpp"
#include "runtime/heap_impl.hpp"
#include "runtime/map.hpp"
#include "tests/runtime_types.hpp"

using namespace govm;
using namespace govm::rt;
using govm::test::FnRoots;
using govm::test::Types;

namespace {

void collectArena(Heap& heap, const FrameArena& arena) {
    FnRoots roots([&](Marker& m) { arena.scanRoots(m); });
    heap.collect(roots);
}

void putPtr(void* at, const void* p) { std::memcpy(at, &p, 8); }
const void* getPtr(const void* at) {
    const void* p;
    std::memcpy(&p, at, 8);
    return p;
}
int64_t getInt(const void* at) {
    int64_t v;
    std::memcpy(&v, at, 8);
    return v;
}
void putInt(void* at, int64_t v) { std::memcpy(at, &v, 8); }

bool allBytes(const void* p, size_t n, unsigned char value) {
    const auto* bytes = static_cast<const unsigned char*>(p);
    return std::all_of(bytes, bytes + n, [&](unsigned char b) { return b == value; });
}

std::string verified(const FrameArena& arena) {
    std::string problem;
    return arena.verify(&problem) ? "ok" : problem;
}

}  // namespace

TEST_CASE("arena: mark/release nesting restores the allocation point", "[arena]") {
    Types t;
    FrameArena arena;
    REQUIRE(arena.depth() == 0);
    FrameArena::Mark outer = arena.mark();
    void* a = arena.allocate(&t.intT, 1, 1);
    uint64_t afterA = arena.stats().liveBytes;
    REQUIRE(afterA == 32);  // 24-byte header + 8
    FrameArena::Mark inner = arena.mark();
    REQUIRE(arena.depth() == 2);
    void* b = arena.allocate(&t.pairT, 1, 2);
    void* c = arena.allocate(&t.intT, 10, 3);
    REQUIRE(b != nullptr);
    REQUIRE(c != nullptr);
    REQUIRE(arena.stats().liveBytes == afterA + 40 + 104);
    FrameArena::Mark innermost = arena.mark();
    arena.allocateBytes(100, 4);
    REQUIRE(verified(arena) == "ok");

    arena.release(inner);  // closes innermost too, as an unwinding VM does
    REQUIRE(arena.depth() == 1);
    REQUIRE(arena.stats().liveBytes == afterA);
    REQUIRE(verified(arena) == "ok");
    arena.release(innermost);  // already closed: ignored
    arena.release(inner);
    REQUIRE(arena.depth() == 1);
    REQUIRE(getInt(a) == 0);

    // The next allocation reuses the released space.
    FrameArena::Mark again = arena.mark();
    REQUIRE(again.depth == inner.depth);
    REQUIRE(arena.allocate(&t.pairT, 1, 2) == b);
    // A frame without sites keeps current(): releasing it closes only what its callees left open.
    FrameArena::Mark none = arena.current();
    FrameArena::Mark leaked = arena.mark();
    arena.allocate(&t.intT, 1, 5);
    arena.release(none);
    REQUIRE(arena.depth() == 2);
    arena.release(leaked);
    arena.release(again);
    arena.release(outer);
    REQUIRE(arena.depth() == 0);
    REQUIRE(arena.stats().liveBytes == 0);
    REQUIRE(arena.stats().releases == 4);
    REQUIRE(arena.stats().maxDepth == 3);
    REQUIRE(arena.stats().objects == 6);
    REQUIRE(verified(arena) == "ok");
}

TEST_CASE("arena: reset releases a loop iteration and keeps the region", "[arena]") {
    Types t;
    FrameArena arena;
    FrameArena::Mark frame = arena.mark();
    void* kept = arena.allocate(&t.intT, 1, 0);
    putInt(kept, 42);
    FrameArena::Mark loop = arena.mark();
    void* first = nullptr;
    for (int i = 0; i < 1000; ++i) {
        void* p = arena.allocate(&t.intT, 4, 1);
        REQUIRE(getInt(p) == 0);  // zeroed although the bytes were used last iteration
        putInt(p, i);
        if (i == 0)
            first = p;
        REQUIRE(p == first);
        arena.reset(loop);
        REQUIRE(arena.depth() == 2);
    }
    REQUIRE(getInt(kept) == 42);
    REQUIRE(arena.stats().iterationReleases == 1000);
    REQUIRE(arena.stats().peakBytes == 32 + 56);
    arena.release(frame);
    REQUIRE(arena.depth() == 0);
}

TEST_CASE("arena: payloads are 8-aligned, zeroed, disjoint, and headers heap-shaped", "[arena]") {
    Types t;
    FrameArena arena(ArenaConfig{.chunkBytes = 4096});
    arena.mark();
    struct Piece {
        uint8_t* p;
        uint64_t n;
    };
    std::vector<Piece> pieces;
    for (uint64_t n = 1; n <= 300; ++n) {
        auto* p = static_cast<uint8_t*>(arena.allocateBytes(n, uint32_t(n)));
        REQUIRE(p != nullptr);
        REQUIRE(reinterpret_cast<uintptr_t>(p) % 8 == 0);
        REQUIRE(allBytes(p, n, 0));
        std::memset(p, 0xee, n);
        pieces.push_back({p, n});
    }
    auto* s = static_cast<uint8_t*>(arena.allocate(&t.stringT, 3, 999));
    REQUIRE(reinterpret_cast<uintptr_t>(s) % 8 == 0);
    REQUIRE(allBytes(s, 48, 0));
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.p < b.p; });
    for (size_t i = 0; i + 1 < pieces.size(); ++i)
        REQUIRE(pieces[i].p + pieces[i].n <= pieces[i + 1].p);
    REQUIRE(verified(arena) == "ok");  // writes stayed inside their payloads
    // The ObjectHeader before the payload is the heap's layout.
    const auto* header = reinterpret_cast<const ObjectHeader*>(s) - 1;
    REQUIRE(header->type == &t.stringT);
    REQUIRE(header->count() == 3);
    REQUIRE(header->kind() == ObjectKind::Values);
    REQUIRE((header->bits & (ObjectHeader::kLive | ObjectHeader::kMarked)) == 0);
    uint64_t seen = 0;
    arena.forEachObject([&](const ObjectHeader& h, uint32_t site) {
        ++seen;
        if (&h == header)
            REQUIRE(site == 999);
    });
    REQUIRE(seen == 301);
    REQUIRE(arena.stats().chunkAllocs > 1);
}

TEST_CASE("arena: zero-size requests share zeroBase, outside every chunk", "[arena]") {
    Types t;
    FrameArena arena;
    arena.mark();
    arena.allocate(&t.intT, 1, 0);
    TypeDesc empty{.kind = Kind::Struct, .align = 1, .comparable = true, .hasPointers = false, .direct = true,
                   .size = 0, .name = "struct {}"};
    void* z = arena.allocate(&empty, 1000, 0);
    REQUIRE(z == arena.zeroBase());
    REQUIRE(arena.allocateBytes(0, 0) == z);
    REQUIRE(arena.allocate(&t.intT, 0, 0) == z);
    REQUIRE_FALSE(arena.owns(z));
    REQUIRE(arena.stats().objects == 1);
}

TEST_CASE("arena: objects over maxObjectBytes fall back; big ones get their own block", "[arena]") {
    Types t;
    FrameArena arena(ArenaConfig{.chunkBytes = 8192, .maxObjectBytes = 100000});
    arena.enableSiteStats(4);
    FrameArena::Mark frame = arena.mark();
    REQUIRE(arena.allocate(&t.intT, 100000 / 8 + 1, 1) == nullptr);
    REQUIRE(arena.allocateBytes(100001, 1) == nullptr);
    REQUIRE(arena.allocate(&t.intT, UINT64_MAX / 4, 1) == nullptr);  // size overflow
    REQUIRE(arena.stats().fallbackTooBig == 3);
    REQUIRE(arena.stats().fallbackBytes == 200009);  // the overflow has no size
    REQUIRE(arena.siteStats()[1].fallbacks == 3);
    REQUIRE(arena.siteStats()[1].objects == 0);

    void* small = arena.allocate(&t.intT, 1, 2);
    auto* big = static_cast<uint8_t*>(arena.allocateBytes(100000, 3));  // > chunkBytes/4: own block
    REQUIRE(big != nullptr);
    REQUIRE(allBytes(big, 100000, 0));
    std::memset(big, 1, 100000);
    void* after = arena.allocate(&t.intT, 1, 2);
    REQUIRE(static_cast<uint8_t*>(after) == static_cast<uint8_t*>(small) + 32);  // the chunk kept filling
    REQUIRE(arena.stats().largeObjects == 1);
    REQUIRE(arena.owns(big + 99999));
    REQUIRE(arena.describe(big + 500).live);
    REQUIRE(arena.describe(big + 500).siteId == 3);
    REQUIRE(arena.siteStats()[3].objects == 1);
    REQUIRE(arena.siteStats()[3].bytes == 100000);
    REQUIRE(arena.siteStats()[2].objects == 2);
    REQUIRE(verified(arena) == "ok");
    arena.release(frame);
    REQUIRE_FALSE(arena.owns(big));  // freed (not check mode)
    REQUIRE(arena.stats().liveBytes == 0);
}

TEST_CASE("arena: the per-region budget and the arena budget make requests fall back", "[arena]") {
    Types t;
    FrameArena arena(ArenaConfig{.frameBudget = 1024, .maxBytes = 2048});
    FrameArena::Mark f1 = arena.mark();
    int got = 0;
    while (arena.allocate(&t.intT, 1, 0) != nullptr)
        ++got;
    REQUIRE(got == 1024 / 32);
    REQUIRE(arena.stats().fallbackFrameBudget == 1);
    REQUIRE(arena.stats().fallbackArenaBudget == 0);
    // A callee's region has a budget of its own...
    FrameArena::Mark f2 = arena.mark();
    REQUIRE(arena.allocateBytes(900, 0) != nullptr);
    FrameArena::Mark f3 = arena.mark();
    // ...but the whole arena is capped.
    REQUIRE(arena.allocateBytes(900, 0) == nullptr);
    REQUIRE(arena.stats().fallbackArenaBudget == 1);
    REQUIRE(arena.allocateBytes(64, 0) != nullptr);
    arena.release(f3);
    arena.release(f2);
    // Back in f1, its budget is still spent; after an iteration reset it is not.
    REQUIRE(arena.allocate(&t.intT, 1, 0) == nullptr);
    arena.reset(f1);
    REQUIRE(arena.allocate(&t.intT, 1, 0) != nullptr);
    REQUIRE(arena.stats().fallbacks() == 3);
}

// A budget larger than a chunk lets regions bump-allocate to the chunk's end
// unchecked; the budget still binds exactly once the region spans chunks.
TEST_CASE("arena: budgets bind exactly across chunks and nested regions", "[arena]") {
    Types t;
    FrameArena arena(ArenaConfig{.chunkBytes = 4096, .frameBudget = 5000, .maxBytes = 9000});
    FrameArena::Mark f1 = arena.mark();
    int got = 0;
    while (arena.allocate(&t.intT, 1, 0) != nullptr)
        ++got;
    REQUIRE(got == 5000 / 32);  // 32 bytes each, headers included
    REQUIRE(arena.stats().chunkAllocs == 2);
    FrameArena::Mark f2 = arena.mark();
    got = 0;
    while (arena.allocate(&t.intT, 1, 0) != nullptr)
        ++got;
    REQUIRE(got == (9000 - 5000 / 32 * 32) / 32);  // now the arena budget binds
    REQUIRE(arena.stats().fallbackFrameBudget == 1);
    REQUIRE(arena.stats().fallbackArenaBudget == 1);
    REQUIRE(arena.stats().peakBytes == 9000 / 32 * 32);
    arena.release(f2);
    REQUIRE(arena.allocate(&t.intT, 1, 0) == nullptr);  // f1's budget is still spent
    arena.reset(f1);
    REQUIRE(arena.allocate(&t.intT, 1, 0) != nullptr);
    FrameArena::Mark f3 = arena.mark();
    arena.release(f3);
    arena.release(f1);
    REQUIRE(arena.stats().liveBytes == 0);
    REQUIRE(arena.stats().peakBytes == 9000 / 32 * 32);
    REQUIRE(arena.stats().maxDepth == 2);
    REQUIRE(verified(arena) == "ok");
}

TEST_CASE("arena: chunks are reused after release and spares are bounded", "[arena]") {
    Types t;
    FrameArena arena(ArenaConfig{.chunkBytes = 4096, .spareChunks = 2});
    FrameArena::Mark frame = arena.mark();
    std::vector<void*> firstRound;
    for (int i = 0; i < 1000; ++i)  // 32 KB: about 8 chunks
        firstRound.push_back(arena.allocate(&t.intT, 1, 0));
    uint64_t allocated = arena.stats().chunkAllocs;
    REQUIRE(allocated >= 8);
    REQUIRE(arena.stats().chunks == allocated);
    arena.release(frame);
    REQUIRE(arena.stats().chunks == 1 + 2);  // the current chunk and two spares
    frame = arena.mark();
    for (int i = 0; i < 300; ++i)  // fits in the kept chunks: same addresses, no new chunks
        REQUIRE(arena.allocate(&t.intT, 1, 0) == firstRound[size_t(i)]);
    REQUIRE(arena.stats().chunkAllocs == allocated);
    REQUIRE(verified(arena) == "ok");
    // A loop that crosses a chunk boundary every call does not thrash the system allocator.
    for (int call = 0; call < 100; ++call) {
        FrameArena::Mark callee = arena.mark();
        for (int i = 0; i < 200; ++i)
            arena.allocate(&t.intT, 1, 0);
        arena.release(callee);
    }
    REQUIRE(arena.stats().chunkAllocs <= allocated + 1);
    arena.release(frame);
    REQUIRE(verified(arena) == "ok");
}

TEST_CASE("arena: the GC keeps heap objects reachable only from arena objects", "[arena][gc]") {
    Types t;
    Heap heap;
    FrameArena arena;
    FrameArena::Mark frame = arena.mark();
    // arena Node -> heap Node -> heap int slice; arena Node -> arena Node -> heap Node
    auto* heapNode = static_cast<uint8_t*>(heap.allocate(&t.nodeT));
    putInt(heapNode + 8, 7);
    auto* heapNode2 = heap.allocate(&t.nodeT);
    auto* a = static_cast<uint8_t*>(arena.allocate(&t.nodeT, 1, 1));
    auto* b = static_cast<uint8_t*>(arena.allocate(&t.nodeT, 1, 2));
    putPtr(a, heapNode);
    putPtr(b, heapNode2);
    FrameArena::Mark callee = arena.mark();
    // A callee's object pointing to its caller's arena object and to heap memory.
    auto* c = static_cast<uint8_t*>(arena.allocate(&t.mixedT, 1, 3));
    putPtr(c, b);  // arena -> arena: ignored by the marker, b is a root anyway
    String s{static_cast<const uint8_t*>(heap.allocateBytes(5)), 5};
    std::memcpy(c + 16, &s, 16);
    auto* boxed = heap.allocate(&t.pairT);
    Iface i{&t.pairT, reinterpret_cast<uint64_t>(boxed)};
    std::memcpy(c + 40, &i, 16);
    // An arena slice backing array of pointers, grown like append: the old copy stays a root.
    auto* oldBacking = static_cast<uint8_t*>(arena.allocate(&t.ptrIntT, 2, 4));
    void* onlyInOld = heap.allocate(&t.intT);
    putPtr(oldBacking, onlyInOld);
    auto* newBacking = static_cast<uint8_t*>(arena.allocate(&t.ptrIntT, 4, 4));
    std::memcpy(newBacking, oldBacking, 16);
    putPtr(newBacking + 8, heap.allocate(&t.intT));
    // Unreferenced heap garbage.
    heap.allocate(&t.nodeT);
    heap.allocate(&t.intT);

    collectArena(heap, arena);
    REQUIRE(heap.stats().objects == 6);
    REQUIRE(heap.contains(heapNode));
    REQUIRE(getInt(heapNode + 8) == 7);
    REQUIRE(heap.contains(heapNode2));
    REQUIRE(heap.contains(s.data));
    REQUIRE(heap.contains(boxed));
    REQUIRE(heap.contains(onlyInOld));
    REQUIRE(heap.verify());

    arena.release(callee);
    collectArena(heap, arena);
    REQUIRE(heap.stats().objects == 2);  // the two Nodes a and b point to
    REQUIRE_FALSE(heap.contains(boxed));
    arena.release(frame);
    collectArena(heap, arena);
    REQUIRE(heap.stats().objects == 0);
    REQUIRE(heap.verify());
}

TEST_CASE("arena maps: header and growing tables in the arena, heap values kept alive", "[arena][map]") {
    Types t;
    Heap heap;
    FrameArena arena;
    FrameArena::Mark frame = arena.mark();
    Map* m = mapNewInArena(heap, arena, &t.mapIntPtrT, 0, 9);
    REQUIRE(m != nullptr);
    REQUIRE(arena.owns(m));
    for (int64_t k = 0; k < 1000; ++k) {
        void* v = heap.allocate(&t.intT);
        putInt(v, k * 3);
        putPtr(mapAssign(heap, m, &k), v);
    }
    REQUIRE(heap.stats().objects == 1000);  // only the values: every table is in the arena
    REQUIRE(arena.stats().objects > 5);    // the header and each grown table
    collectArena(heap, arena);
    REQUIRE(heap.stats().objects == 1000);
    for (int64_t k = 0; k < 1000; ++k)
        REQUIRE(getInt(getPtr(mapLookup(m, &k))) == k * 3);
    REQUIRE(verified(arena) == "ok");
    arena.release(frame);
    collectArena(heap, arena);
    REQUIRE(heap.stats().objects == 0);
}

TEST_CASE("arena maps: growth from a nested region goes to the heap", "[arena][map]") {
    Types t;
    Heap heap;
    FrameArena arena;
    FrameArena::Mark frame = arena.mark();
    Map* m = mapNewInArena(heap, arena, &t.mapIntIntT, 0, 1);
    int64_t k = 0;
    putInt(mapAssign(heap, m, &k), 100);  // the first table: arena
    REQUIRE(heap.stats().objects == 0);
    FrameArena::Mark callee = arena.mark();  // a callee adds entries to its caller's map
    for (k = 1; k < 100; ++k)
        putInt(mapAssign(heap, m, &k), k + 100);
    REQUIRE(arena.stats().fallbackMapGrowth > 0);
    arena.release(callee);                // must not free the map's table
    collectArena(heap, arena);
    REQUIRE(heap.stats().objects == 1);  // kept alive through the arena header
    for (k = 0; k < 100; ++k)
        REQUIRE(getInt(mapLookup(m, &k)) == k + 100);
    // Back in its own region, growth returns to the arena.
    uint64_t arenaObjects = arena.stats().objects;
    for (k = 100; k < 400; ++k)
        putInt(mapAssign(heap, m, &k), k + 100);
    REQUIRE(arena.stats().objects > arenaObjects);
    collectArena(heap, arena);
    REQUIRE(heap.stats().objects == 0);
    REQUIRE(mapLen(m) == 400);
    arena.release(frame);
}

TEST_CASE("arena maps: a refused header makes an ordinary heap map", "[arena][map]") {
    Types t;
    Heap heap;
    FrameArena arena(ArenaConfig{.frameBudget = 64});
    arena.mark();
    Map* m = mapNewInArena(heap, arena, &t.mapIntIntT, 100, 1);
    REQUIRE(m != nullptr);
    REQUIRE(heap.contains(m));
    REQUIRE_FALSE(arena.owns(m));
    REQUIRE(heap.stats().objects == 2);  // header and table
    REQUIRE(arena.stats().fallbackFrameBudget == 1);
}

TEST_CASE("arena: released memory is poisoned", "[arena]") {
    Types t;
    FrameArena arena(ArenaConfig{.chunkBytes = 4096, .poison = true});
    FrameArena::Mark keep = arena.mark();
    auto* kept = static_cast<uint8_t*>(arena.allocate(&t.pairT, 1, 0));
    std::memset(kept, 0x11, 16);
    FrameArena::Mark frame = arena.mark();
    std::vector<uint8_t*> dead;
    for (int i = 0; i < 200; ++i) {  // spans several chunks
        auto* p = static_cast<uint8_t*>(arena.allocate(&t.pairT, 1, 0));
        std::memset(p, 0x22, 16);
        dead.push_back(p);
    }
    arena.release(frame);
    REQUIRE(allBytes(kept, 16, 0x11));
#if defined(GOVM_HAS_ASAN)
    for (uint8_t* p : dead)
        REQUIRE(__asan_address_is_poisoned(p));
    REQUIRE_FALSE(__asan_address_is_poisoned(kept + 15));
#else
    // The chunks are retained as spares (or current), so reading them is safe here.
    int checked = 0;
    for (uint8_t* p : dead)
        if (arena.owns(p)) {
            REQUIRE(allBytes(p - kArenaObjectHeaderBytes, 16 + kArenaObjectHeaderBytes, kArenaPoisonByte));
            ++checked;
        }
    REQUIRE(checked > 100);
#endif
    auto* again = static_cast<uint8_t*>(arena.allocate(&t.pairT, 1, 0));
    REQUIRE(again == dead[0]);
    REQUIRE(allBytes(again, 16, 0));
    arena.release(keep);
}

TEST_CASE("check-arena: heap objects and globals pointing into an arena are reported", "[arena][check]") {
    Types t;
    Heap heap;
    FrameArena arena(ArenaConfig{.chunkBytes = 4096, .check = true});
    std::vector<ArenaViolation> violations;
    std::vector<std::string> reports;
    ArenaChecker checker([](uint32_t site) { return "prog.go:" + std::to_string(site) + ":5"; },
                         [&](const ArenaViolation& v, const std::string& report) {
                             violations.push_back(v);
                             reports.push_back(report);
                         });
    checker.addArena(arena);
    checker.install(heap);

    FrameArena::Mark frame = arena.mark();
    auto* x = static_cast<uint8_t*>(arena.allocate(&t.intT, 1, 12));
    auto* node = static_cast<uint8_t*>(arena.allocate(&t.nodeT, 1, 13));
    // Allowed: arena -> heap, arena -> arena, heap -> heap.
    auto* heapNode = static_cast<uint8_t*>(heap.allocate(&t.nodeT));
    putPtr(node, heapNode);
    putPtr(heapNode, heap.allocate(&t.nodeT));
    auto* other = static_cast<uint8_t*>(arena.allocate(&t.ptrIntT, 1, 14));
    putPtr(other, x);
    collectArena(heap, arena);
    REQUIRE(violations.empty());

    // A heap object (reachable only from the arena) pointing to a live arena int.
    auto* bad = static_cast<uint8_t*>(heap.allocate(&t.mixedT));
    putPtr(bad, x);
    putPtr(node, bad);  // the arena Node's next keeps it reachable
    collectArena(heap, arena);
    REQUIRE(violations.size() == 1);
    REQUIRE(violations[0].holder == heap.findObject(bad));
    REQUIRE(violations[0].pointer == x);
    REQUIRE(violations[0].target.live);
    REQUIRE(violations[0].target.siteKnown);
    REQUIRE(violations[0].target.siteId == 12);
    REQUIRE(reports[0].find("heap object") != std::string::npos);
    REQUIRE(reports[0].find("main.Mixed") != std::string::npos);
    REQUIRE(reports[0].find("a live frame-arena object allocated at prog.go:12:5") != std::string::npos);

    // A global holding a pointer into the arena.
    alignas(8) uint8_t global[56] = {};
    Iface i{&t.ptrIntT, reinterpret_cast<uint64_t>(x)};
    std::memcpy(global + 40, &i, 16);
    REQUIRE_FALSE(checker.checkRoot(&t.mixedT, global, "global main.g"));
    REQUIRE(violations.size() == 2);
    REQUIRE(violations[1].holder == nullptr);
    REQUIRE(reports[1].find("global main.g holds") != std::string::npos);
    REQUIRE(reports[1].find("prog.go:12:5") != std::string::npos);
    std::memset(global, 0, sizeof global);
    putPtr(global, heapNode);
    REQUIRE(checker.checkRoot(&t.mixedT, global, "global main.g"));

    // After release the same pointer is into released memory, still attributed to its site.
    putPtr(node, nullptr);
    arena.release(frame);
    FnRoots roots([&](Marker& m) { m.markPointer(bad); });
    heap.collect(roots);
    REQUIRE(violations.size() == 3);
    REQUIRE_FALSE(violations[2].target.live);
    REQUIRE(violations[2].target.siteId == 12);
    REQUIRE(reports[2].find("released frame-arena memory last allocated at prog.go:12:5") != std::string::npos);
    REQUIRE(checker.violations() == 3);

    checker.uninstall();
    heap.collect(roots);
    REQUIRE(violations.size() == 3);
}

TEST_CASE("check-arena: released large blocks stay recognisable", "[arena][check]") {
    Types t;
    Heap heap;
    FrameArena arena(ArenaConfig{.chunkBytes = 4096, .check = true});
    std::vector<ArenaViolation> violations;
    ArenaChecker checker(nullptr, [&](const ArenaViolation& v, const std::string& report) {
        violations.push_back(v);
        REQUIRE(report.find("released frame-arena memory last allocated at site 77") != std::string::npos);
    });
    checker.addArena(arena);
    checker.install(heap);
    FrameArena::Mark frame = arena.mark();
    auto* big = static_cast<uint8_t*>(arena.allocate(&t.intT, 1000, 77));
    arena.release(frame);
    REQUIRE(arena.owns(big + 100));  // quarantined
    auto* holder = heap.allocate(&t.ptrIntT);
    putPtr(holder, big + 100);
    FnRoots roots([&](Marker& m) { m.markPointer(holder); });
    heap.collect(roots);
    REQUIRE(violations.size() == 1);
    REQUIRE(violations[0].target.siteId == 77);
}

TEST_CASE("arena: describe and owns outside check mode", "[arena]") {
    Types t;
    FrameArena arena;
    FrameArena::Mark frame = arena.mark();
    arena.allocate(&t.intT, 1, 1);
    auto* p = static_cast<uint8_t*>(arena.allocate(&t.pairT, 1, 2));
    ArenaAddress address = arena.describe(p + 8);
    REQUIRE(address.inArena);
    REQUIRE(address.live);
    REQUIRE(address.siteKnown);
    REQUIRE(address.siteId == 2);
    int local = 0;
    REQUIRE_FALSE(arena.owns(&local));
    REQUIRE_FALSE(arena.describe(&local).inArena);
    arena.release(frame);
    address = arena.describe(p);
    REQUIRE(address.inArena);  // the chunk is kept
    REQUIRE_FALSE(address.live);
    REQUIRE_FALSE(address.siteKnown);  // only check mode remembers released sites
}

TEST_CASE("arena: verify notices a corrupted header", "[arena]") {
    Types t;
    FrameArena arena;
    arena.mark();
    arena.allocate(&t.intT, 1, 0);
    auto* p = static_cast<uint8_t*>(arena.allocate(&t.intT, 2, 0));
    arena.allocate(&t.intT, 1, 0);
    REQUIRE(verified(arena) == "ok");
    auto* header = reinterpret_cast<ObjectHeader*>(p) - 1;
    header->bits = uint64_t(3) << ObjectHeader::kCountShift;  // an overrun of the previous object would look like this
    REQUIRE(verified(arena).find("header says 24 payload bytes") != std::string::npos);
    header->bits = uint64_t(2) << ObjectHeader::kCountShift;
    REQUIRE(verified(arena) == "ok");
}

TEST_CASE("arena: two arenas do not interact", "[arena]") {
    Types t;
    FrameArena a, b;
    FrameArena::Mark ma = a.mark();
    void* p = a.allocate(&t.intT, 1, 0);
    FrameArena::Mark mb = b.mark();
    void* q = b.allocate(&t.intT, 1, 0);
    REQUIRE(a.owns(p));
    REQUIRE_FALSE(a.owns(q));
    REQUIRE(b.owns(q));
    b.release(mb);
    REQUIRE(a.stats().liveBytes == 32);
    REQUIRE(a.depth() == 1);
    a.release(ma);
}

TEST_CASE("arena: a random mark/allocate/reset/release sequence stays consistent", "[arena]") {
    Types t;
    Heap heap;
    FrameArena arena(ArenaConfig{.chunkBytes = 4096, .frameBudget = 20000, .spareChunks = 1, .poison = true});
    FrameArena::Mark base = arena.mark();
    std::vector<FrameArena::Mark> marks;
    uint64_t state = 12345;
    auto next = [&](uint64_t n) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return (state >> 33) % n;
    };
    for (int step = 0; step < 20000; ++step) {
        uint64_t op = next(10);
        if (op < 2) {
            marks.push_back(arena.mark());
        } else if (op < 4 && !marks.empty()) {
            size_t which = size_t(next(std::min<uint64_t>(marks.size(), 3)));
            arena.release(marks[marks.size() - 1 - which]);
            marks.resize(marks.size() - 1 - which);
        } else if (op == 4 && !marks.empty()) {
            arena.reset(marks.back());
        } else {
            uint64_t count = next(8) == 0 ? 200 + next(3000) : 1 + next(8);
            auto* p = static_cast<uint8_t*>(arena.allocate(&t.nodeT, count, uint32_t(op)));
            if (p != nullptr)
                putPtr(p, heap.allocate(&t.nodeT));  // arena -> heap
        }
        REQUIRE(arena.depth() == marks.size() + 1);
        if (step % 500 == 0) {
            REQUIRE(verified(arena) == "ok");
            collectArena(heap, arena);
            REQUIRE(heap.verify());
        }
    }
    arena.release(base);
    REQUIRE(arena.stats().liveBytes == 0);
    REQUIRE(verified(arena) == "ok");
}
