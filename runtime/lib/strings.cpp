// Package strings' natives (compiler/stdlib/strings.go). Each function keeps
// Go 1.19's observable behaviour: results that are substrings of an argument
// share its bytes (as Go slicing does), Split's result has Go's capacity,
// invalid UTF-8 decodes as RuneError of width 1, and case mapping follows
// strings.Map (an invalid byte becomes U+FFFD once the string is rebuilt).
#include <iterator>
#include <string>
#include <vector>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"
#include "runtime/lib/unicode.hpp"

namespace govm::rt::lib {
namespace {

int64_t indexOf(std::string_view s, std::string_view sub) {
    size_t i = s.find(sub);
    return i == std::string_view::npos ? -1 : int64_t(i);
}

int64_t indexRune(std::string_view s, int32_t r) {
    if (0 <= r && r < kRuneSelf) return indexOf(s, std::string_view(reinterpret_cast<const char*>(&r), 1));
    if (r == kRuneError) {
        for (size_t i = 0; i < s.size();) {
            DecodedRune d = decodeRune(s, i);
            if (d.rune == kRuneError) return int64_t(i);
            i += size_t(d.size);
        }
        return -1;
    }
    if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF) || r < 0) return -1;
    std::string enc;
    appendRune(enc, r);
    return indexOf(s, enc);
}

int64_t count(std::string_view s, std::string_view sub) {
    if (sub.empty()) return runeCount(s) + 1;
    int64_t n = 0;
    for (size_t i = s.find(sub); i != std::string_view::npos; i = s.find(sub, i + sub.size())) ++n;
    return n;
}

// A Go string holding a copy of `bytes`.
String newStr(NativeContext& ctx, std::string_view bytes) { return makeString(ctx, bytes); }

// Limits a result size the way Go's makeslice does before we allocate it.
void checkResultSize(NativeContext& ctx, uint64_t n) {
    if (n > (uint64_t(1) << 40)) ctx.panicRuntimeError("makeslice: len out of range");
}

// make([]string, n): non-nil even when empty, as in Go.
Slice newStrings(NativeContext& ctx, size_t n) {
    void* data = ctx.allocate(ctx.typeOf("string"), n);
    return {data, int64_t(n), int64_t(n)};
}

void setStringAt(Slice& list, size_t i, String s) { static_cast<String*>(list.data)[i] = s; }

// strings.Map over a C++ mapping; shares s when nothing changes.
template <typename MapFn>
String mapRunes(NativeContext& ctx, std::string_view s, MapFn mapping) {
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decodeRune(s, i);
        int32_t r = mapping(d.rune);
        bool same = r == d.rune && !(d.rune == kRuneError && d.size == 1);
        if (!same && !changed) {
            out.reserve(s.size() + 4);
            out.append(s.substr(0, i));
            changed = true;
        }
        if (changed && r >= 0) appendRune(out, r);
        i += size_t(d.size);
    }
    if (!changed) return substring(s, 0, s.size());
    return newStr(ctx, out);
}

// ---- natives ----

void contains(NativeContext&, const Slot* a, Slot* r) { r[0].i = indexOf(argString(a, 0), argString(a, 2)) >= 0; }

int64_t indexAny(std::string_view s, std::string_view chars) {
    if (chars.empty()) return -1;
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decodeRune(s, i);
        if (indexRune(chars, d.rune) >= 0) return int64_t(i);
        i += size_t(d.size);
    }
    return -1;
}

int64_t lastIndexAny(std::string_view s, std::string_view chars) {
    if (chars.empty()) return -1;
    for (size_t i = s.size(); i > 0;) {
        DecodedRune d = decodeLastRune(s, i);
        i -= size_t(d.size);
        if (indexRune(chars, d.rune) >= 0) return int64_t(i);
    }
    return -1;
}

void containsAny(NativeContext&, const Slot* a, Slot* r) { r[0].i = indexAny(argString(a, 0), argString(a, 2)) >= 0; }

void containsRune(NativeContext&, const Slot* a, Slot* r) {
    r[0].i = indexRune(argString(a, 0), int32_t(a[2].i)) >= 0;
}

void countNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = count(argString(a, 0), argString(a, 2)); }

bool equalFold(std::string_view s, std::string_view t) {
    size_t i = 0, j = 0;
    while (i < s.size() && j < t.size()) {
        DecodedRune ds = decodeRune(s, i);
        DecodedRune dt = decodeRune(t, j);
        i += size_t(ds.size);
        j += size_t(dt.size);
        int32_t sr = ds.rune, tr = dt.rune;
        if (sr == tr) continue;
        if (tr < sr) std::swap(sr, tr);
        if (tr < kRuneSelf) {
            if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
            return false;
        }
        // General case: SimpleFold(x) returns the next equivalent rune > x or
        // wraps around to smaller values.
        int32_t f = simpleFold(sr);
        while (f != sr && f < tr) f = simpleFold(f);
        if (f == tr) continue;
        return false;
    }
    return s.substr(i) == t.substr(j);
}

void equalFoldNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = equalFold(argString(a, 0), argString(a, 2)); }

void fields(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0);
    std::vector<std::pair<size_t, size_t>> spans;
    size_t start = 0;
    bool inField = false;
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decodeRune(s, i);
        bool space = isSpace(d.rune);
        if (space && inField) {
            spans.emplace_back(start, i);
            inField = false;
        } else if (!space && !inField) {
            start = i;
            inField = true;
        }
        i += size_t(d.size);
    }
    if (inField) spans.emplace_back(start, s.size());
    Slice out = newStrings(ctx, spans.size());
    for (size_t k = 0; k < spans.size(); ++k)
        setStringAt(out, k, substring(s, spans[k].first, spans[k].second - spans[k].first));
    setSlice(r, 0, out);
}

void index(NativeContext&, const Slot* a, Slot* r) { r[0].i = indexOf(argString(a, 0), argString(a, 2)); }

void indexAnyNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = indexAny(argString(a, 0), argString(a, 2)); }

void indexByte(NativeContext&, const Slot* a, Slot* r) {
    size_t i = argString(a, 0).find(char(uint8_t(a[2].u)));
    r[0].i = i == std::string_view::npos ? -1 : int64_t(i);
}

void indexRuneNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = indexRune(argString(a, 0), int32_t(a[2].i)); }

// Join(elems []string, sep string) string
void join(NativeContext& ctx, const Slot* a, Slot* r) {
    Slice elems = argSlice(a, 0);
    std::string_view sep = argString(a, 3);
    const auto* list = static_cast<const String*>(elems.data);
    if (elems.len == 0) {
        setString(r, 0, {nullptr, 0});
        return;
    }
    if (elems.len == 1) {
        setString(r, 0, list[0]);
        return;
    }
    uint64_t n = sep.size() * uint64_t(elems.len - 1);
    for (int64_t i = 0; i < elems.len; ++i) n += uint64_t(list[i].len);
    checkResultSize(ctx, n);
    std::string out;
    out.reserve(n);
    for (int64_t i = 0; i < elems.len; ++i) {
        if (i > 0) out += sep;
        out += list[i].view();
    }
    setString(r, 0, newStr(ctx, out));
}

void lastIndex(NativeContext&, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0), sub = argString(a, 2);
    size_t i = s.rfind(sub);
    r[0].i = i == std::string_view::npos ? -1 : int64_t(i);
}

void lastIndexAnyNative(NativeContext&, const Slot* a, Slot* r) {
    r[0].i = lastIndexAny(argString(a, 0), argString(a, 2));
}

void lastIndexByte(NativeContext&, const Slot* a, Slot* r) {
    size_t i = argString(a, 0).rfind(char(uint8_t(a[2].u)));
    r[0].i = i == std::string_view::npos ? -1 : int64_t(i);
}

// Repeat(s string, count int) string
void repeat(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0);
    int64_t n = a[2].i;
    if (n == 0) {
        setString(r, 0, {nullptr, 0});
        return;
    }
    if (n < 0) panicString(ctx, "strings: negative Repeat count");
    unsigned __int128 total = (unsigned __int128)s.size() * uint64_t(n);
    if (total > uint64_t(INT64_MAX)) panicString(ctx, "strings: Repeat count causes overflow");
    checkResultSize(ctx, uint64_t(total));
    std::string out;
    out.reserve(size_t(total));
    for (int64_t i = 0; i < n; ++i) out += s;
    setString(r, 0, newStr(ctx, out));
}

// Replace(s, old, new string, n int) string
void replace(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0), from = argString(a, 2), to = argString(a, 4);
    int64_t n = a[6].i;
    int64_t m = from == to || n == 0 ? 0 : count(s, from);
    if (m == 0) {
        setString(r, 0, substring(s, 0, s.size()));
        return;
    }
    if (n < 0 || m < n) n = m;
    checkResultSize(ctx, s.size() + uint64_t(n) * to.size());
    std::string out;
    size_t start = 0;
    for (int64_t i = 0; i < n; ++i) {
        size_t j = start;
        if (from.empty()) {
            if (i > 0) j += size_t(decodeRune(s, start).size);
        } else {
            j = s.find(from, start);
        }
        out.append(s.substr(start, j - start));
        out += to;
        start = j + from.size();
    }
    out.append(s.substr(start));
    setString(r, 0, newStr(ctx, out));
}

// strings.genSplit: the result's capacity is Go's n.
Slice genSplit(NativeContext& ctx, std::string_view s, std::string_view sep, size_t sepSave, int64_t n) {
    if (n == 0) return {nullptr, 0, 0};
    if (sep.empty()) {
        // explode: one string per UTF-8 sequence; an invalid byte becomes
        // "\uFFFD" (but not in the unsplit remainder), as in Go.
        int64_t l = runeCount(s);
        if (n < 0 || n > l) n = l;
        Slice out = newStrings(ctx, size_t(n));
        size_t pos = 0;
        for (int64_t i = 0; i < n - 1; ++i) {
            DecodedRune d = decodeRune(s, pos);
            size_t size = size_t(d.size);
            setStringAt(out, size_t(i), d.rune == kRuneError ? makeString(ctx, "\xEF\xBF\xBD") : substring(s, pos, size));
            pos += size;
        }
        if (n > 0) setStringAt(out, size_t(n - 1), substring(s, pos, s.size() - pos));
        return out;
    }
    if (n < 0) n = count(s, sep) + 1;
    if (n > int64_t(s.size()) + 1) n = int64_t(s.size()) + 1;
    Slice out = newStrings(ctx, size_t(n));
    --n;
    int64_t i = 0;
    size_t pos = 0;
    while (i < n) {
        size_t m = s.find(sep, pos);
        if (m == std::string_view::npos) break;
        setStringAt(out, size_t(i), substring(s, pos, m - pos + sepSave));
        pos = m + sep.size();
        ++i;
    }
    setStringAt(out, size_t(i), substring(s, pos, s.size() - pos));
    out.len = i + 1;
    return out;
}

void splitN(NativeContext& ctx, const Slot* a, Slot* r) {
    setSlice(r, 0, genSplit(ctx, argString(a, 0), argString(a, 2), 0, a[4].i));
}

void splitAfterN(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string_view sep = argString(a, 2);
    setSlice(r, 0, genSplit(ctx, argString(a, 0), sep, sep.size(), a[4].i));
}

// strings.Title's word boundary rule.
bool isSeparator(int32_t r) {
    if (r <= 0x7F) {
        if (('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_') return false;
        return true;
    }
    if (isLetter(r) || isDigit(r)) return false;
    return isSpace(r);
}

void title(NativeContext& ctx, const Slot* a, Slot* r) {
    int32_t prev = ' ';
    setString(r, 0, mapRunes(ctx, argString(a, 0), [&prev](int32_t c) {
                  int32_t out = isSeparator(prev) ? toTitle(c) : c;
                  prev = c;
                  return out;
              }));
}

void toLowerNative(NativeContext& ctx, const Slot* a, Slot* r) {
    setString(r, 0, mapRunes(ctx, argString(a, 0), toLower));
}

void toUpperNative(NativeContext& ctx, const Slot* a, Slot* r) {
    setString(r, 0, mapRunes(ctx, argString(a, 0), toUpper));
}

void toTitleNative(NativeContext& ctx, const Slot* a, Slot* r) {
    setString(r, 0, mapRunes(ctx, argString(a, 0), toTitle));
}

// ToValidUTF8(s, replacement string) string: each run of invalid bytes
// becomes one replacement.
void toValidUTF8(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0), replacement = argString(a, 2);
    if (validUtf8(s)) {
        setString(r, 0, substring(s, 0, s.size()));
        return;
    }
    std::string out;
    bool invalid = false;  // previous byte was from an invalid UTF-8 sequence
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decodeRune(s, i);
        if (d.rune == kRuneError && d.size == 1) {
            ++i;
            if (!invalid) {
                invalid = true;
                out += replacement;
            }
            continue;
        }
        invalid = false;
        out.append(s.substr(i, size_t(d.size)));
        i += size_t(d.size);
    }
    setString(r, 0, newStr(ctx, out));
}

size_t trimLeftEnd(std::string_view s, std::string_view cutset) {
    size_t i = 0;
    while (i < s.size()) {
        DecodedRune d = decodeRune(s, i);
        if (indexRune(cutset, d.rune) < 0) break;
        i += size_t(d.size);
    }
    return i;
}

size_t trimRightEnd(std::string_view s, size_t begin, std::string_view cutset) {
    size_t end = s.size();
    while (end > begin) {
        DecodedRune d = decodeLastRune(s.substr(begin), end - begin);
        if (indexRune(cutset, d.rune) < 0) break;
        end -= size_t(d.size);
    }
    return end;
}

void trim(NativeContext&, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0), cutset = argString(a, 2);
    size_t begin = cutset.empty() ? 0 : trimLeftEnd(s, cutset);
    size_t end = cutset.empty() ? s.size() : trimRightEnd(s, begin, cutset);
    setString(r, 0, substring(s, begin, end - begin));
}

void trimLeft(NativeContext&, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0), cutset = argString(a, 2);
    size_t begin = cutset.empty() ? 0 : trimLeftEnd(s, cutset);
    setString(r, 0, substring(s, begin, s.size() - begin));
}

void trimRight(NativeContext&, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0), cutset = argString(a, 2);
    size_t end = cutset.empty() ? s.size() : trimRightEnd(s, 0, cutset);
    setString(r, 0, substring(s, 0, end));
}

void trimSpace(NativeContext&, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0);
    size_t begin = 0;
    while (begin < s.size()) {
        DecodedRune d = decodeRune(s, begin);
        if (!isSpace(d.rune)) break;
        begin += size_t(d.size);
    }
    size_t end = s.size();
    while (end > begin) {
        DecodedRune d = decodeLastRune(s.substr(begin), end - begin);
        if (!isSpace(d.rune)) break;
        end -= size_t(d.size);
    }
    setString(r, 0, substring(s, begin, end - begin));
}

// builderAddress(b *Builder) uintptr: Builder's copy check compares
// addresses only; objects do not move, in the heap or in a frame arena.
void builderAddress(NativeContext&, const Slot* args, Slot* results) { results[0].u = args[0].u; }

const NativeEntry kNatives[] = {
    {"strings.builderAddress", builderAddress},
    {"strings.Contains", contains},
    {"strings.ContainsAny", containsAny},
    {"strings.ContainsRune", containsRune},
    {"strings.Count", countNative},
    {"strings.EqualFold", equalFoldNative},
    {"strings.Fields", fields},
    {"strings.Index", index},
    {"strings.IndexAny", indexAnyNative},
    {"strings.IndexByte", indexByte},
    {"strings.IndexRune", indexRuneNative},
    {"strings.Join", join},
    {"strings.LastIndex", lastIndex},
    {"strings.LastIndexAny", lastIndexAnyNative},
    {"strings.LastIndexByte", lastIndexByte},
    {"strings.Repeat", repeat},
    {"strings.Replace", replace},
    {"strings.SplitAfterN", splitAfterN},
    {"strings.SplitN", splitN},
    {"strings.Title", title},
    {"strings.ToLower", toLowerNative},
    {"strings.ToTitle", toTitleNative},
    {"strings.ToUpper", toUpperNative},
    {"strings.ToValidUTF8", toValidUTF8},
    {"strings.Trim", trim},
    {"strings.TrimLeft", trimLeft},
    {"strings.TrimRight", trimRight},
    {"strings.TrimSpace", trimSpace},
};

}  // namespace

NativeTable stringsNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
