// Package unicode's natives (compiler/stdlib/unicode.go) and the C++ API of
// unicode.hpp. ASCII takes fast paths; everything else is a binary search in
// the generated tables (unicode_tables.cpp).
#include "runtime/lib/unicode.hpp"

#include <cstring>
#include <iterator>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {

bool inTable(const RuneTable& table, int32_t r) {
    size_t lo = 0, hi = table.count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const RuneRange& range = table.ranges[mid];
        if (r < range.lo)
            hi = mid;
        else if (r > range.hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool isLetter(int32_t r) {
    if (uint32_t(r) < 0x80) return (uint32_t(r) | 0x20) - 'a' < 26;
    return inTable(unicodeTables().letter, r);
}

bool isUpper(int32_t r) {
    if (uint32_t(r) < 0x80) return uint32_t(r) - 'A' < 26;
    return inTable(unicodeTables().upper, r);
}

bool isLower(int32_t r) {
    if (uint32_t(r) < 0x80) return uint32_t(r) - 'a' < 26;
    return inTable(unicodeTables().lower, r);
}

bool isTitle(int32_t r) { return inTable(unicodeTables().title, r); }

bool isDigit(int32_t r) {
    if (uint32_t(r) < 0x80) return uint32_t(r) - '0' < 10;
    return inTable(unicodeTables().digit, r);
}

bool isSpace(int32_t r) {
    if (uint32_t(r) <= 0xFF) {
        switch (r) {
            case '\t':
            case '\n':
            case '\v':
            case '\f':
            case '\r':
            case ' ':
            case 0x85:
            case 0xA0: return true;
            default: return false;
        }
    }
    return inTable(unicodeTables().space, r);
}

int32_t toCase(int c, int32_t r) {
    if (c < 0 || c > 2) return kRuneError;
    const UnicodeTables& t = unicodeTables();
    size_t lo = 0, hi = t.caseRangeCount;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const CaseRange& cr = t.caseRanges[mid];
        if (cr.lo <= r && r <= cr.hi) {
            int32_t delta = cr.delta[c];
            // An alternating Upper/Lower run: even offsets are upper case.
            if (delta > kMaxRune) return cr.lo + (((r - cr.lo) & ~1) | (c & 1));
            return r + delta;
        }
        if (r < cr.lo)
            hi = mid;
        else
            lo = mid + 1;
    }
    return r;
}

int32_t toUpper(int32_t r) {
    if (r < 0x80) return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
    return toCase(0, r);
}

int32_t toLower(int32_t r) {
    if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
    return toCase(1, r);
}

int32_t toTitle(int32_t r) {
    if (r < 0x80) return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
    return toCase(2, r);
}

int32_t simpleFold(int32_t r) {
    if (r < 0 || r > kMaxRune) return r;
    const UnicodeTables& t = unicodeTables();
    size_t lo = 0, hi = t.foldExceptionCount;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t.foldExceptions[mid].from < r)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < t.foldExceptionCount && t.foldExceptions[lo].from == r) return t.foldExceptions[lo].to;
    int32_t l = toLower(r);
    return l != r ? l : toUpper(r);
}

namespace {

using RunePredicate = bool (*)(int32_t);

template <RunePredicate pred>
void predicateNative(NativeContext&, const Slot* args, Slot* results) {
    results[0].i = pred(int32_t(args[0].i));
}

template <const RuneTable UnicodeTables::*table>
bool tablePredicate(int32_t r) {
    return inTable(unicodeTables().*table, r);
}

// unicode.IsPrint: Go's printable set is the graphic set minus the spaces,
// except U+0020.
bool isPrintRune(int32_t r) { return inTable(unicodeTables().print, r); }

template <int32_t (*map)(int32_t)>
void mapNative(NativeContext&, const Slot* args, Slot* results) {
    results[0].i = map(int32_t(args[0].i));
}

// To(_case int, r rune) rune
void to(NativeContext&, const Slot* args, Slot* results) {
    int64_t c = args[0].i;
    results[0].i = c < 0 || c > 2 ? kRuneError : toCase(int(c), int32_t(args[1].i));
}

// The table rangeTable(i) copies; null for an index the generated Go code
// never passes.
const GoRangeTable* goRangeTable(int64_t i) {
    size_t count = 0;
    const GoRangeTable* tables = goRangeTables(count);
    return i >= 0 && uint64_t(i) < count ? &tables[i] : nullptr;
}

// rangeTableSize(i int) (n16, n32, latinOffset int)
void rangeTableSize(NativeContext&, const Slot* args, Slot* results) {
    const GoRangeTable* t = goRangeTable(args[0].i);
    results[0].i = t ? t->n16 : 0;
    results[1].i = t ? t->n32 : 0;
    results[2].i = t ? t->latinOffset : 0;
}

// Writes `count` triples of `words` into `out`, each field of type Word
// (Range16 or Range32 in memory form: three packed fields).
template <typename Word>
void fillRanges(const uint32_t* words, int64_t count, void* out) {
    auto* fields = static_cast<Word*>(out);
    for (int64_t i = 0; i < 3 * count; ++i) fields[i] = Word(words[i]);
}

// fillRangeTable(i int, r16 []Range16, r32 []Range32)
void fillRangeTable(NativeContext&, const Slot* args, Slot*) {
    const GoRangeTable* t = goRangeTable(args[0].i);
    Slice r16 = argSlice(args, 1), r32 = argSlice(args, 4);
    if (!t || r16.len != int64_t(t->n16) || r32.len != int64_t(t->n32)) return;
    const uint32_t* words = goRangeWords() + t->first;
    fillRanges<uint16_t>(words, r16.len, r16.data);
    fillRanges<uint32_t>(words + 3 * t->n16, r32.len, r32.data);
}

// caseRangeCount() int
void caseRangeCount(NativeContext&, const Slot*, Slot* results) {
    results[0].i = int64_t(unicodeTables().caseRangeCount);
}

// fillCaseRanges(ranges []CaseRange): CaseRange is {Lo, Hi uint32; Delta
// [3]int32} in memory form, as CaseRange here.
void fillCaseRanges(NativeContext&, const Slot* args, Slot*) {
    Slice out = argSlice(args, 0);
    const UnicodeTables& t = unicodeTables();
    if (out.len != int64_t(t.caseRangeCount)) return;
    static_assert(sizeof(CaseRange) == 20);
    std::memcpy(out.data, t.caseRanges, sizeof(CaseRange) * t.caseRangeCount);
}

const NativeEntry kNatives[] = {
    {"unicode.rangeTableSize", rangeTableSize},
    {"unicode.fillRangeTable", fillRangeTable},
    {"unicode.caseRangeCount", caseRangeCount},
    {"unicode.fillCaseRanges", fillCaseRanges},
    {"unicode.IsDigit", predicateNative<isDigit>},
    {"unicode.IsGraphic", predicateNative<tablePredicate<&UnicodeTables::graphic>>},
    {"unicode.IsLetter", predicateNative<isLetter>},
    {"unicode.IsLower", predicateNative<isLower>},
    {"unicode.IsMark", predicateNative<tablePredicate<&UnicodeTables::mark>>},
    {"unicode.IsNumber", predicateNative<tablePredicate<&UnicodeTables::number>>},
    {"unicode.IsPrint", predicateNative<isPrintRune>},
    {"unicode.IsPunct", predicateNative<tablePredicate<&UnicodeTables::punct>>},
    {"unicode.IsSpace", predicateNative<isSpace>},
    {"unicode.IsSymbol", predicateNative<tablePredicate<&UnicodeTables::symbol>>},
    {"unicode.IsTitle", predicateNative<isTitle>},
    {"unicode.IsUpper", predicateNative<isUpper>},
    {"unicode.To", to},
    {"unicode.ToLower", mapNative<toLower>},
    {"unicode.ToTitle", mapNative<toTitle>},
    {"unicode.ToUpper", mapNative<toUpper>},
    {"unicode.SimpleFold", mapNative<simpleFold>},
};

}  // namespace

NativeTable unicodeNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
