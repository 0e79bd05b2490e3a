// Implementation of runtime/strconv.hpp. See the header for the contract;
// each section names the Go source file it ports.
#include "runtime/strconv.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace govm::rt {
namespace {

constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";
constexpr char kDigits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr char kLowerDigits[] = "0123456789abcdefx";  // fmt's ldigits
constexpr char kUpperDigits[] = "0123456789ABCDEFX";  // fmt's udigits
constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;
constexpr uint8_t kRuneSelf = 0x80;

uint8_t lowerByte(uint8_t c) { return uint8_t(c | ('x' - 'X')); }

// ---- UTF-8, with unicode/utf8 semantics ----

struct DecodedRune {
    int32_t rune;
    int size;
};

bool inRange(std::string_view s, size_t i, uint8_t lo, uint8_t hi) {
    return i < s.size() && uint8_t(s[i]) >= lo && uint8_t(s[i]) <= hi;
}

// utf8.DecodeRuneInString: (RuneError, 0) for "", (RuneError, 1) for invalid.
DecodedRune decodeRune(std::string_view s) {
    if (s.empty()) return {kRuneError, 0};
    uint8_t c0 = uint8_t(s[0]);
    if (c0 < kRuneSelf) return {c0, 1};
    if (c0 < 0xC2 || c0 > 0xF4) return {kRuneError, 1};
    auto cont = [&](size_t i) { return int32_t(uint8_t(s[i]) & 0x3F); };
    if (c0 < 0xE0) {
        if (!inRange(s, 1, 0x80, 0xBF)) return {kRuneError, 1};
        return {int32_t(c0 & 0x1F) << 6 | cont(1), 2};
    }
    if (c0 < 0xF0) {
        uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80;
        uint8_t hi = c0 == 0xED ? 0x9F : 0xBF;
        if (!inRange(s, 1, lo, hi) || !inRange(s, 2, 0x80, 0xBF)) return {kRuneError, 1};
        return {int32_t(c0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3};
    }
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80;
    uint8_t hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (!inRange(s, 1, lo, hi) || !inRange(s, 2, 0x80, 0xBF) || !inRange(s, 3, 0x80, 0xBF)) return {kRuneError, 1};
    return {int32_t(c0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4};
}

bool validRune(int32_t r) { return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= kMaxRune); }

// utf8.EncodeRune: invalid runes encode as U+FFFD.
void encodeRune(std::string& out, int32_t r) {
    uint32_t u = uint32_t(r);
    if (u < 0x80) {
        out += char(u);
        return;
    }
    if (u < 0x800) {
        out += char(0xC0 | (u >> 6));
        out += char(0x80 | (u & 0x3F));
        return;
    }
    if (!validRune(r)) u = kRuneError;
    if (u < 0x10000) {
        out += char(0xE0 | (u >> 12));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
        return;
    }
    out += char(0xF0 | (u >> 18));
    out += char(0x80 | ((u >> 12) & 0x3F));
    out += char(0x80 | ((u >> 6) & 0x3F));
    out += char(0x80 | (u & 0x3F));
}

size_t runeCount(std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); n++) i += uint8_t(s[i]) < kRuneSelf ? 1 : size_t(decodeRune(s.substr(i)).size);
    return n;
}

bool validUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decodeRune(s.substr(i));
        if (d.rune == kRuneError && d.size == 1) return false;
        i += size_t(d.size);
    }
    return true;
}

// ---- integer formatting (strconv/itoa.go formatBits) ----

void formatBits(std::string& out, uint64_t u, int base, bool neg) {
    if (base < 2 || base > 36) return;
    char buf[65];
    size_t i = sizeof(buf);
    uint64_t b = uint64_t(base);
    while (u >= b) {
        buf[--i] = kDigits36[u % b];
        u /= b;
    }
    buf[--i] = kDigits36[u];
    if (neg) buf[--i] = '-';
    out.append(buf + i, sizeof(buf) - i);
}

// ---- float formatting (strconv/ftoa.go) ----

struct FloatInfo {
    unsigned mantbits;
    unsigned expbits;
    int bias;
};

constexpr FloatInfo kFloat32Info{23, 8, -127};
constexpr FloatInfo kFloat64Info{52, 11, -1023};

// Decimal digits d[0:nd] with the decimal point at dp (value 0.d * 10^dp).
// Trailing zeros are trimmed; zero has nd == 0 and dp == 0.
struct DecimalSlice {
    const char* d;
    int nd;
    int dp;
};

// Scratch space for std::to_chars output: on the stack unless a huge
// precision is requested.
class DigitBuffer {
public:
    char* get(size_t n) {
        if (n <= sizeof(small)) return small;
        big.resize(n);
        return big.data();
    }

private:
    char small[160];
    std::string big;
};

DecimalSlice trimmed(const char* d, int nd, int dp) {
    while (nd > 0 && d[nd - 1] == '0') nd--;
    if (nd == 0) dp = 0;
    return {d, nd, dp};
}

// Parses to_chars scientific output "d[.ddd]e±XX" in place.
DecimalSlice fromScientific(char* first, char* last) {
    char* e = std::find(first, last, 'e');
    const char* expStart = e + 1;
    if (*expStart == '+') expStart++;
    int exp10 = 0;
    std::from_chars(expStart, last, exp10);
    char* d = first;
    int nd = 1;
    if (e - first > 1) {
        first[1] = first[0];  // overwrite '.' so the digits are contiguous
        d = first + 1;
        nd = int(e - d);
    }
    return trimmed(d, nd, exp10 + 1);
}

// Parses to_chars fixed output "iii[.fff]" in place.
DecimalSlice fromFixed(char* first, char* last) {
    char* dot = std::find(first, last, '.');
    int dp = int(dot - first);
    if (dot != last) {
        std::memmove(first + 1, first, size_t(dp));
        first++;
    }
    while (first < last && *first == '0') {
        first++;
        dp--;
    }
    return trimmed(first, int(last - first), dp);
}

// Shortest digits that round-trip (v >= 0).
template <typename T>
DecimalSlice shortestDigits(DigitBuffer& buf, T v) {
    char* p = buf.get(48);
    auto res = std::to_chars(p, p + 48, v, std::chars_format::scientific);
    return fromScientific(p, res.ptr);
}

// Correctly rounded digits: `digits` significant digits (v >= 0).
DecimalSlice significantDigits(DigitBuffer& buf, double v, int digits) {
    size_t n = size_t(digits) + 16;
    char* p = buf.get(n);
    auto res = std::to_chars(p, p + n, v, std::chars_format::scientific, digits - 1);
    return fromScientific(p, res.ptr);
}

// Correctly rounded digits with `prec` digits after the point (v >= 0).
DecimalSlice fractionDigits(DigitBuffer& buf, double v, int prec) {
    size_t n = size_t(prec) + 330;
    char* p = buf.get(n);
    auto res = std::to_chars(p, p + n, v, std::chars_format::fixed, prec);
    return fromFixed(p, res.ptr);
}

void appendExponentDigits(std::string& out, int exp) {
    if (exp < 10) {
        out += '0';
        out += char('0' + exp);
    } else if (exp < 100) {
        out += char('0' + exp / 10);
        out += char('0' + exp % 10);
    } else {
        out += char('0' + exp / 100);
        out += char('0' + exp / 10 % 10);
        out += char('0' + exp % 10);
    }
}

// %e: -d.ddddde±dd
void fmtE(std::string& out, bool neg, const DecimalSlice& d, int prec, char fmt) {
    if (neg) out += '-';
    out += d.nd != 0 ? d.d[0] : '0';
    if (prec > 0) {
        out += '.';
        int i = 1;
        int m = std::min(d.nd, prec + 1);
        if (i < m) {
            out.append(d.d + i, size_t(m - i));
            i = m;
        }
        out.append(size_t(std::max(prec + 1 - i, 0)), '0');
    }
    out += fmt;
    int exp = d.nd == 0 ? 0 : d.dp - 1;
    out += exp < 0 ? '-' : '+';
    appendExponentDigits(out, exp < 0 ? -exp : exp);
}

// %f: -ddddddd.ddddd
void fmtF(std::string& out, bool neg, const DecimalSlice& d, int prec) {
    if (neg) out += '-';
    if (d.dp > 0) {
        int m = std::min(d.nd, d.dp);
        out.append(d.d, size_t(m));
        out.append(size_t(d.dp - m), '0');
    } else {
        out += '0';
    }
    if (prec > 0) {
        out += '.';
        for (int i = 0; i < prec; i++) {
            int j = d.dp + i;
            out += 0 <= j && j < d.nd ? d.d[j] : '0';
        }
    }
}

void formatDigits(std::string& out, bool shortest, bool neg, const DecimalSlice& digs, int prec, char fmt) {
    switch (fmt) {
        case 'e':
        case 'E': fmtE(out, neg, digs, prec, fmt); return;
        case 'f': fmtF(out, neg, digs, prec); return;
        default:  // 'g', 'G'
            break;
    }
    // %e is used if the exponent from the conversion is less than -4 or
    // greater than or equal to the precision (6 for shortest).
    int eprec = prec;
    if (eprec > digs.nd && digs.nd >= digs.dp) eprec = digs.nd;
    if (shortest) eprec = 6;
    int exp = digs.dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > digs.nd) prec = digs.nd;
        fmtE(out, neg, digs, prec - 1, char(fmt + 'e' - 'g'));
        return;
    }
    if (prec > digs.dp) prec = digs.nd;
    fmtF(out, neg, digs, std::max(prec - digs.dp, 0));
}

// %b: -ddddddddp±ddd
void fmtB(std::string& out, bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
    if (neg) out += '-';
    formatBits(out, mant, 10, false);
    out += 'p';
    exp -= int(flt.mantbits);
    if (exp >= 0) out += '+';
    formatBits(out, exp < 0 ? uint64_t(-int64_t(exp)) : uint64_t(exp), 10, exp < 0);
}

// %x: -0x1.yyyyyyyyp±ddd or -0x0p+0.
void fmtX(std::string& out, int prec, char fmt, bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
    constexpr uint64_t kBit60 = uint64_t(1) << 60;
    if (mant == 0) exp = 0;
    // Shift digits so leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - flt.mantbits;
    while (mant != 0 && (mant & kBit60) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = unsigned(prec * 4);
        uint64_t extra = (mant << shift) & (kBit60 - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & (uint64_t(1) << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char* hex = fmt == 'X' ? kUpperHex : kLowerHex;
    if (neg) out += '-';
    out += '0';
    out += fmt;
    out += char('0' + ((mant >> 60) & 1));
    mant <<= 4;  // remove leading 0 or 1
    if (prec < 0 && mant != 0) {
        out += '.';
        for (; mant != 0; mant <<= 4) out += hex[(mant >> 60) & 15];
    } else if (prec > 0) {
        out += '.';
        for (int i = 0; i < prec; i++, mant <<= 4) out += hex[(mant >> 60) & 15];
    }
    out += fmt == char(lowerByte(uint8_t(fmt))) ? 'p' : 'P';
    out += exp < 0 ? '-' : '+';
    if (exp < 0) exp = -exp;
    if (exp >= 1000) out += char('0' + exp / 1000);
    if (exp >= 100) out += char('0' + exp / 100 % 10);
    out += char('0' + exp / 10 % 10);
    out += char('0' + exp % 10);
}

bool isDecimalFormat(char fmt) { return fmt == 'e' || fmt == 'E' || fmt == 'f' || fmt == 'g' || fmt == 'G'; }

}  // namespace

// ---- strconv/itoa.go, atob.go ----

void formatInt(std::string& out, int64_t v, int base) {
    bool neg = v < 0;
    formatBits(out, neg ? 0 - uint64_t(v) : uint64_t(v), base, neg);
}

void formatUint(std::string& out, uint64_t v, int base) { formatBits(out, v, base, false); }

void formatBool(std::string& out, bool b) { out += b ? "true" : "false"; }

// ---- strconv/ftoa.go ----

void formatFloat(std::string& out, double v, char fmt, int prec, int bitSize) {
    const bool is32 = bitSize == 32;
    const FloatInfo& flt = is32 ? kFloat32Info : kFloat64Info;
    const float v32 = is32 ? static_cast<float>(v) : 0.0f;
    const uint64_t bits = is32 ? uint64_t(std::bit_cast<uint32_t>(v32)) : std::bit_cast<uint64_t>(v);

    const bool neg = (bits >> (flt.expbits + flt.mantbits)) != 0;
    int exp = int(bits >> flt.mantbits) & ((1 << flt.expbits) - 1);
    uint64_t mant = bits & ((uint64_t(1) << flt.mantbits) - 1);

    if (exp == (1 << flt.expbits) - 1) {
        out += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
        return;
    }
    if (exp == 0)
        exp++;  // denormalized
    else
        mant |= uint64_t(1) << flt.mantbits;
    exp += flt.bias;

    if (fmt == 'b') return fmtB(out, neg, mant, exp, flt);
    if (fmt == 'x' || fmt == 'X') return fmtX(out, prec, fmt, neg, mant, exp, flt);
    if (!isDecimalFormat(fmt)) {
        out += '%';
        out += fmt;
        return;
    }

    const double magnitude = std::fabs(is32 ? double(v32) : v);
    DigitBuffer buf;
    DecimalSlice digs;
    const bool shortest = prec < 0;
    if (shortest) {
        digs = is32 ? shortestDigits(buf, std::fabs(v32)) : shortestDigits(buf, magnitude);
        if (fmt == 'e' || fmt == 'E')
            prec = std::max(digs.nd - 1, 0);
        else if (fmt == 'f')
            prec = std::max(digs.nd - digs.dp, 0);
        else
            prec = digs.nd;
    } else if (fmt == 'f') {
        digs = fractionDigits(buf, magnitude, prec);
    } else if (fmt == 'e' || fmt == 'E') {
        digs = significantDigits(buf, magnitude, prec + 1);
    } else {
        if (prec == 0) prec = 1;
        digs = significantDigits(buf, magnitude, prec);
    }
    formatDigits(out, shortest, neg, digs, prec, fmt);
}

void formatFloatV(std::string& out, double v, int bitSize) { formatFloat(out, v, 'g', -1, bitSize); }

// ---- fmt/format.go ----

namespace {

void writePadding(std::string& out, int n, bool zero) {
    if (n > 0) out.append(size_t(n), zero ? '0' : ' ');
}

// fmt.pad: pads to f.wid runes on the left (or right with f.minus).
void pad(std::string& out, std::string_view s, const FmtFlags& f, bool zero) {
    if (f.width <= 0) {
        out += s;
        return;
    }
    int width = f.width - int(runeCount(s));
    if (!f.minus) {
        writePadding(out, width, zero);
        out += s;
    } else {
        out += s;
        writePadding(out, width, zero);
    }
}

// Restores the decimal point and trailing zeros requested by the '#' flag.
void applySharp(std::string& num, char verb, int prec) {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
    std::string tail;
    bool hasDecimalPoint = false;
    bool sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); i++) {
        char c = num[i];
        bool isDigit = true;
        switch (c) {
            case '.':
                hasDecimalPoint = true;
                isDigit = false;
                break;
            case 'p':
            case 'P':
                tail.append(num, i);
                num.resize(i);
                isDigit = false;
                break;
            case 'e':
            case 'E':
                if (verb != 'x' && verb != 'X') {
                    tail.append(num, i);
                    num.resize(i);
                    isDigit = false;
                }
                break;
            default: break;
        }
        if (!isDigit) continue;
        if (c != '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
    }
    if (!hasDecimalPoint) {
        if (num.size() == 2 && num[1] == '0') digits--;
        num += '.';
    }
    if (digits > 0) num.append(size_t(digits), '0');
    num += tail;
}

// fmt.fmtFloat with the verb already mapped by pp.fmtFloat.
void fmtFloatImpl(std::string& out, double v, int bitSize, char verb, int prec, const FmtFlags& f) {
    std::string num;
    num.reserve(32);
    num += '+';  // room for a leading sign
    formatFloat(num, v, verb, prec, bitSize);
    if (num[1] == '-' || num[1] == '+')
        num.erase(0, 1);
    else
        num[0] = '+';
    if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
    // Infinities and NaN are never zero padded.
    if (num[1] == 'I' || num[1] == 'N') {
        std::string_view s = num;
        if (num[1] == 'N' && !f.space && !f.plus) s.remove_prefix(1);
        pad(out, s, f, false);
        return;
    }
    if (f.sharp && verb != 'b') applySharp(num, verb, prec);
    if (f.plus || num[0] != '+') {
        // Zero padding goes between the sign and the digits.
        if (f.zero && f.width > int(num.size())) {
            out += num[0];
            writePadding(out, f.width - int(num.size()), f.zero);
            out.append(num, 1);
            return;
        }
        pad(out, num, f, f.zero);
        return;
    }
    pad(out, std::string_view(num).substr(1), f, f.zero);
}

FmtFlags normalized(const FmtFlags& flags) {
    FmtFlags f = flags;
    if (f.minus) f.zero = false;  // never pad with zeros on the right
    return f;
}

void fmtIntegerImpl(std::string& out, uint64_t u, int base, bool isSigned, char verb, int precIn, const FmtFlags& f,
                    const char* digits) {
    const bool negative = isSigned && int64_t(u) < 0;
    if (negative) u = 0 - u;

    // Two ways to ask for extra leading zero digits: %.3d or %03d.
    int prec = 0;
    if (precIn >= 0) {
        prec = precIn;
        if (prec == 0 && u == 0) {
            writePadding(out, f.width, false);
            return;
        }
    } else if (f.zero && f.width > 0) {
        prec = f.width;
        if (negative || f.plus || f.space) prec--;  // leave room for sign
    }

    std::string buf(size_t(72 + std::max(prec, 0)), '\0');
    size_t i = buf.size();
    const uint64_t b = uint64_t(base);
    while (u >= b) {
        buf[--i] = digits[u % b];
        u /= b;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > int(buf.size() - i)) buf[--i] = '0';

    if (f.sharp) {
        if (base == 2) {
            buf[--i] = 'b';
            buf[--i] = '0';
        } else if (base == 8) {
            if (buf[i] != '0') buf[--i] = '0';
        } else if (base == 16) {
            buf[--i] = digits[16];
            buf[--i] = '0';
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (f.plus)
        buf[--i] = '+';
    else if (f.space)
        buf[--i] = ' ';

    // Zero padding was handled like precision above.
    pad(out, std::string_view(buf).substr(i), f, false);
}

// fmt.fmtUnicode: "U+0078", or "U+0078 'x'" with '#'.
void fmtUnicode(std::string& out, uint64_t u, int precIn, const FmtFlags& f) {
    int prec = precIn > 4 ? precIn : 4;
    std::string s = "U+";
    char hex[16];
    int n = 0;
    uint64_t x = u;
    do {
        hex[n++] = kUpperHex[x & 0xF];
        x >>= 4;
    } while (x != 0);
    if (prec > n) s.append(size_t(prec - n), '0');
    while (n > 0) s += hex[--n];
    if (f.sharp && u <= uint64_t(kMaxRune) && isPrint(int32_t(u))) {
        s += " '";
        encodeRune(s, int32_t(u));
        s += '\'';
    }
    pad(out, s, f, false);
}

int32_t runeFromInteger(uint64_t c) { return c > uint64_t(kMaxRune) ? kRuneError : int32_t(c); }

// fmt.fmtC: the integer as a UTF-8 encoded character.
void fmtC(std::string& out, uint64_t c, const FmtFlags& f) {
    std::string s;
    encodeRune(s, runeFromInteger(c));
    pad(out, s, f, f.zero);
}

// fmt.fmtQc: the integer as a quoted character literal.
void fmtQc(std::string& out, uint64_t c, const FmtFlags& f) {
    std::string s;
    if (f.plus)
        quoteRuneToASCII(s, runeFromInteger(c));
    else
        quoteRune(s, runeFromInteger(c));
    pad(out, s, f, f.zero);
}

}  // namespace

bool fmtFloat(std::string& out, double v, int bitSize, char verb, int prec, const FmtFlags& flags) {
    // pp.fmtFloat: map the verb and pick the default precision.
    int defaultPrec = -1;
    switch (verb) {
        case 'v': verb = 'g'; break;
        case 'b':
        case 'g':
        case 'G':
        case 'x':
        case 'X': break;
        case 'F':
            verb = 'f';
            defaultPrec = 6;
            break;
        case 'f':
        case 'e':
        case 'E': defaultPrec = 6; break;
        default: return false;
    }
    fmtFloatImpl(out, v, bitSize, verb, prec >= 0 ? prec : defaultPrec, normalized(flags));
    return true;
}

bool fmtComplex(std::string& out, double re, double im, int bitSize, char verb, int prec, const FmtFlags& flags) {
    switch (verb) {
        case 'v':
        case 'b':
        case 'g':
        case 'G':
        case 'x':
        case 'X':
        case 'f':
        case 'F':
        case 'e':
        case 'E': break;
        default: return false;
    }
    out += '(';
    fmtFloat(out, re, bitSize / 2, verb, prec, flags);
    FmtFlags imagFlags = flags;
    imagFlags.plus = true;  // the imaginary part always has a sign
    fmtFloat(out, im, bitSize / 2, verb, prec, imagFlags);
    out += "i)";
    return true;
}

bool fmtInteger(std::string& out, uint64_t bits, bool isSigned, char verb, int prec, const FmtFlags& flags) {
    const FmtFlags f = normalized(flags);
    switch (verb) {
        case 'v':
        case 'd': fmtIntegerImpl(out, bits, 10, isSigned, verb, prec, f, kLowerDigits); return true;
        case 'b': fmtIntegerImpl(out, bits, 2, isSigned, verb, prec, f, kLowerDigits); return true;
        case 'o':
        case 'O': fmtIntegerImpl(out, bits, 8, isSigned, verb, prec, f, kLowerDigits); return true;
        case 'x': fmtIntegerImpl(out, bits, 16, isSigned, verb, prec, f, kLowerDigits); return true;
        case 'X': fmtIntegerImpl(out, bits, 16, isSigned, verb, prec, f, kUpperDigits); return true;
        case 'c': fmtC(out, bits, f); return true;
        case 'q': fmtQc(out, bits, f); return true;
        case 'U': fmtUnicode(out, bits, prec, f); return true;
        default: return false;
    }
}

// ---- strconv/quote.go, strconv/isprint.go ----

namespace {

// Tables ported verbatim from Go 1.19 strconv/isprint.go (generated by
// makeisprint.go from Unicode 13.0.0).
constexpr uint16_t kIsPrint16[] = {
    0x0020, 0x007e, 0x00a1, 0x0377, 0x037a, 0x037f, 0x0384, 0x0556, 0x0559, 0x058a, 0x058d, 0x05c7, 0x05d0, 0x05ea,
    0x05ef, 0x05f4, 0x0606, 0x061b, 0x061e, 0x070d, 0x0710, 0x074a, 0x074d, 0x07b1, 0x07c0, 0x07fa, 0x07fd, 0x082d,
    0x0830, 0x085b, 0x085e, 0x086a, 0x08a0, 0x08c7, 0x08d3, 0x098c, 0x098f, 0x0990, 0x0993, 0x09b2, 0x09b6, 0x09b9,
    0x09bc, 0x09c4, 0x09c7, 0x09c8, 0x09cb, 0x09ce, 0x09d7, 0x09d7, 0x09dc, 0x09e3, 0x09e6, 0x09fe, 0x0a01, 0x0a0a,
    0x0a0f, 0x0a10, 0x0a13, 0x0a39, 0x0a3c, 0x0a42, 0x0a47, 0x0a48, 0x0a4b, 0x0a4d, 0x0a51, 0x0a51, 0x0a59, 0x0a5e,
    0x0a66, 0x0a76, 0x0a81, 0x0ab9, 0x0abc, 0x0acd, 0x0ad0, 0x0ad0, 0x0ae0, 0x0ae3, 0x0ae6, 0x0af1, 0x0af9, 0x0b0c,
    0x0b0f, 0x0b10, 0x0b13, 0x0b39, 0x0b3c, 0x0b44, 0x0b47, 0x0b48, 0x0b4b, 0x0b4d, 0x0b55, 0x0b57, 0x0b5c, 0x0b63,
    0x0b66, 0x0b77, 0x0b82, 0x0b8a, 0x0b8e, 0x0b95, 0x0b99, 0x0b9f, 0x0ba3, 0x0ba4, 0x0ba8, 0x0baa, 0x0bae, 0x0bb9,
    0x0bbe, 0x0bc2, 0x0bc6, 0x0bcd, 0x0bd0, 0x0bd0, 0x0bd7, 0x0bd7, 0x0be6, 0x0bfa, 0x0c00, 0x0c39, 0x0c3d, 0x0c4d,
    0x0c55, 0x0c5a, 0x0c60, 0x0c63, 0x0c66, 0x0c6f, 0x0c77, 0x0cb9, 0x0cbc, 0x0ccd, 0x0cd5, 0x0cd6, 0x0cde, 0x0ce3,
    0x0ce6, 0x0cf2, 0x0d00, 0x0d4f, 0x0d54, 0x0d63, 0x0d66, 0x0d96, 0x0d9a, 0x0dbd, 0x0dc0, 0x0dc6, 0x0dca, 0x0dca,
    0x0dcf, 0x0ddf, 0x0de6, 0x0def, 0x0df2, 0x0df4, 0x0e01, 0x0e3a, 0x0e3f, 0x0e5b, 0x0e81, 0x0ebd, 0x0ec0, 0x0ecd,
    0x0ed0, 0x0ed9, 0x0edc, 0x0edf, 0x0f00, 0x0f6c, 0x0f71, 0x0fda, 0x1000, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x124d,
    0x1250, 0x125d, 0x1260, 0x128d, 0x1290, 0x12b5, 0x12b8, 0x12c5, 0x12c8, 0x1315, 0x1318, 0x135a, 0x135d, 0x137c,
    0x1380, 0x1399, 0x13a0, 0x13f5, 0x13f8, 0x13fd, 0x1400, 0x169c, 0x16a0, 0x16f8, 0x1700, 0x1714, 0x1720, 0x1736,
    0x1740, 0x1753, 0x1760, 0x1773, 0x1780, 0x17dd, 0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1800, 0x180d, 0x1810, 0x1819,
    0x1820, 0x1878, 0x1880, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x192b, 0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d,
    0x1970, 0x1974, 0x1980, 0x19ab, 0x19b0, 0x19c9, 0x19d0, 0x19da, 0x19de, 0x1a1b, 0x1a1e, 0x1a7c, 0x1a7f, 0x1a89,
    0x1a90, 0x1a99, 0x1aa0, 0x1aad, 0x1ab0, 0x1ac0, 0x1b00, 0x1b4b, 0x1b50, 0x1b7c, 0x1b80, 0x1bf3, 0x1bfc, 0x1c37,
    0x1c3b, 0x1c49, 0x1c4d, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cc7, 0x1cd0, 0x1cfa, 0x1d00, 0x1f15, 0x1f18, 0x1f1d,
    0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f7d, 0x1f80, 0x1fd3, 0x1fd6, 0x1fef, 0x1ff2, 0x1ffe, 0x2010, 0x2027,
    0x2030, 0x205e, 0x2070, 0x2071, 0x2074, 0x209c, 0x20a0, 0x20bf, 0x20d0, 0x20f0, 0x2100, 0x218b, 0x2190, 0x2426,
    0x2440, 0x244a, 0x2460, 0x2b73, 0x2b76, 0x2cf3, 0x2cf9, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d70,
    0x2d7f, 0x2d96, 0x2da0, 0x2e52, 0x2e80, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x2ffb, 0x3001, 0x3096, 0x3099, 0x30ff,
    0x3105, 0x31e3, 0x31f0, 0x9ffc, 0xa000, 0xa48c, 0xa490, 0xa4c6, 0xa4d0, 0xa62b, 0xa640, 0xa6f7, 0xa700, 0xa7bf,
    0xa7c2, 0xa7ca, 0xa7f5, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877, 0xa880, 0xa8c5, 0xa8ce, 0xa8d9, 0xa8e0, 0xa953,
    0xa95f, 0xa97c, 0xa980, 0xa9d9, 0xa9de, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa5c, 0xaac2, 0xaadb, 0xaaf6,
    0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab6b, 0xab70, 0xabed, 0xabf0, 0xabf9, 0xac00, 0xd7a3,
    0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfbc1,
    0xfbd3, 0xfd3f, 0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfd, 0xfe00, 0xfe19, 0xfe20, 0xfe6b, 0xfe70, 0xfefc,
    0xff01, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0, 0xffee, 0xfffc, 0xfffd,
};
constexpr uint16_t kIsNotPrint16[] = {
    0x00ad, 0x038b, 0x038d, 0x03a2, 0x0530, 0x0590, 0x06dd, 0x083f, 0x085f, 0x08b5, 0x08e2, 0x0984, 0x09a9, 0x09b1,
    0x09de, 0x0a04, 0x0a29, 0x0a31, 0x0a34, 0x0a37, 0x0a3d, 0x0a5d, 0x0a84, 0x0a8e, 0x0a92, 0x0aa9, 0x0ab1, 0x0ab4,
    0x0ac6, 0x0aca, 0x0b00, 0x0b04, 0x0b29, 0x0b31, 0x0b34, 0x0b5e, 0x0b84, 0x0b91, 0x0b9b, 0x0b9d, 0x0bc9, 0x0c0d,
    0x0c11, 0x0c29, 0x0c45, 0x0c49, 0x0c57, 0x0c8d, 0x0c91, 0x0ca9, 0x0cb4, 0x0cc5, 0x0cc9, 0x0cdf, 0x0cf0, 0x0d0d,
    0x0d11, 0x0d45, 0x0d49, 0x0d80, 0x0d84, 0x0db2, 0x0dbc, 0x0dd5, 0x0dd7, 0x0e83, 0x0e85, 0x0e8b, 0x0ea4, 0x0ea6,
    0x0ec5, 0x0ec7, 0x0f48, 0x0f98, 0x0fbd, 0x0fcd, 0x10c6, 0x1249, 0x1257, 0x1259, 0x1289, 0x12b1, 0x12bf, 0x12c1,
    0x12d7, 0x1311, 0x1680, 0x170d, 0x176d, 0x1771, 0x191f, 0x1a5f, 0x1dfa, 0x1f58, 0x1f5a, 0x1f5c, 0x1f5e, 0x1fb5,
    0x1fc5, 0x1fdc, 0x1ff5, 0x208f, 0x2b96, 0x2c2f, 0x2c5f, 0x2d26, 0x2da7, 0x2daf, 0x2db7, 0x2dbf, 0x2dc7, 0x2dcf,
    0x2dd7, 0x2ddf, 0x2e9a, 0x3040, 0x3130, 0x318f, 0x321f, 0xa9ce, 0xa9ff, 0xab27, 0xab2f, 0xfb37, 0xfb3d, 0xfb3f,
    0xfb42, 0xfb45, 0xfe53, 0xfe67, 0xfe75, 0xffe7,
};
constexpr uint32_t kIsPrint32[] = {
    0x010000, 0x01004d, 0x010050, 0x01005d, 0x010080, 0x0100fa, 0x010100, 0x010102, 0x010107, 0x010133, 0x010137,
    0x01019c, 0x0101a0, 0x0101a0, 0x0101d0, 0x0101fd, 0x010280, 0x01029c, 0x0102a0, 0x0102d0, 0x0102e0, 0x0102fb,
    0x010300, 0x010323, 0x01032d, 0x01034a, 0x010350, 0x01037a, 0x010380, 0x0103c3, 0x0103c8, 0x0103d5, 0x010400,
    0x01049d, 0x0104a0, 0x0104a9, 0x0104b0, 0x0104d3, 0x0104d8, 0x0104fb, 0x010500, 0x010527, 0x010530, 0x010563,
    0x01056f, 0x01056f, 0x010600, 0x010736, 0x010740, 0x010755, 0x010760, 0x010767, 0x010800, 0x010805, 0x010808,
    0x010838, 0x01083c, 0x01083c, 0x01083f, 0x01089e, 0x0108a7, 0x0108af, 0x0108e0, 0x0108f5, 0x0108fb, 0x01091b,
    0x01091f, 0x010939, 0x01093f, 0x01093f, 0x010980, 0x0109b7, 0x0109bc, 0x0109cf, 0x0109d2, 0x010a06, 0x010a0c,
    0x010a35, 0x010a38, 0x010a3a, 0x010a3f, 0x010a48, 0x010a50, 0x010a58, 0x010a60, 0x010a9f, 0x010ac0, 0x010ae6,
    0x010aeb, 0x010af6, 0x010b00, 0x010b35, 0x010b39, 0x010b55, 0x010b58, 0x010b72, 0x010b78, 0x010b91, 0x010b99,
    0x010b9c, 0x010ba9, 0x010baf, 0x010c00, 0x010c48, 0x010c80, 0x010cb2, 0x010cc0, 0x010cf2, 0x010cfa, 0x010d27,
    0x010d30, 0x010d39, 0x010e60, 0x010ead, 0x010eb0, 0x010eb1, 0x010f00, 0x010f27, 0x010f30, 0x010f59, 0x010fb0,
    0x010fcb, 0x010fe0, 0x010ff6, 0x011000, 0x01104d, 0x011052, 0x01106f, 0x01107f, 0x0110c1, 0x0110d0, 0x0110e8,
    0x0110f0, 0x0110f9, 0x011100, 0x011147, 0x011150, 0x011176, 0x011180, 0x0111f4, 0x011200, 0x01123e, 0x011280,
    0x0112a9, 0x0112b0, 0x0112ea, 0x0112f0, 0x0112f9, 0x011300, 0x01130c, 0x01130f, 0x011310, 0x011313, 0x011344,
    0x011347, 0x011348, 0x01134b, 0x01134d, 0x011350, 0x011350, 0x011357, 0x011357, 0x01135d, 0x011363, 0x011366,
    0x01136c, 0x011370, 0x011374, 0x011400, 0x011461, 0x011480, 0x0114c7, 0x0114d0, 0x0114d9, 0x011580, 0x0115b5,
    0x0115b8, 0x0115dd, 0x011600, 0x011644, 0x011650, 0x011659, 0x011660, 0x01166c, 0x011680, 0x0116b8, 0x0116c0,
    0x0116c9, 0x011700, 0x01171a, 0x01171d, 0x01172b, 0x011730, 0x01173f, 0x011800, 0x01183b, 0x0118a0, 0x0118f2,
    0x0118ff, 0x011906, 0x011909, 0x011909, 0x01190c, 0x011938, 0x01193b, 0x011946, 0x011950, 0x011959, 0x0119a0,
    0x0119a7, 0x0119aa, 0x0119d7, 0x0119da, 0x0119e4, 0x011a00, 0x011a47, 0x011a50, 0x011aa2, 0x011ac0, 0x011af8,
    0x011c00, 0x011c45, 0x011c50, 0x011c6c, 0x011c70, 0x011c8f, 0x011c92, 0x011cb6, 0x011d00, 0x011d36, 0x011d3a,
    0x011d47, 0x011d50, 0x011d59, 0x011d60, 0x011d98, 0x011da0, 0x011da9, 0x011ee0, 0x011ef8, 0x011fb0, 0x011fb0,
    0x011fc0, 0x011ff1, 0x011fff, 0x012399, 0x012400, 0x012474, 0x012480, 0x012543, 0x013000, 0x01342e, 0x014400,
    0x014646, 0x016800, 0x016a38, 0x016a40, 0x016a69, 0x016a6e, 0x016a6f, 0x016ad0, 0x016aed, 0x016af0, 0x016af5,
    0x016b00, 0x016b45, 0x016b50, 0x016b77, 0x016b7d, 0x016b8f, 0x016e40, 0x016e9a, 0x016f00, 0x016f4a, 0x016f4f,
    0x016f87, 0x016f8f, 0x016f9f, 0x016fe0, 0x016fe4, 0x016ff0, 0x016ff1, 0x017000, 0x0187f7, 0x018800, 0x018cd5,
    0x018d00, 0x018d08, 0x01b000, 0x01b11e, 0x01b150, 0x01b152, 0x01b164, 0x01b167, 0x01b170, 0x01b2fb, 0x01bc00,
    0x01bc6a, 0x01bc70, 0x01bc7c, 0x01bc80, 0x01bc88, 0x01bc90, 0x01bc99, 0x01bc9c, 0x01bc9f, 0x01d000, 0x01d0f5,
    0x01d100, 0x01d126, 0x01d129, 0x01d172, 0x01d17b, 0x01d1e8, 0x01d200, 0x01d245, 0x01d2e0, 0x01d2f3, 0x01d300,
    0x01d356, 0x01d360, 0x01d378, 0x01d400, 0x01d49f, 0x01d4a2, 0x01d4a2, 0x01d4a5, 0x01d4a6, 0x01d4a9, 0x01d50a,
    0x01d50d, 0x01d546, 0x01d54a, 0x01d6a5, 0x01d6a8, 0x01d7cb, 0x01d7ce, 0x01da8b, 0x01da9b, 0x01daaf, 0x01e000,
    0x01e018, 0x01e01b, 0x01e02a, 0x01e100, 0x01e12c, 0x01e130, 0x01e13d, 0x01e140, 0x01e149, 0x01e14e, 0x01e14f,
    0x01e2c0, 0x01e2f9, 0x01e2ff, 0x01e2ff, 0x01e800, 0x01e8c4, 0x01e8c7, 0x01e8d6, 0x01e900, 0x01e94b, 0x01e950,
    0x01e959, 0x01e95e, 0x01e95f, 0x01ec71, 0x01ecb4, 0x01ed01, 0x01ed3d, 0x01ee00, 0x01ee24, 0x01ee27, 0x01ee3b,
    0x01ee42, 0x01ee42, 0x01ee47, 0x01ee54, 0x01ee57, 0x01ee64, 0x01ee67, 0x01ee9b, 0x01eea1, 0x01eebb, 0x01eef0,
    0x01eef1, 0x01f000, 0x01f02b, 0x01f030, 0x01f093, 0x01f0a0, 0x01f0ae, 0x01f0b1, 0x01f0f5, 0x01f100, 0x01f1ad,
    0x01f1e6, 0x01f202, 0x01f210, 0x01f23b, 0x01f240, 0x01f248, 0x01f250, 0x01f251, 0x01f260, 0x01f265, 0x01f300,
    0x01f6d7, 0x01f6e0, 0x01f6ec, 0x01f6f0, 0x01f6fc, 0x01f700, 0x01f773, 0x01f780, 0x01f7d8, 0x01f7e0, 0x01f7eb,
    0x01f800, 0x01f80b, 0x01f810, 0x01f847, 0x01f850, 0x01f859, 0x01f860, 0x01f887, 0x01f890, 0x01f8ad, 0x01f8b0,
    0x01f8b1, 0x01f900, 0x01fa53, 0x01fa60, 0x01fa6d, 0x01fa70, 0x01fa74, 0x01fa78, 0x01fa7a, 0x01fa80, 0x01fa86,
    0x01fa90, 0x01faa8, 0x01fab0, 0x01fab6, 0x01fac0, 0x01fac2, 0x01fad0, 0x01fad6, 0x01fb00, 0x01fbca, 0x01fbf0,
    0x01fbf9, 0x020000, 0x02a6dd, 0x02a700, 0x02b734, 0x02b740, 0x02b81d, 0x02b820, 0x02cea1, 0x02ceb0, 0x02ebe0,
    0x02f800, 0x02fa1d, 0x030000, 0x03134a, 0x0e0100, 0x0e01ef,
};
constexpr uint16_t kIsNotPrint32[] = {
    // add 0x10000 to each entry
    0x000c, 0x0027, 0x003b, 0x003e, 0x018f, 0x039e, 0x0809, 0x0836, 0x0856, 0x08f3, 0x0a04, 0x0a14, 0x0a18, 0x0e7f,
    0x0eaa, 0x10bd, 0x1135, 0x11e0, 0x1212, 0x1287, 0x1289, 0x128e, 0x129e, 0x1304, 0x1329, 0x1331, 0x1334, 0x133a,
    0x145c, 0x1914, 0x1917, 0x1936, 0x1c09, 0x1c37, 0x1ca8, 0x1d07, 0x1d0a, 0x1d3b, 0x1d3e, 0x1d66, 0x1d69, 0x1d8f,
    0x1d92, 0x246f, 0x6a5f, 0x6b5a, 0x6b62, 0xd455, 0xd49d, 0xd4ad, 0xd4ba, 0xd4bc, 0xd4c4, 0xd506, 0xd515, 0xd51d,
    0xd53a, 0xd53f, 0xd545, 0xd551, 0xdaa0, 0xe007, 0xe022, 0xe025, 0xee04, 0xee20, 0xee23, 0xee28, 0xee33, 0xee38,
    0xee3a, 0xee48, 0xee4a, 0xee4c, 0xee50, 0xee53, 0xee58, 0xee5a, 0xee5c, 0xee5e, 0xee60, 0xee63, 0xee6b, 0xee73,
    0xee78, 0xee7d, 0xee7f, 0xee8a, 0xeea4, 0xeeaa, 0xf0c0, 0xf0d0, 0xf979, 0xf9cc, 0xfb93,
};
constexpr uint16_t kIsGraphic[] = {
    0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
    0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
};

// Index of the first element >= x (Go's bsearch16/bsearch32).
template <typename T, size_t N>
size_t bsearch(const T (&a)[N], T x) {
    return size_t(std::lower_bound(a, a + N, x) - a);
}

bool isInGraphicList(int32_t r) {
    if (r < 0 || r > 0xFFFF) return false;
    uint16_t rr = uint16_t(r);
    size_t i = bsearch(kIsGraphic, rr);
    return i < std::size(kIsGraphic) && kIsGraphic[i] == rr;
}

void appendHexByte(std::string& out, uint8_t b) {
    out += "\\x";
    out += kLowerHex[b >> 4];
    out += kLowerHex[b & 0xF];
}

void appendEscapedRune(std::string& out, int32_t r, char quoteChar, bool asciiOnly, bool graphicOnly) {
    if (r == int32_t(uint8_t(quoteChar)) || r == '\\') {
        out += '\\';
        out += char(r);
        return;
    }
    if (asciiOnly) {
        if (r < kRuneSelf && isPrint(r)) {
            out += char(r);
            return;
        }
    } else if (isPrint(r) || (graphicOnly && isInGraphicList(r))) {
        encodeRune(out, r);
        return;
    }
    switch (r) {
        case '\a': out += "\\a"; return;
        case '\b': out += "\\b"; return;
        case '\f': out += "\\f"; return;
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        case '\v': out += "\\v"; return;
        default: break;
    }
    if (r < ' ' || r == 0x7F) {
        appendHexByte(out, uint8_t(r));
        return;
    }
    if (!validRune(r)) r = kRuneError;
    const int digits = r < 0x10000 ? 4 : 8;
    out += r < 0x10000 ? "\\u" : "\\U";
    for (int s = (digits - 1) * 4; s >= 0; s -= 4) out += kLowerHex[(uint32_t(r) >> s) & 0xF];
}

void appendQuotedWith(std::string& out, std::string_view s, char quoteChar, bool asciiOnly, bool graphicOnly) {
    out.reserve(out.size() + s.size() + 2);
    out += quoteChar;
    for (size_t i = 0; i < s.size();) {
        uint8_t c = uint8_t(s[i]);
        DecodedRune d{c, 1};
        if (c >= kRuneSelf) d = decodeRune(s.substr(i));
        if (d.size == 1 && d.rune == kRuneError)
            appendHexByte(out, c);
        else
            appendEscapedRune(out, d.rune, quoteChar, asciiOnly, graphicOnly);
        i += size_t(d.size);
    }
    out += quoteChar;
}

void appendQuotedRuneWith(std::string& out, int32_t r, char quoteChar, bool asciiOnly, bool graphicOnly) {
    out += quoteChar;
    appendEscapedRune(out, validRune(r) ? r : kRuneError, quoteChar, asciiOnly, graphicOnly);
    out += quoteChar;
}

int unhex(uint8_t c) {
    if ('0' <= c && c <= '9') return c - '0';
    if ('a' <= c && c <= 'f') return c - 'a' + 10;
    if ('A' <= c && c <= 'F') return c - 'A' + 10;
    return -1;
}

// strconv's unquote: parses a quoted string at the start of `in`. With
// `unescape`, the value is appended to *value; otherwise *prefix receives
// the quoted prefix verbatim. `rem` receives the rest of the input.
bool unquotePrefix(std::string_view in, bool unescape, std::string* value, std::string_view* prefix,
                   std::string_view& rem) {
    rem = in;
    if (in.size() < 2) return false;
    const char q = in[0];
    size_t end = in.find(q, 1);
    if (end == std::string_view::npos) return false;
    end++;  // position after the (optimistic) terminating quote

    if (q == '`') {
        if (!unescape)
            *prefix = in.substr(0, end);
        else
            for (char c : in.substr(1, end - 2))
                if (c != '\r') *value += c;
        rem = in.substr(end);
        return true;
    }
    if (q != '"' && q != '\'') return false;

    // Quoted strings without any escape sequences.
    std::string_view head = in.substr(0, end);
    if (head.find('\\') == std::string_view::npos && head.find('\n') == std::string_view::npos) {
        std::string_view body = in.substr(1, end - 2);
        bool valid;
        if (q == '"') {
            valid = validUtf8(body);
        } else {
            DecodedRune d = decodeRune(body);
            valid = size_t(1 + d.size + 1) == end && (d.rune != kRuneError || d.size != 1);
        }
        if (valid) {
            if (unescape)
                *value += body;
            else
                *prefix = head;
            rem = in.substr(end);
            return true;
        }
    }

    // Quoted strings with escape sequences.
    std::string buf;
    std::string_view s = in.substr(1);
    while (!s.empty() && s[0] != q) {
        int32_t r = 0;
        bool multibyte = false;
        std::string_view tail;
        if (s[0] == '\n' || !unquoteChar(s, q, r, multibyte, tail)) return false;
        s = tail;
        if (unescape) {
            if (r < kRuneSelf || !multibyte)
                buf += char(r);
            else
                encodeRune(buf, r);
        }
        if (q == '\'') break;  // single quoted strings must be a single character
    }
    if (s.empty() || s[0] != q) return false;
    s.remove_prefix(1);
    if (unescape)
        *value += buf;
    else
        *prefix = in.substr(0, in.size() - s.size());
    rem = s;
    return true;
}

}  // namespace

bool isPrint(int32_t r) {
    // Fast check for Latin-1.
    if (r <= 0xFF) {
        if (0x20 <= r && r <= 0x7E) return true;
        if (0xA1 <= r && r <= 0xFF) return r != 0xAD;  // soft hyphen
        return false;
    }
    if (r < 0x10000) {
        uint16_t rr = uint16_t(r);
        size_t i = bsearch(kIsPrint16, rr);
        if (i >= std::size(kIsPrint16) || rr < kIsPrint16[i & ~size_t(1)] || kIsPrint16[i | 1] < rr) return false;
        size_t j = bsearch(kIsNotPrint16, rr);
        return j >= std::size(kIsNotPrint16) || kIsNotPrint16[j] != rr;
    }
    uint32_t rr = uint32_t(r);
    size_t i = bsearch(kIsPrint32, rr);
    if (i >= std::size(kIsPrint32) || rr < kIsPrint32[i & ~size_t(1)] || kIsPrint32[i | 1] < rr) return false;
    if (r >= 0x20000) return true;
    uint16_t low = uint16_t(r - 0x10000);
    size_t j = bsearch(kIsNotPrint32, low);
    return j >= std::size(kIsNotPrint32) || kIsNotPrint32[j] != low;
}

bool isGraphic(int32_t r) { return isPrint(r) || isInGraphicList(r); }

void quote(std::string& out, std::string_view s) { appendQuotedWith(out, s, '"', false, false); }

void quoteToASCII(std::string& out, std::string_view s) { appendQuotedWith(out, s, '"', true, false); }

void quoteToGraphic(std::string& out, std::string_view s) { appendQuotedWith(out, s, '"', false, true); }

void quoteRune(std::string& out, int32_t r) { appendQuotedRuneWith(out, r, '\'', false, false); }

void quoteRuneToASCII(std::string& out, int32_t r) { appendQuotedRuneWith(out, r, '\'', true, false); }

void quoteRuneToGraphic(std::string& out, int32_t r) { appendQuotedRuneWith(out, r, '\'', false, true); }

bool canBackquote(std::string_view s) {
    while (!s.empty()) {
        DecodedRune d = decodeRune(s);
        s.remove_prefix(size_t(d.size));
        if (d.size > 1) {
            if (d.rune == 0xFEFF) return false;  // BOMs are invisible and should not be quoted
            continue;
        }
        if (d.rune == kRuneError) return false;
        if ((d.rune < ' ' && d.rune != '\t') || d.rune == '`' || d.rune == 0x7F) return false;
    }
    return true;
}

bool unquoteChar(std::string_view s, char quoteChar, int32_t& value, bool& multibyte, std::string_view& tail) {
    value = 0;
    multibyte = false;
    if (s.empty()) return false;
    const uint8_t c0 = uint8_t(s[0]);
    if (c0 == uint8_t(quoteChar) && (quoteChar == '\'' || quoteChar == '"')) return false;
    if (c0 >= kRuneSelf) {
        DecodedRune d = decodeRune(s);
        value = d.rune;
        multibyte = true;
        tail = s.substr(size_t(d.size));
        return true;
    }
    if (c0 != '\\') {
        value = c0;
        tail = s.substr(1);
        return true;
    }
    if (s.size() <= 1) return false;
    const char c = s[1];
    s.remove_prefix(2);
    switch (c) {
        case 'a': value = '\a'; break;
        case 'b': value = '\b'; break;
        case 'f': value = '\f'; break;
        case 'n': value = '\n'; break;
        case 'r': value = '\r'; break;
        case 't': value = '\t'; break;
        case 'v': value = '\v'; break;
        case 'x':
        case 'u':
        case 'U': {
            const size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (s.size() < n) return false;
            int32_t v = 0;
            for (size_t j = 0; j < n; j++) {
                int x = unhex(uint8_t(s[j]));
                if (x < 0) return false;
                v = int32_t(uint32_t(v) << 4 | uint32_t(x));
            }
            s.remove_prefix(n);
            if (c != 'x') {
                if (!validRune(v)) return false;
                multibyte = true;
            }
            value = v;
            break;
        }
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            int32_t v = c - '0';
            if (s.size() < 2) return false;
            for (size_t j = 0; j < 2; j++) {
                int x = int(uint8_t(s[j])) - '0';
                if (x < 0 || x > 7) return false;
                v = (v << 3) | x;
            }
            s.remove_prefix(2);
            if (v > 255) return false;
            value = v;
            break;
        }
        case '\\': value = '\\'; break;
        case '\'':
        case '"':
            if (c != quoteChar) return false;
            value = c;
            break;
        default: return false;
    }
    tail = s;
    return true;
}

bool unquote(std::string_view s, std::string& out) {
    std::string value;
    std::string_view rem;
    if (!unquotePrefix(s, true, &value, nullptr, rem) || !rem.empty()) return false;
    out += value;
    return true;
}

bool quotedPrefix(std::string_view s, std::string_view& prefix) {
    std::string_view rem;
    return unquotePrefix(s, false, nullptr, &prefix, rem);
}

// ---- strconv/atoi.go, atob.go ----

namespace {

// Checks underscores are used only as digit separators (atoi.go underscoreOK).
bool underscoreOK(std::string_view s) {
    // saw tracks the last character class: '^' start, '0' digit, '_' underscore, '!' other.
    char saw = '^';
    size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    bool hex = false;
    if (s.size() >= 2 && s[0] == '0') {
        uint8_t p = lowerByte(uint8_t(s[1]));
        if (p == 'b' || p == 'o' || p == 'x') {
            i = 2;
            saw = '0';  // base prefix counts as a digit for "underscore as digit separator"
            hex = p == 'x';
        }
    }
    for (; i < s.size(); i++) {
        uint8_t c = uint8_t(s[i]);
        if (('0' <= c && c <= '9') || (hex && 'a' <= lowerByte(c) && lowerByte(c) <= 'f')) {
            saw = '0';
            continue;
        }
        if (c == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

}  // namespace

ParseStatus parseUint(std::string_view s, int base, int bitSize, uint64_t& out) {
    out = 0;
    if (s.empty()) return ParseStatus::Syntax;
    const bool base0 = base == 0;
    const std::string_view s0 = s;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            uint8_t p = s.size() >= 3 ? lowerByte(uint8_t(s[1])) : 0;
            base = p == 'b' ? 2 : p == 'o' ? 8 : p == 'x' ? 16 : 8;
            s.remove_prefix(p == 'b' || p == 'o' || p == 'x' ? 2 : 1);
        }
    } else if (base < 2 || base > 36) {
        return ParseStatus::InvalidBase;
    }
    if (bitSize == 0)
        bitSize = 64;
    else if (bitSize < 0 || bitSize > 64)
        return ParseStatus::InvalidBitSize;

    const uint64_t b = uint64_t(base);
    const uint64_t cutoff = std::numeric_limits<uint64_t>::max() / b + 1;
    const uint64_t maxVal = bitSize == 64 ? std::numeric_limits<uint64_t>::max() : (uint64_t(1) << bitSize) - 1;

    bool underscores = false;
    uint64_t n = 0;
    for (char ch : s) {
        const uint8_t c = uint8_t(ch);
        uint64_t d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if ('0' <= c && c <= '9')
            d = c - '0';
        else if ('a' <= lowerByte(c) && lowerByte(c) <= 'z')
            d = lowerByte(c) - 'a' + 10;
        else
            return ParseStatus::Syntax;

        if (d >= b) return ParseStatus::Syntax;
        if (n >= cutoff) {
            out = maxVal;  // n*base overflows
            return ParseStatus::Range;
        }
        n *= b;
        uint64_t n1 = n + d;
        if (n1 < n || n1 > maxVal) {
            out = maxVal;
            return ParseStatus::Range;
        }
        n = n1;
    }
    if (underscores && !underscoreOK(s0)) return ParseStatus::Syntax;
    out = n;
    return ParseStatus::Ok;
}

ParseStatus parseInt(std::string_view s, int base, int bitSize, int64_t& out) {
    out = 0;
    if (s.empty()) return ParseStatus::Syntax;
    bool neg = false;
    if (s[0] == '+') {
        s.remove_prefix(1);
    } else if (s[0] == '-') {
        neg = true;
        s.remove_prefix(1);
    }
    uint64_t un = 0;
    ParseStatus st = parseUint(s, base, bitSize, un);
    if (st != ParseStatus::Ok && st != ParseStatus::Range) return st;
    if (bitSize == 0) bitSize = 64;
    const uint64_t cutoff = uint64_t(1) << (bitSize - 1);
    if (!neg && un >= cutoff) {
        out = int64_t(cutoff - 1);
        return ParseStatus::Range;
    }
    if (neg && un > cutoff) {
        out = int64_t(0 - cutoff);
        return ParseStatus::Range;
    }
    // Like Go, a range error from ParseUint that survives the checks above
    // (only possible for bitSize 1) is dropped.
    out = int64_t(neg ? 0 - un : un);
    return ParseStatus::Ok;
}

ParseStatus atoi(std::string_view s, int64_t& out) {
    out = 0;
    if (s.empty() || s.size() >= 19) return parseInt(s, 10, 0, out);
    // Fast path for small integers that fit in an int64.
    std::string_view digits = s;
    if (s[0] == '-' || s[0] == '+') {
        digits.remove_prefix(1);
        if (digits.empty()) return ParseStatus::Syntax;
    }
    int64_t n = 0;
    for (char ch : digits) {
        uint8_t d = uint8_t(ch - '0');
        if (d > 9) return ParseStatus::Syntax;
        n = n * 10 + d;
    }
    out = s[0] == '-' ? -n : n;
    return ParseStatus::Ok;
}

ParseStatus parseBool(std::string_view s, bool& out) {
    out = false;
    if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") {
        out = true;
        return ParseStatus::Ok;
    }
    if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") return ParseStatus::Ok;
    return ParseStatus::Syntax;
}

// ---- strconv/atof.go ----

namespace {

size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
    size_t n = std::min(prefix.size(), s.size());
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if ('A' <= c && c <= 'Z') c = char(c + 'a' - 'A');
        if (c != prefix[i]) return i;
    }
    return n;
}

// atof.go special: "inf", "infinity" (optionally signed) and "nan", any case.
bool special(std::string_view s, double& f, size_t& n) {
    if (s.empty()) return false;
    double sign = 1;
    size_t nsign = 0;
    char c = s[0];
    if (c == '+' || c == '-') {
        sign = c == '-' ? -1 : 1;
        nsign = 1;
        s.remove_prefix(1);
        c = 'i';  // Go falls through to the infinity case
    }
    if (c == 'i' || c == 'I') {
        size_t k = commonPrefixLenIgnoreCase(s, "infinity");
        if (3 < k && k < 8) k = 3;
        if (k == 3 || k == 8) {
            f = sign * std::numeric_limits<double>::infinity();
            n = nsign + k;
            return true;
        }
    } else if (c == 'n' || c == 'N') {
        if (commonPrefixLenIgnoreCase(s, "nan") == 3) {
            f = std::bit_cast<double>(uint64_t(0x7FF8000000000001));  // math.NaN()
            n = 3;
            return true;
        }
    }
    return false;
}

struct ReadFloatResult {
    uint64_t mantissa = 0;
    int64_t exp = 0;
    bool neg = false;
    bool trunc = false;
    bool hex = false;
    size_t n = 0;
    bool ok = false;
};

// atof.go readFloat: scans the longest prefix of s that is a float literal.
ReadFloatResult readFloat(std::string_view s) {
    ReadFloatResult r;
    bool underscores = false;
    size_t i = 0;
    auto done = [&](bool ok) {
        r.n = i;
        r.ok = ok;
        return r;
    };
    if (s.empty()) return done(false);
    if (s[0] == '+') {
        i++;
    } else if (s[0] == '-') {
        r.neg = true;
        i++;
    }

    uint64_t base = 10;
    int maxMantDigits = 19;  // 10^19 fits in uint64
    uint8_t expChar = 'e';
    if (i + 2 < s.size() && s[i] == '0' && lowerByte(uint8_t(s[i + 1])) == 'x') {
        base = 16;
        maxMantDigits = 16;  // 16^16 fits in uint64
        i += 2;
        expChar = 'p';
        r.hex = true;
    }
    bool sawdot = false;
    bool sawdigits = false;
    int64_t nd = 0;
    int64_t ndMant = 0;
    int64_t dp = 0;
    for (; i < s.size(); i++) {
        const uint8_t c = uint8_t(s[i]);
        if (c == '_') {
            underscores = true;
            continue;
        }
        if (c == '.') {
            if (sawdot) break;
            sawdot = true;
            dp = nd;
            continue;
        }
        if ('0' <= c && c <= '9') {
            sawdigits = true;
            if (c == '0' && nd == 0) {
                dp--;  // ignore leading zeros
                continue;
            }
            nd++;
            if (ndMant < maxMantDigits) {
                r.mantissa = r.mantissa * base + (c - '0');
                ndMant++;
            } else if (c != '0') {
                r.trunc = true;
            }
            continue;
        }
        if (base == 16 && 'a' <= lowerByte(c) && lowerByte(c) <= 'f') {
            sawdigits = true;
            nd++;
            if (ndMant < maxMantDigits) {
                r.mantissa = r.mantissa * 16 + (lowerByte(c) - 'a' + 10);
                ndMant++;
            } else {
                r.trunc = true;
            }
            continue;
        }
        break;
    }
    if (!sawdigits) return done(false);
    if (!sawdot) dp = nd;
    if (base == 16) {
        dp *= 4;
        ndMant *= 4;
    }

    if (i < s.size() && lowerByte(uint8_t(s[i])) == expChar) {
        i++;
        if (i >= s.size()) return done(false);
        int64_t esign = 1;
        if (s[i] == '+') {
            i++;
        } else if (s[i] == '-') {
            i++;
            esign = -1;
        }
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return done(false);
        int64_t e = 0;
        for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++) {
            if (s[i] == '_') {
                underscores = true;
                continue;
            }
            if (e < 10000) e = e * 10 + (s[i] - '0');
        }
        dp += e * esign;
    } else if (base == 16) {
        return done(false);  // hex floats need a 'p' exponent
    }
    if (r.mantissa != 0) r.exp = dp - ndMant;
    if (underscores && !underscoreOK(s.substr(0, i))) return done(false);
    return done(true);
}

double floatFromBits(uint64_t bits, bool is32) {
    return is32 ? double(std::bit_cast<float>(uint32_t(bits))) : std::bit_cast<double>(bits);
}

// atof.go atofHex: rounds mantissa * 2^exp to the float format.
ParseStatus atofHex(const ReadFloatResult& rf, bool is32, double& out) {
    const FloatInfo& flt = is32 ? kFloat32Info : kFloat64Info;
    const int64_t maxExp = (int64_t(1) << flt.expbits) + flt.bias - 2;
    const int64_t minExp = flt.bias + 1;
    uint64_t mantissa = rf.mantissa;
    int64_t exp = rf.exp + int64_t(flt.mantbits);  // mantissa now implicitly divided by 2^mantbits

    // Shift mantissa and exponent to bring representation into float range.
    // Eventually we want a mantissa with a leading 1-bit followed by mantbits other bits.
    // For rounding, we need two more, where the bottom bit represents
    // whether that bit or any later bit was non-zero.
    while (mantissa != 0 && (mantissa >> (flt.mantbits + 2)) == 0) {
        mantissa <<= 1;
        exp--;
    }
    if (rf.trunc) mantissa |= 1;
    while ((mantissa >> (1 + flt.mantbits + 2)) != 0) {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp++;
    }
    // If exp is too low, shift right to denormalize.
    while (mantissa > 1 && exp < minExp - 2) {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp++;
    }
    // Round using two bottom bits.
    uint64_t round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;  // round to even (round up if mantissa is odd)
    exp += 2;
    if (round == 3) {
        mantissa++;
        if (mantissa == uint64_t(1) << (1 + flt.mantbits)) {
            mantissa >>= 1;
            exp++;
        }
    }
    if ((mantissa >> flt.mantbits) == 0) exp = flt.bias;  // denormal or zero
    ParseStatus st = ParseStatus::Ok;
    if (exp > maxExp) {
        // infinity and range error
        mantissa = uint64_t(1) << flt.mantbits;
        exp = maxExp + 1;
        st = ParseStatus::Range;
    }
    uint64_t bits = mantissa & ((uint64_t(1) << flt.mantbits) - 1);
    bits |= uint64_t((exp - flt.bias) & ((int64_t(1) << flt.expbits) - 1)) << flt.mantbits;
    if (rf.neg) bits |= uint64_t(1) << flt.mantbits << flt.expbits;
    out = floatFromBits(bits, is32);
    return st;
}

// Correctly rounded decimal conversion via std::from_chars on the literal
// with its sign and underscores removed.
ParseStatus atofDecimal(std::string_view lit, const ReadFloatResult& rf, bool is32, double& out) {
    if (!lit.empty() && (lit[0] == '+' || lit[0] == '-')) lit.remove_prefix(1);
    std::string clean;
    clean.reserve(lit.size());
    for (char c : lit)
        if (c != '_') clean += c;
    const char* first = clean.data();
    const char* last = first + clean.size();
    std::errc ec;
    double v = 0;
    if (is32) {
        float f = 0;
        ec = std::from_chars(first, last, f, std::chars_format::general).ec;
        v = f;
    } else {
        ec = std::from_chars(first, last, v, std::chars_format::general).ec;
    }
    ParseStatus st = ParseStatus::Ok;
    if (ec == std::errc::result_out_of_range) {
        // Overflow (Go: ±Inf and ErrRange) or underflow to zero (Go: ±0, no error).
        // A mantissa below 10^19 needs a positive exponent to overflow.
        if (rf.exp > 0) {
            v = std::numeric_limits<double>::infinity();
            st = ParseStatus::Range;
        } else {
            v = 0;
        }
    } else if (ec != std::errc()) {
        return ParseStatus::Syntax;  // unreachable: readFloat validated the syntax
    }
    out = rf.neg ? -v : v;
    return st;
}

}  // namespace

ParseStatus parseFloat(std::string_view s, int bitSize, double& out) {
    out = 0;
    const bool is32 = bitSize == 32;
    double sv = 0;
    size_t n = 0;
    if (special(s, sv, n)) {
        if (n != s.size()) return ParseStatus::Syntax;
        out = is32 ? double(static_cast<float>(sv)) : sv;
        return ParseStatus::Ok;
    }
    ReadFloatResult rf = readFloat(s);
    if (!rf.ok || rf.n != s.size()) return ParseStatus::Syntax;
    if (rf.hex) return atofHex(rf, is32, out);
    return atofDecimal(s, rf, is32, out);
}

void appendNumError(std::string& out, std::string_view func, std::string_view input, ParseStatus status, int arg) {
    if (status == ParseStatus::Ok) return;
    out += "strconv.";
    out += func;
    out += ": parsing ";
    quote(out, input);
    out += ": ";
    switch (status) {
        case ParseStatus::Syntax: out += "invalid syntax"; break;
        case ParseStatus::Range: out += "value out of range"; break;
        case ParseStatus::InvalidBase:
            out += "invalid base ";
            formatInt(out, arg);
            break;
        case ParseStatus::InvalidBitSize:
            out += "invalid bit size ";
            formatInt(out, arg);
            break;
        case ParseStatus::Ok: break;
    }
}

}  // namespace govm::rt
