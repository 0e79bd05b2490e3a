// Private to the heap (heap.cpp, gc_mark.cpp): spans, size classes, the page
// table and the collector's state. See heap.hpp for the model.
#pragma once

#include <array>
#include <bit>
#include <chrono>
#include <cstdint>
#include <vector>

#include "runtime/heap.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define GOVM_HAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOVM_HAS_ASAN 1
#endif
#endif

#ifdef GOVM_HAS_ASAN
#include <sanitizer/asan_interface.h>
#define GOVM_ASAN_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define GOVM_ASAN_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define GOVM_ASAN_POISON(p, n) ((void)(p), (void)(n))
#define GOVM_ASAN_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace govm::rt {

#ifdef NDEBUG
constexpr bool kDebugPoison = false;
#else
constexpr bool kDebugPoison = true;
#endif

constexpr uint64_t kPageSize = 8192;
constexpr uint64_t kMaxSmallSize = 32768;  // header included
constexpr uint64_t kMaxObjectBytes = 1ull << 47;
constexpr unsigned char kPoisonByte = 0xdb;

struct SizeClass {
    uint32_t size;       // slot bytes, header included
    uint32_t spanBytes;  // bytes per span of this class
    uint32_t divMul;     // offset * divMul >> 32 == offset / size within a span (Go's divMagic)
};

// Go 1.19's size classes (runtime/sizeclasses.go): slot size and span bytes.
constexpr std::array<std::array<uint32_t, 2>, 68> kGoClasses{{
    {0, 0},         {8, 8192},      {16, 8192},     {24, 8192},     {32, 8192},     {48, 8192},
    {64, 8192},     {80, 8192},     {96, 8192},     {112, 8192},    {128, 8192},    {144, 8192},
    {160, 8192},    {176, 8192},    {192, 8192},    {208, 8192},    {224, 8192},    {240, 8192},
    {256, 8192},    {288, 8192},    {320, 8192},    {352, 8192},    {384, 8192},    {416, 8192},
    {448, 8192},    {480, 8192},    {512, 8192},    {576, 8192},    {640, 8192},    {704, 8192},
    {768, 8192},    {896, 8192},    {1024, 8192},   {1152, 8192},   {1280, 8192},   {1408, 16384},
    {1536, 8192},   {1792, 16384},  {2048, 8192},   {2304, 16384},  {2688, 8192},   {3072, 24576},
    {3200, 16384},  {3456, 24576},  {4096, 8192},   {4864, 24576},  {5376, 16384},  {6144, 24576},
    {6528, 32768},  {6784, 40960},  {6912, 49152},  {8192, 8192},   {9472, 57344},  {9728, 49152},
    {10240, 40960}, {10880, 32768}, {12288, 24576}, {13568, 40960}, {14336, 57344}, {16384, 16384},
    {18432, 73728}, {19072, 57344}, {20480, 40960}, {21760, 65536}, {24576, 24576}, {27264, 81920},
    {28672, 57344}, {32768, 32768},
}};
constexpr unsigned kNumSizeClasses = kGoClasses.size();

constexpr std::array<SizeClass, kNumSizeClasses> makeSizeClasses() {
    std::array<SizeClass, kNumSizeClasses> classes{};
    for (unsigned i = 1; i < kNumSizeClasses; ++i)
        classes[i] = {kGoClasses[i][0], kGoClasses[i][1], uint32_t(UINT32_MAX / kGoClasses[i][0] + 1)};
    return classes;
}
constexpr std::array<SizeClass, kNumSizeClasses> kSizeClasses = makeSizeClasses();

// Size -> class lookup, like Go's size_to_class8 / size_to_class128.
constexpr std::array<uint8_t, 1024 / 8 + 1> makeClass8() {
    std::array<uint8_t, 1024 / 8 + 1> table{};
    unsigned c = 1;
    for (unsigned i = 0; i < table.size(); ++i) {
        while (kGoClasses[c][0] < i * 8)
            ++c;
        table[i] = uint8_t(c);
    }
    return table;
}
constexpr std::array<uint8_t, (kMaxSmallSize - 1024) / 128 + 1> makeClass128() {
    std::array<uint8_t, (kMaxSmallSize - 1024) / 128 + 1> table{};
    unsigned c = 1;
    for (unsigned i = 0; i < table.size(); ++i) {
        while (kGoClasses[c][0] < 1024 + i * 128)
            ++c;
        table[i] = uint8_t(c);
    }
    return table;
}
constexpr auto kClass8 = makeClass8();
constexpr auto kClass128 = makeClass128();

inline unsigned sizeClassOf(uint64_t bytes) {
    if (bytes <= 1024)
        return kClass8[(bytes + 7) >> 3];
    return kClass128[(bytes - 1024 + 127) >> 7];
}

// A run of pages: either slots of one size class, or one large object.
struct Span {
    uint8_t* base;
    uint64_t bytes;
    uint32_t slotSize;   // 0 for a large object (its only slot is at base)
    uint32_t slotCount;
    uint32_t divMul;     // 0 for a large object, so every offset maps to slot 0
    uint8_t sizeClass;   // 0 = large

    uint64_t slotBytes() const { return sizeClass == 0 ? bytes : slotSize; }
};

// Page number (address / kPageSize) -> Span, open addressing with linear
// probing; page 0 marks an empty entry (nothing is ever allocated there).
class PageTable {
public:
    Span* find(uint64_t page) const {
        if (entries_.empty())
            return nullptr;
        size_t i = slotOf(page);
        const Entry& e = entries_[i];
        if (e.page == page)
            return e.span;
        if (e.page == 0)
            return nullptr;
        return findSlow(page, i);
    }
    void insert(uint64_t page, Span* span);
    void erase(uint64_t page);

private:
    struct Entry {
        uint64_t page;
        Span* span;
    };
    size_t slotOf(uint64_t page) const { return size_t((page * 0x9e3779b97f4a7c15ull) >> shift_); }
    Span* findSlow(uint64_t page, size_t i) const;
    void rehash(size_t capacity);

    std::vector<Entry> entries_;
    size_t mask_ = 0;
    int shift_ = 63;
    size_t used_ = 0;
};

inline uint64_t payloadBytes(const ObjectHeader* header) {
    uint64_t count = header->count();
    return header->kind() == ObjectKind::Values ? count * header->type->size : count;
}

struct Heap::Impl {
    Heap* heap = nullptr;
    PageTable pages;
    std::vector<Span*> spans;
    ObjectHeader* freeLists[kNumSizeClasses] = {};
    uintptr_t lo = UINTPTR_MAX;  // address range of all spans ever made: a cheap foreign-pointer filter
    uintptr_t hi = 0;
    uint64_t limit = UINT64_MAX;
    bool poison = false;
    uint64_t rngState = 0;
    HeapStats stats;
    std::function<void(const std::string&)> trace;
    std::chrono::steady_clock::time_point startTime;

    // Collection state.
    bool collecting = false;
    std::vector<ObjectHeader*> markStack;
    const ObjectHeader* scanning = nullptr;  // the heap object being scanned; null while scanning roots
    bool checkPointers = false;
    std::function<bool(const void*)> checkForbidden;
    std::function<void(const ObjectHeader*, const void*)> checkReport;
    uint64_t markedBytes = 0;
    uint64_t markedObjects = 0;

    void pace(uint64_t live);
    void emitTrace(uint64_t before, double pauseNs, std::chrono::steady_clock::time_point now);

    void* allocSpanMemory(uint64_t bytes);
    void registerSpan(Span* span);
    ObjectHeader* refill(unsigned sizeClass);
    ObjectHeader* newLargeSpan(uint64_t bytes);
    void releaseSpan(Span* span, bool unregister);
    void freeSlot(ObjectHeader* header, uint64_t slotBytes);
    void sweep(uint64_t retainBudget);
    uint32_t sweepSpan(Span* span, ObjectHeader*& first, ObjectHeader*& last);
    ObjectHeader* resolve(const void* p) const;

    // gc_mark.cpp
    void markPointer(const void* p) {
        if (__builtin_expect(checkPointers, 0) && scanning != nullptr && checkForbidden(p))
            checkReport(scanning, p);
        markResolved(p);
    }
    void markResolved(const void* p);
    void scanValue(Marker& marker, const TypeDesc* t, const uint8_t* addr);
    void scanObject(Marker& marker, ObjectHeader* header);
    void drain(Marker& marker);
};

}  // namespace govm::rt
