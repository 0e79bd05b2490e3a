// Package strconv's natives (compiler/stdlib/strconv.go) over the Go-exact
// conversions of runtime/strconv.hpp. Parsers return (value, status) with
// status = int(ParseStatus); strconv.go turns a status into Go's *NumError.
#include "runtime/strconv.hpp"

#include <iterator>
#include <string>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {
namespace {

static_assert(int(ParseStatus::Syntax) == 1 && int(ParseStatus::Range) == 2 && int(ParseStatus::InvalidBase) == 3 &&
              int(ParseStatus::InvalidBitSize) == 4);

// parseInt(s string, base int, bitSize int) (i int64, status int)
void parseIntNative(NativeContext&, const Slot* a, Slot* r) {
    int64_t v = 0;
    ParseStatus st = parseInt(argString(a, 0), int(a[2].i), int(a[3].i), v);
    r[0].i = v;
    r[1].i = int64_t(st);
}

void parseUintNative(NativeContext&, const Slot* a, Slot* r) {
    uint64_t v = 0;
    ParseStatus st = parseUint(argString(a, 0), int(a[2].i), int(a[3].i), v);
    r[0].u = v;
    r[1].i = int64_t(st);
}

void atoiNative(NativeContext&, const Slot* a, Slot* r) {
    int64_t v = 0;
    ParseStatus st = atoi(argString(a, 0), v);
    r[0].i = v;
    r[1].i = int64_t(st);
}

void parseFloatNative(NativeContext&, const Slot* a, Slot* r) {
    double v = 0;
    ParseStatus st = parseFloat(argString(a, 0), int(a[2].i), v);
    r[0].f = v;
    r[1].i = int64_t(st);
}

void checkBase(NativeContext& ctx, int64_t base) {
    if (base < 2 || base > 36) panicString(ctx, "strconv: illegal AppendInt/FormatInt base");
}

void formatIntNative(NativeContext& ctx, const Slot* a, Slot* r) {
    checkBase(ctx, a[1].i);
    std::string out;
    formatInt(out, a[0].i, int(a[1].i));
    setString(r, 0, makeString(ctx, out));
}

void formatUintNative(NativeContext& ctx, const Slot* a, Slot* r) {
    checkBase(ctx, a[1].i);
    std::string out;
    formatUint(out, a[0].u, int(a[1].i));
    setString(r, 0, makeString(ctx, out));
}

void itoa(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string out;
    formatInt(out, a[0].i, 10);
    setString(r, 0, makeString(ctx, out));
}

// FormatFloat(f float64, fmt byte, prec, bitSize int) string
void formatFloatNative(NativeContext& ctx, const Slot* a, Slot* r) {
    int64_t bitSize = a[3].i;
    if (bitSize != 32 && bitSize != 64) panicString(ctx, "strconv: illegal AppendFloat/FormatFloat bitSize");
    std::string out;
    int64_t prec = a[2].i;
    if (prec > 1 << 20) prec = 1 << 20;  // Go would allocate gigabytes; cap the digit count
    formatFloat(out, a[0].f, char(uint8_t(a[1].u)), int(prec < -1 ? -1 : prec), int(bitSize));
    setString(r, 0, makeString(ctx, out));
}

template <void (*quoteFn)(std::string&, std::string_view)>
void quoteString(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string out;
    quoteFn(out, argString(a, 0));
    setString(r, 0, makeString(ctx, out));
}

template <void (*quoteFn)(std::string&, int32_t)>
void quoteRuneNative(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string out;
    quoteFn(out, int32_t(a[0].i));
    setString(r, 0, makeString(ctx, out));
}

void canBackquoteNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = canBackquote(argString(a, 0)); }

void isPrintNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = isPrint(int32_t(a[0].i)); }

void isGraphicNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = isGraphic(int32_t(a[0].i)); }

// unquote(s string) (t string, ok bool)
void unquoteNative(NativeContext& ctx, const Slot* a, Slot* r) {
    std::string out;
    bool ok = unquote(argString(a, 0), out);
    setString(r, 0, ok ? makeString(ctx, out) : String{nullptr, 0});
    r[2].i = ok;
}

// unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)
void unquoteCharNative(NativeContext&, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0);
    int32_t value = 0;
    bool multibyte = false;
    std::string_view tail;
    bool ok = unquoteChar(s, char(uint8_t(a[2].u)), value, multibyte, tail);
    r[0].i = ok ? value : 0;
    r[1].i = ok && multibyte;
    // The tail is a suffix of s: share its bytes.
    setString(r, 2, ok ? substring(s, size_t(tail.data() - s.data()), tail.size()) : String{nullptr, 0});
    r[4].i = ok;
}

// quotedPrefix(s string) (prefix string, ok bool)
void quotedPrefixNative(NativeContext&, const Slot* a, Slot* r) {
    std::string_view s = argString(a, 0);
    std::string_view prefix;
    bool ok = quotedPrefix(s, prefix);
    setString(r, 0, ok ? substring(s, size_t(prefix.data() - s.data()), prefix.size()) : String{nullptr, 0});
    r[2].i = ok;
}

const NativeEntry kNatives[] = {
    {"strconv.parseInt", parseIntNative},
    {"strconv.parseUint", parseUintNative},
    {"strconv.atoi", atoiNative},
    {"strconv.parseFloat", parseFloatNative},
    {"strconv.FormatInt", formatIntNative},
    {"strconv.FormatUint", formatUintNative},
    {"strconv.Itoa", itoa},
    {"strconv.FormatFloat", formatFloatNative},
    {"strconv.Quote", quoteString<quote>},
    {"strconv.QuoteToASCII", quoteString<quoteToASCII>},
    {"strconv.QuoteToGraphic", quoteString<quoteToGraphic>},
    {"strconv.QuoteRune", quoteRuneNative<quoteRune>},
    {"strconv.QuoteRuneToASCII", quoteRuneNative<quoteRuneToASCII>},
    {"strconv.QuoteRuneToGraphic", quoteRuneNative<quoteRuneToGraphic>},
    {"strconv.CanBackquote", canBackquoteNative},
    {"strconv.IsPrint", isPrintNative},
    {"strconv.IsGraphic", isGraphicNative},
    {"strconv.unquote", unquoteNative},
    {"strconv.unquoteChar", unquoteCharNative},
    {"strconv.quotedPrefix", quotedPrefixNative},
};

}  // namespace

NativeTable strconvNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
