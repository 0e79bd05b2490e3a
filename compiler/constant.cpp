#include "compiler/constant.hpp"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>
#include <utility>
#include <variant>

#include "runtime/strconv.hpp"

namespace govm {

namespace {

// RAII owners for GMP values. Moves swap with a freshly initialised value
// because GMP has no "moved-from" state.
class Mpz {
public:
    Mpz() { mpz_init(v); }
    Mpz(const Mpz& other) { mpz_init_set(v, other.v); }
    Mpz(Mpz&& other) noexcept {
        mpz_init(v);
        mpz_swap(v, other.v);
    }
    Mpz& operator=(const Mpz& other) {
        mpz_set(v, other.v);
        return *this;
    }
    Mpz& operator=(Mpz&& other) noexcept {
        mpz_swap(v, other.v);
        return *this;
    }
    ~Mpz() { mpz_clear(v); }

    mpz_t v;
};

class Mpq {
public:
    Mpq() { mpq_init(v); }
    Mpq(const Mpq& other) {
        mpq_init(v);
        mpq_set(v, other.v);
    }
    Mpq(Mpq&& other) noexcept {
        mpq_init(v);
        mpq_swap(v, other.v);
    }
    Mpq& operator=(const Mpq& other) {
        mpq_set(v, other.v);
        return *this;
    }
    Mpq& operator=(Mpq&& other) noexcept {
        mpq_swap(v, other.v);
        return *this;
    }
    ~Mpq() { mpq_clear(v); }

    mpq_t v;
};

int64_t bitLength(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : int64_t(mpz_sizeinbase(z, 2)); }

// GMP's si/ui functions take long, which is 32 bits on some ABIs, so 64-bit
// values go through mpz_import/limb access instead.
void setUint64(mpz_ptr z, uint64_t value) { mpz_import(z, 1, -1, sizeof value, 0, 0, &value); }

void setInt64(mpz_ptr z, int64_t value) {
    setUint64(z, value < 0 ? 0 - uint64_t(value) : uint64_t(value));
    if (value < 0) mpz_neg(z, z);
}

uint64_t lowMagnitudeBits(mpz_srcptr z) {
    uint64_t result = 0;
    size_t limbs = mpz_size(z);
    for (size_t i = 0; i < limbs && i * GMP_NUMB_BITS < 64; ++i)
        result |= uint64_t(mpz_getlimbn(z, mp_size_t(i))) << (i * GMP_NUMB_BITS);
    return result;
}

bool fitsInt64(mpz_srcptr z) {
    int64_t bits = bitLength(z);
    if (bits <= 63) return true;
    return bits == 64 && mpz_sgn(z) < 0 && mpz_scan1(z, 0) == 63;  // -2^63
}

int64_t wrapToInt64(mpz_srcptr z) {
    uint64_t magnitude = lowMagnitudeBits(z);
    return int64_t(mpz_sgn(z) < 0 ? 0 - magnitude : magnitude);
}

// ---------------------------------------------------------------------------
// Binary floating point on top of mpz.
//
// A BigFloat is sign * mant * 2^exp with mant odd (or zero), so the value is
// an integer exactly when exp >= 0. "top" is the exponent of the bit just
// above the leading one (value in [2^(top-1), 2^top)), which is what Go's
// big.Float calls the exponent; it is kept within 32 bits like there.

constexpr int64_t kNoMinBit = std::numeric_limits<int64_t>::min();
constexpr int64_t kMaxFloatTop = std::numeric_limits<int32_t>::max();
constexpr int64_t kMinFloatTop = std::numeric_limits<int32_t>::min();

struct BigFloat {
    int sign = 0;
    Mpz mant;
    int64_t exp = 0;

    int64_t top() const { return exp + bitLength(mant.v); }
};

// An exact binary expansion mag * 2^exp, or, when sticky is set, a truncated
// one whose true value lies strictly between mag * 2^exp and (mag + 1) * 2^exp.
struct BinaryValue {
    int sign = 0;
    Mpz mag;
    int64_t exp = 0;
    bool sticky = false;
};

struct RoundedBits {
    Mpz mag;
    int64_t exp = 0;
    bool inexact = false;
};

// Rounds to nearest-even keeping at most prec significant bits and no bit
// below 2^minBit (how IEEE denormals lose precision). With sticky set the
// caller must supply at least prec + 2 bits, so the sticky part can only ever
// break ties below the rounding position.
RoundedBits roundBits(const Mpz& mag, int64_t exp, bool sticky, int64_t prec, int64_t minBit) {
    RoundedBits result;
    int64_t bits = bitLength(mag.v);
    if (bits == 0) {
        result.inexact = sticky;
        return result;
    }
    int64_t low = std::max(exp + bits - prec, minBit);
    if (low <= exp) {
        mpz_set(result.mag.v, mag.v);
        result.exp = exp;
        result.inexact = sticky;
        return result;
    }
    int64_t drop = low - exp;
    result.exp = low;
    result.inexact = true;
    if (drop > bits) return result;  // less than half a unit: rounds to zero
    mpz_fdiv_q_2exp(result.mag.v, mag.v, mp_bitcnt_t(drop));
    bool half = mpz_tstbit(mag.v, mp_bitcnt_t(drop - 1)) != 0;
    bool rest = sticky || int64_t(mpz_scan1(mag.v, 0)) < drop - 1;
    result.inexact = half || rest;
    if (half && (rest || mpz_odd_p(result.mag.v))) mpz_add_ui(result.mag.v, result.mag.v, 1);
    return result;
}

// nullopt means the exponent overflowed (go/constant's infinity).
using FloatResult = std::optional<BigFloat>;

FloatResult normalizeFloat(int sign, RoundedBits&& bits) {
    BigFloat f;
    if (mpz_sgn(bits.mag.v) == 0) return f;
    mp_bitcnt_t zeros = mpz_scan1(bits.mag.v, 0);
    mpz_fdiv_q_2exp(f.mant.v, bits.mag.v, zeros);
    f.exp = bits.exp + int64_t(zeros);
    f.sign = sign;
    if (f.top() > kMaxFloatTop) return std::nullopt;
    if (f.top() < kMinFloatTop) return BigFloat{};  // underflow to zero, as big.Float does
    return f;
}

FloatResult roundFloat(int sign, const Mpz& mag, int64_t exp, bool sticky, int64_t prec) {
    return normalizeFloat(sign, roundBits(mag, exp, sticky, prec, kNoMinBit));
}

FloatResult floatFromInt(mpz_srcptr z, int64_t prec) {
    Mpz mag;
    mpz_abs(mag.v, z);
    return roundFloat(mpz_sgn(z), mag, 0, false, prec);
}

// At least prec + 3 bits of num/den plus a sticky bit for the remainder.
BinaryValue ratBits(mpq_srcptr q, int64_t prec) {
    BinaryValue result;
    result.sign = mpq_sgn(q);
    if (result.sign == 0) return result;
    Mpz num, den;
    mpz_abs(num.v, mpq_numref(q));
    mpz_set(den.v, mpq_denref(q));
    int64_t shift = prec + 3 + bitLength(den.v) - bitLength(num.v);
    if (shift >= 0)
        mpz_mul_2exp(num.v, num.v, mp_bitcnt_t(shift));
    else
        mpz_mul_2exp(den.v, den.v, mp_bitcnt_t(-shift));
    Mpz rem;
    mpz_tdiv_qr(result.mag.v, rem.v, num.v, den.v);
    result.exp = -shift;
    result.sticky = mpz_sgn(rem.v) != 0;
    return result;
}

FloatResult floatFromRat(mpq_srcptr q, int64_t prec) {
    BinaryValue bits = ratBits(q, prec);
    return roundFloat(bits.sign, bits.mag, bits.exp, bits.sticky, prec);
}

FloatResult floatMul(const BigFloat& a, const BigFloat& b, int64_t prec) {
    if (a.sign == 0 || b.sign == 0) return BigFloat{};
    Mpz mag;
    mpz_mul(mag.v, a.mant.v, b.mant.v);
    return roundFloat(a.sign * b.sign, mag, a.exp + b.exp, false, prec);
}

FloatResult floatQuo(const BigFloat& a, const BigFloat& b, int64_t prec) {
    if (a.sign == 0) return BigFloat{};
    int64_t shift = std::max<int64_t>(0, prec + 2 + bitLength(b.mant.v) - bitLength(a.mant.v));
    Mpz num, quo, rem;
    mpz_mul_2exp(num.v, a.mant.v, mp_bitcnt_t(shift));
    mpz_tdiv_qr(quo.v, rem.v, num.v, b.mant.v);
    return roundFloat(a.sign * b.sign, quo, a.exp - shift - b.exp, mpz_sgn(rem.v) != 0, prec);
}

FloatResult floatAdd(const BigFloat& x, const BigFloat& y, int ySign, int64_t prec) {
    if (y.sign == 0) return roundFloat(x.sign, x.mant, x.exp, false, prec);
    if (x.sign == 0) return roundFloat(ySign, y.mant, y.exp, false, prec);

    const BigFloat* big = &x;
    const BigFloat* little = &y;
    int bigSign = x.sign;
    int littleSign = ySign;
    if (x.top() < y.top()) {
        std::swap(big, little);
        std::swap(bigSign, littleSign);
    }

    // Aligning a tiny addend with a huge one could need billions of bits. An
    // addend lying entirely below both the rounding position and the lowest
    // bit of the other only decides ties through its sign, so any stand-in of
    // that sign and size gives the same rounded sum.
    BigFloat standIn;
    int64_t floor = std::min(big->exp, big->top() - prec - 8);
    if (little->top() < floor) {
        mpz_set_ui(standIn.mant.v, 1);
        standIn.exp = floor - 1;
        little = &standIn;
    }

    int64_t base = std::min(big->exp, little->exp);
    Mpz a, b;
    mpz_mul_2exp(a.v, big->mant.v, mp_bitcnt_t(big->exp - base));
    mpz_mul_2exp(b.v, little->mant.v, mp_bitcnt_t(little->exp - base));
    if (bigSign < 0) mpz_neg(a.v, a.v);
    if (littleSign < 0) mpz_neg(b.v, b.v);
    mpz_add(a.v, a.v, b.v);
    int sign = mpz_sgn(a.v);
    mpz_abs(a.v, a.v);
    return roundFloat(sign, a, base, false, prec);
}

int floatCmp(const BigFloat& a, const BigFloat& b) {
    if (a.sign != b.sign) return a.sign < b.sign ? -1 : 1;
    if (a.sign == 0) return 0;
    int magnitude = 0;
    if (a.top() != b.top()) {
        magnitude = a.top() < b.top() ? -1 : 1;
    } else {
        // Equal tops bound the alignment shift by the mantissa sizes.
        int64_t base = std::min(a.exp, b.exp);
        Mpz x, y;
        mpz_mul_2exp(x.v, a.mant.v, mp_bitcnt_t(a.exp - base));
        mpz_mul_2exp(y.v, b.mant.v, mp_bitcnt_t(b.exp - base));
        int c = mpz_cmp(x.v, y.v);
        magnitude = c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    return a.sign < 0 ? -magnitude : magnitude;
}

// 10^exponent for exponents too large to expand exactly; every step rounds
// to prec bits, so callers pass a few guard bits more than they need.
FloatResult floatPow5(uint64_t exponent, int64_t prec) {
    BigFloat result;
    result.sign = 1;
    mpz_set_ui(result.mant.v, 1);
    BigFloat power;
    power.sign = 1;
    mpz_set_ui(power.mant.v, 5);
    while (exponent != 0) {
        if (exponent & 1) {
            FloatResult next = floatMul(result, power, prec);
            if (!next) return std::nullopt;
            result = std::move(*next);
        }
        exponent >>= 1;
        if (exponent != 0) {
            FloatResult next = floatMul(power, power, prec);
            if (!next) return std::nullopt;
            power = std::move(*next);
        }
    }
    return result;
}

// ---------------------------------------------------------------------------
// IEEE rounding.

struct IeeeFormat {
    int64_t mantissaBits;
    int64_t minBit;  // weight of the smallest denormal
    int64_t maxTop;  // values reaching 2^maxTop overflow
};

constexpr IeeeFormat kFloat64Format{53, -1074, 1024};
constexpr IeeeFormat kFloat32Format{24, -149, 128};

ExactValue<double> toIeee(const BinaryValue& value, IeeeFormat format) {
    ExactValue<double> result;
    RoundedBits bits = roundBits(value.mag, value.exp, value.sticky, format.mantissaBits, format.minBit);
    result.exact = !bits.inexact;
    if (mpz_sgn(bits.mag.v) != 0) {
        if (bits.exp + bitLength(bits.mag.v) > format.maxTop) {
            result.value = std::numeric_limits<double>::infinity();
            result.exact = false;
        } else {
            // At most mantissaBits + 1 bits and an in-range exponent: exact.
            result.value = std::ldexp(mpz_get_d(bits.mag.v), int(bits.exp));
        }
    }
    if (value.sign < 0) result.value = -result.value;
    return result;
}

// ---------------------------------------------------------------------------
// Runes and quoting

constexpr uint32_t kRuneError = 0xfffd;
constexpr uint32_t kMaxRune = 0x10ffff;

struct DecodedRune {
    uint32_t rune = kRuneError;
    size_t size = 1;
    bool valid = false;
};

// Go's utf8.DecodeRune: overlong forms, surrogates and values past U+10FFFF
// are invalid and consume a single byte.
DecodedRune decodeRune(std::string_view s, size_t pos) {
    DecodedRune result;
    auto byteAt = [&](size_t i) { return uint32_t(uint8_t(s[pos + i])); };
    uint32_t b0 = byteAt(0);
    if (b0 < 0x80) return {b0, 1, true};
    size_t size = b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 0;
    if (size == 0 || b0 > 0xf4 || pos + size > s.size()) return result;
    uint32_t rune = b0 & (0x7f >> size);
    for (size_t i = 1; i < size; ++i) {
        uint32_t b = byteAt(i);
        if ((b & 0xc0) != 0x80) return result;
        rune = rune << 6 | (b & 0x3f);
    }
    static constexpr uint32_t kMinForSize[] = {0, 0, 0x80, 0x800, 0x10000};
    if (rune < kMinForSize[size] || rune > kMaxRune || (rune >= 0xd800 && rune <= 0xdfff)) return result;
    return {rune, size, true};
}

void appendUtf8(std::string& out, uint32_t r) {
    if (r < 0x80) {
        out += char(r);
    } else if (r < 0x800) {
        out += char(0xc0 | r >> 6);
        out += char(0x80 | (r & 0x3f));
    } else if (r < 0x10000) {
        out += char(0xe0 | r >> 12);
        out += char(0x80 | (r >> 6 & 0x3f));
        out += char(0x80 | (r & 0x3f));
    } else {
        out += char(0xf0 | r >> 18);
        out += char(0x80 | (r >> 12 & 0x3f));
        out += char(0x80 | (r >> 6 & 0x3f));
        out += char(0x80 | (r & 0x3f));
    }
}

// strconv.Quote, which go/constant uses to print string constants.
std::string quote(std::string_view s) {
    std::string out;
    rt::quote(out, s);
    return out;
}

// go/constant keeps error messages readable by cutting long strings.
std::string shortQuote(std::string_view s) {
    constexpr size_t kMaxRunes = 72;
    std::string quoted = quote(s);
    size_t runes = 0;
    size_t cut = 0;
    for (size_t pos = 0; pos < quoted.size(); pos += decodeRune(quoted, pos).size) {
        if (runes == kMaxRunes - 3) cut = pos;
        ++runes;
    }
    if (runes <= kMaxRunes) return quoted;
    return quoted.substr(0, cut) + "...";
}

// ---------------------------------------------------------------------------
// Literal scanning.

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

bool isDigitIn(char c, int base) { return digitValue(c) < base; }

// Scans digit { ["_"] digit }, with an optional leading "_" where the grammar
// allows one (right after a base prefix). Digits go to out without
// separators. Fails on a misplaced "_" or when there is no digit.
bool scanDigits(std::string_view text, size_t& pos, int base, bool leadingUnderscore, std::string& out) {
    bool any = false;
    bool afterUnderscore = false;
    if (leadingUnderscore && pos < text.size() && text[pos] == '_') {
        afterUnderscore = true;
        ++pos;
    }
    while (pos < text.size()) {
        char c = text[pos];
        if (c == '_') {
            if (afterUnderscore || !any) return false;
            afterUnderscore = true;
        } else if (isDigitIn(c, base)) {
            out += c;
            any = true;
            afterUnderscore = false;
        } else {
            break;
        }
        ++pos;
    }
    return any && !afterUnderscore;
}

bool hasPrefix(std::string_view text, char lower) {
    return text.size() >= 2 && text[0] == '0' && (text[1] == lower || text[1] == lower - 'a' + 'A');
}

// Decimal exponent digits, saturated: anything this large over- or
// underflows every representation anyway.
std::optional<int64_t> scanExponent(std::string_view text, size_t& pos) {
    constexpr int64_t kSaturated = int64_t(1) << 50;
    bool negative = false;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) negative = text[pos++] == '-';
    std::string digits;
    if (!scanDigits(text, pos, 10, false, digits)) return std::nullopt;
    int64_t value = 0;
    for (char c : digits) value = std::min(kSaturated, value * 10 + (c - '0'));
    return negative ? -value : value;
}

void setPowerOfTwoRat(mpq_ptr q, const Mpz& mant, int64_t exp) {
    mpz_set(mpq_numref(q), mant.v);
    mpz_set_ui(mpq_denref(q), 1);
    if (exp >= 0)
        mpz_mul_2exp(mpq_numref(q), mpq_numref(q), mp_bitcnt_t(exp));
    else
        mpz_mul_2exp(mpq_denref(q), mpq_denref(q), mp_bitcnt_t(-exp));
    mpq_canonicalize(q);
}

// One character of a rune or interpreted string literal (strconv.UnquoteChar).
struct UnquotedChar {
    uint32_t value = 0;
    bool isByte = false;  // \x and octal escapes denote bytes, not runes
    bool ok = false;
};

UnquotedChar unquoteChar(std::string_view s, size_t& pos, char quoteChar) {
    UnquotedChar result;
    char c = s[pos];
    if (c == quoteChar || c == '\n') return result;
    if (uint8_t(c) >= 0x80) {
        DecodedRune decoded = decodeRune(s, pos);
        pos += decoded.size;
        return {decoded.rune, false, decoded.valid};
    }
    ++pos;
    if (c != '\\') return {uint32_t(uint8_t(c)), false, true};
    if (pos >= s.size()) return result;
    char escape = s[pos++];
    switch (escape) {
        case 'a': return {'\a', false, true};
        case 'b': return {'\b', false, true};
        case 'f': return {'\f', false, true};
        case 'n': return {'\n', false, true};
        case 'r': return {'\r', false, true};
        case 't': return {'\t', false, true};
        case 'v': return {'\v', false, true};
        case '\\': return {'\\', false, true};
        case '\'':
        case '"': return {uint32_t(escape), false, escape == quoteChar};
        case 'x':
        case 'u':
        case 'U': {
            size_t digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
            if (s.size() - pos < digits) return result;
            uint32_t value = 0;
            for (size_t i = 0; i < digits; ++i) {
                if (!isDigitIn(s[pos + i], 16)) return result;
                value = value << 4 | uint32_t(digitValue(s[pos + i]));
            }
            pos += digits;
            if (escape == 'x') return {value, true, true};
            bool valid = value <= kMaxRune && !(value >= 0xd800 && value <= 0xdfff);
            return {value, false, valid};
        }
        default: break;
    }
    if (escape >= '0' && escape <= '7') {
        uint32_t value = uint32_t(escape - '0');
        if (s.size() - pos < 2) return result;
        for (int i = 0; i < 2; ++i) {
            char d = s[pos++];
            if (d < '0' || d > '7') return result;
            value = value << 3 | uint32_t(d - '0');
        }
        return {value, true, value <= 255};
    }
    return result;
}

// ---------------------------------------------------------------------------
// Float formatting (go/constant's floatVal.String).

std::string formatG6(double value) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    (void)ec;
    return std::string(buffer, end);
}

// Values outside float64's range: an approximate decimal conversion that is
// good to the 6 digits printed and never expands huge exponents.
std::string formatHugeFloat(const BigFloat& f) {
    // log10(2), correctly rounded as Go's constant math.Ln2/math.Ln10 is.
    constexpr double kLog10Of2 = 0.30102999566398119521373889472449302676818988146211;
    BinaryValue mantissa;
    mantissa.sign = f.sign;
    mpz_set(mantissa.mag.v, f.mant.v);
    mantissa.exp = -bitLength(f.mant.v);
    double m = toIeee(mantissa, kFloat64Format).value;  // 0.5 <= |m| < 1
    double d = double(f.top()) * kLog10Of2;
    int64_t e = int64_t(d);
    m *= std::pow(10.0, d - double(e));
    double magnitude = std::fabs(m);
    if (magnitude < 1 - 0.5e-6) {
        // %.6g must not round m*10 up to 10.
        m *= 10;
        e--;
    } else if (magnitude >= 10) {
        m /= 10;
        e++;
    }
    return formatG6(m) + "e" + (e >= 0 ? "+" : "") + std::to_string(e);
}

// big.Float's Text('p', 0): "0x." hex mantissa in [0.5, 1) "p" exponent.
std::string formatHexFloat(const BigFloat& f) {
    if (f.sign == 0) return "0";
    Mpz aligned;
    int64_t bits = bitLength(f.mant.v);
    mpz_mul_2exp(aligned.v, f.mant.v, mp_bitcnt_t((4 - bits % 4) % 4));
    std::string hex(mpz_sizeinbase(aligned.v, 16) + 2, '\0');
    mpz_get_str(hex.data(), 16, aligned.v);
    hex.resize(hex.find('\0'));
    hex.erase(hex.find_last_not_of('0') + 1);
    int64_t top = f.top();
    return std::string(f.sign < 0 ? "-" : "") + "0x." + hex + "p" + (top >= 0 ? "+" : "") + std::to_string(top);
}

std::string mpzToString(mpz_srcptr z) {
    std::string text(mpz_sizeinbase(z, 10) + 2, '\0');
    mpz_get_str(text.data(), 10, z);
    text.resize(text.find('\0'));
    return text;
}

}  // namespace

// ---------------------------------------------------------------------------
// Representation access.

struct Constant::Impl {
    std::variant<Mpz, Mpq, BigFloat, std::string> value;
};

struct ConstantAccess {
    using Rep = Constant::Rep;

    static Rep rep(const Constant& c) { return c.rep; }
    static int64_t small(const Constant& c) { return c.small; }
    static const Mpz& bigInt(const Constant& c) { return std::get<Mpz>(c.impl->value); }
    static const Mpq& rat(const Constant& c) { return std::get<Mpq>(c.impl->value); }
    static const BigFloat& bigFloat(const Constant& c) { return std::get<BigFloat>(c.impl->value); }
    static const std::string& string(const Constant& c) { return std::get<std::string>(c.impl->value); }

    template <typename T>
    static Constant make(Rep rep, T&& value) {
        auto impl = std::make_shared<Constant::Impl>();
        impl->value = std::forward<T>(value);
        return Constant(rep, 0, std::move(impl));
    }
    static Constant makeSmall(int64_t value) { return Constant(Rep::SmallInt, value, nullptr); }
    static Constant makeBool(bool value) { return Constant(Rep::Bool, value ? 1 : 0, nullptr); }
};

namespace {

using Rep = ConstantAccess::Rep;
using Access = ConstantAccess;

bool isInt(const Constant& c) { return Access::rep(c) == Rep::SmallInt || Access::rep(c) == Rep::BigInt; }

Constant makeInt(Mpz&& z) {
    if (fitsInt64(z.v)) return Access::makeSmall(wrapToInt64(z.v));
    return Access::make(Rep::BigInt, std::move(z));
}

ConstantResult checkedInt(Mpz&& z) {
    if (size_t(bitLength(z.v)) > kMaxIntBits) return {Constant(), ConstantError::NotRepresentable};
    return {makeInt(std::move(z))};
}

ConstantResult makeFloat(FloatResult&& f) {
    if (!f) return {Constant(), ConstantError::NotRepresentable};
    return {Access::make(Rep::BigFloat, std::move(*f))};
}

Constant makeRatExact(Mpq&& q) { return Access::make(Rep::Rat, std::move(q)); }

// Fractions with huge components are slow and pointless, so like go/constant
// they degrade to floats (which cannot overflow from such inputs).
Constant makeRat(Mpq&& q) {
    if (size_t(bitLength(mpq_numref(q.v))) < kMaxRatBits && size_t(bitLength(mpq_denref(q.v))) < kMaxRatBits)
        return makeRatExact(std::move(q));
    return makeFloat(floatFromRat(q.v, kFloatPrecision)).value;
}

Mpz intOf(const Constant& c) {
    if (Access::rep(c) == Rep::BigInt) return Access::bigInt(c);
    Mpz z;
    setInt64(z.v, Access::small(c));
    return z;
}

Mpq ratOf(const Constant& c) {
    if (Access::rep(c) == Rep::Rat) return Access::rat(c);
    Mpq q;
    mpq_set_z(q.v, intOf(c).v);
    return q;
}

BigFloat floatOf(const Constant& c) {
    switch (Access::rep(c)) {
        case Rep::BigFloat: return Access::bigFloat(c);
        case Rep::Rat: return *floatFromRat(Access::rat(c).v, kFloatPrecision);
        default: return *floatFromInt(intOf(c).v, kFloatPrecision);
    }
}

// Enough of the value to round it to prec bits.
BinaryValue binaryOf(const Constant& c, int64_t prec) {
    BinaryValue result;
    switch (Access::rep(c)) {
        case Rep::Rat: return ratBits(Access::rat(c).v, prec);
        case Rep::BigFloat: {
            const BigFloat& f = Access::bigFloat(c);
            result.sign = f.sign;
            mpz_set(result.mag.v, f.mant.v);
            result.exp = f.exp;
            return result;
        }
        default: {
            Mpz z = intOf(c);
            result.sign = mpz_sgn(z.v);
            mpz_abs(result.mag.v, z.v);
            return result;
        }
    }
}

// Numeric operands are combined at the more general representation.
enum class Level {
    Int,
    Rat,
    Float,
};

Level levelOf(const Constant& c) {
    switch (Access::rep(c)) {
        case Rep::Rat: return Level::Rat;
        case Rep::BigFloat: return Level::Float;
        default: return Level::Int;
    }
}

bool isComparison(ConstantOp op) { return op >= ConstantOp::Equal; }

bool applyComparison(int cmp, ConstantOp op) {
    switch (op) {
        case ConstantOp::Equal: return cmp == 0;
        case ConstantOp::NotEqual: return cmp != 0;
        case ConstantOp::Less: return cmp < 0;
        case ConstantOp::LessEqual: return cmp <= 0;
        case ConstantOp::Greater: return cmp > 0;
        default: return cmp >= 0;
    }
}

int compareNumbers(const Constant& x, const Constant& y) {
    switch (std::max(levelOf(x), levelOf(y))) {
        case Level::Int:
            if (Access::rep(x) == Rep::SmallInt && Access::rep(y) == Rep::SmallInt)
                return (Access::small(x) > Access::small(y)) - (Access::small(x) < Access::small(y));
            return mpz_cmp(intOf(x).v, intOf(y).v);
        case Level::Rat: return mpq_cmp(ratOf(x).v, ratOf(y).v);
        default: return floatCmp(floatOf(x), floatOf(y));
    }
}

std::optional<int64_t> smallIntOp(int64_t a, ConstantOp op, int64_t b) {
    int64_t r = 0;
    switch (op) {
        case ConstantOp::Add: return __builtin_add_overflow(a, b, &r) ? std::nullopt : std::optional(r);
        case ConstantOp::Sub: return __builtin_sub_overflow(a, b, &r) ? std::nullopt : std::optional(r);
        case ConstantOp::Mul: return __builtin_mul_overflow(a, b, &r) ? std::nullopt : std::optional(r);
        case ConstantOp::Quo:
            if (a == std::numeric_limits<int64_t>::min() && b == -1) return std::nullopt;
            return a / b;
        case ConstantOp::Rem: return b == -1 ? 0 : a % b;
        case ConstantOp::And: return a & b;
        case ConstantOp::Or: return a | b;
        case ConstantOp::Xor: return a ^ b;
        case ConstantOp::AndNot: return a & ~b;
        default: return std::nullopt;
    }
}

ConstantResult intOp(const Constant& x, ConstantOp op, const Constant& y) {
    if (Access::rep(x) == Rep::SmallInt && Access::rep(y) == Rep::SmallInt) {
        if (std::optional<int64_t> r = smallIntOp(Access::small(x), op, Access::small(y)))
            return {Access::makeSmall(*r)};
    }
    Mpz a = intOf(x);
    Mpz b = intOf(y);
    Mpz r;
    switch (op) {
        case ConstantOp::Add: mpz_add(r.v, a.v, b.v); break;
        case ConstantOp::Sub: mpz_sub(r.v, a.v, b.v); break;
        case ConstantOp::Mul: mpz_mul(r.v, a.v, b.v); break;
        case ConstantOp::Quo: mpz_tdiv_q(r.v, a.v, b.v); break;
        case ConstantOp::Rem: mpz_tdiv_r(r.v, a.v, b.v); break;
        case ConstantOp::And: mpz_and(r.v, a.v, b.v); break;
        case ConstantOp::Or: mpz_ior(r.v, a.v, b.v); break;
        case ConstantOp::Xor: mpz_xor(r.v, a.v, b.v); break;
        case ConstantOp::AndNot:
            mpz_com(b.v, b.v);
            mpz_and(r.v, a.v, b.v);
            break;
        default: return {Constant(), ConstantError::InvalidOperation};
    }
    return checkedInt(std::move(r));
}

ConstantResult ratOp(const Constant& x, ConstantOp op, const Constant& y) {
    Mpq a = ratOf(x);
    Mpq b = ratOf(y);
    Mpq r;
    switch (op) {
        case ConstantOp::Add: mpq_add(r.v, a.v, b.v); break;
        case ConstantOp::Sub: mpq_sub(r.v, a.v, b.v); break;
        case ConstantOp::Mul: mpq_mul(r.v, a.v, b.v); break;
        case ConstantOp::Quo: mpq_div(r.v, a.v, b.v); break;
        default: return {Constant(), ConstantError::InvalidOperation};
    }
    return {makeRat(std::move(r))};
}

ConstantResult floatOp(const Constant& x, ConstantOp op, const Constant& y) {
    BigFloat a = floatOf(x);
    BigFloat b = floatOf(y);
    switch (op) {
        case ConstantOp::Add: return makeFloat(floatAdd(a, b, b.sign, kFloatPrecision));
        case ConstantOp::Sub: return makeFloat(floatAdd(a, b, -b.sign, kFloatPrecision));
        case ConstantOp::Mul: return makeFloat(floatMul(a, b, kFloatPrecision));
        case ConstantOp::Quo: return makeFloat(floatQuo(a, b, kFloatPrecision));
        default: return {Constant(), ConstantError::InvalidOperation};
    }
}

bool isIntegerOnlyOp(ConstantOp op) {
    switch (op) {
        case ConstantOp::Rem:
        case ConstantOp::And:
        case ConstantOp::Or:
        case ConstantOp::Xor:
        case ConstantOp::AndNot: return true;
        default: return false;
    }
}

ConstantResult numericOp(const Constant& x, ConstantOp op, const Constant& y) {
    Level level = std::max(levelOf(x), levelOf(y));
    bool arithmetic = op <= ConstantOp::AndNot;
    if (!arithmetic || (level != Level::Int && isIntegerOnlyOp(op)))
        return {Constant(), ConstantError::InvalidOperation};
    if ((op == ConstantOp::Quo || op == ConstantOp::Rem) && y.sign() == 0)
        return {Constant(), ConstantError::DivisionByZero};
    switch (level) {
        case Level::Int: return intOp(x, op, y);
        case Level::Rat: return ratOp(x, op, y);
        default: return floatOp(x, op, y);
    }
}

ConstantResult compareOp(const Constant& x, ConstantOp op, const Constant& y) {
    if (x.isUnknown() || y.isUnknown()) return {Constant()};
    if (x.isNumeric() && y.isNumeric()) return {Constant::fromBool(applyComparison(compareNumbers(x, y), op))};
    if (x.kind() != y.kind()) return {Constant(), ConstantError::InvalidOperation};
    if (x.kind() == ConstantKind::String)
        return {Constant::fromBool(applyComparison(x.stringValue().compare(y.stringValue()), op))};
    if (op != ConstantOp::Equal && op != ConstantOp::NotEqual) return {Constant(), ConstantError::InvalidOperation};
    return {Constant::fromBool(applyComparison(x.boolValue() == y.boolValue() ? 0 : 1, op))};
}

// Go's big.Float → Int conversion used by go/constant.ToInt: values that
// computations have left a hair away from an integer still count as one.
std::optional<Mpz> floatToInt(const BigFloat& f) {
    if (f.top() <= -int64_t(kMaxRatBits) || f.top() >= int64_t(kMaxRatBits))
        return std::nullopt;  // avoid creating huge integers
    Mpz z;
    if (f.exp >= 0) {
        mpz_mul_2exp(z.v, f.mant.v, mp_bitcnt_t(f.exp));
        if (f.sign < 0) mpz_neg(z.v, z.v);
        return z;
    }
    constexpr int64_t kFuzzyPrecision = int64_t(kFloatPrecision) - 4;
    int64_t drop = bitLength(f.mant.v) - kFuzzyPrecision;
    if (drop <= 0) return std::nullopt;
    for (int awayFromZero = 0; awayFromZero < 2; ++awayFromZero) {
        mpz_fdiv_q_2exp(z.v, f.mant.v, mp_bitcnt_t(drop));
        if (awayFromZero) mpz_add_ui(z.v, z.v, 1);  // dropped bits are nonzero: mant is odd
        int64_t exp = f.exp + drop;
        mp_bitcnt_t zeros = mpz_scan1(z.v, 0);
        if (exp + int64_t(zeros) >= 0) {
            if (exp >= 0)
                mpz_mul_2exp(z.v, z.v, mp_bitcnt_t(exp));
            else
                mpz_fdiv_q_2exp(z.v, z.v, mp_bitcnt_t(-exp));
            if (f.sign < 0) mpz_neg(z.v, z.v);
            return z;
        }
    }
    return std::nullopt;
}

// Go's literal rule (go/constant.makeFloatFromLiteral): keep the exact
// fraction when the value's binary exponent is moderate, else a float.
ConstantResult chooseLiteralFloat(Mpq&& exact) {
    FloatResult f = floatFromRat(exact.v, kFloatPrecision);
    if (f && f->top() > -int64_t(kMaxRatBits) && f->top() < int64_t(kMaxRatBits))
        return {makeRatExact(std::move(exact))};
    return makeFloat(std::move(f));
}

ConstantResult decimalFloat(const std::string& digits, int64_t exponent) {
    Mpz mant;
    mpz_set_str(mant.v, digits.c_str(), 10);
    if (mpz_sgn(mant.v) == 0) return {makeRatExact(Mpq())};
    // Decimal exponent of the leading digit bounds the binary exponent.
    int64_t leading = exponent + int64_t(mpz_sizeinbase(mant.v, 10)) - 1;
    constexpr int64_t kExactLimit = 1300;            // 10^1300 > 2^4096
    constexpr int64_t kOverflowLimit = 700'000'000;  // 10^7e8 > 2^(2^31)
    if (leading > kOverflowLimit) return {Constant(), ConstantError::NotRepresentable};
    if (leading < -kOverflowLimit) return {makeRatExact(Mpq())};
    if (leading >= -kExactLimit && leading <= kExactLimit) {
        Mpz power;
        mpz_ui_pow_ui(power.v, 10, (unsigned long)(exponent < 0 ? -exponent : exponent));
        Mpq q;
        if (exponent >= 0) {
            mpz_mul(mpq_numref(q.v), mant.v, power.v);
        } else {
            mpz_set(mpq_numref(q.v), mant.v);
            mpz_set(mpq_denref(q.v), power.v);
            mpq_canonicalize(q.v);
        }
        return chooseLiteralFloat(std::move(q));
    }
    // Far outside the fraction range: scale by 5^|e| in floating point with
    // guard bits, then apply 2^e exactly.
    constexpr int64_t kWorkPrecision = int64_t(kFloatPrecision) + 64;
    FloatResult m = floatFromInt(mant.v, kWorkPrecision);
    FloatResult p = floatPow5(uint64_t(exponent < 0 ? -exponent : exponent), kWorkPrecision);
    if (!m || !p) return {Constant(), ConstantError::NotRepresentable};
    FloatResult scaled = exponent < 0 ? floatQuo(*m, *p, kWorkPrecision) : floatMul(*m, *p, kWorkPrecision);
    if (!scaled) return {Constant(), ConstantError::NotRepresentable};
    return makeFloat(roundFloat(scaled->sign, scaled->mant, scaled->exp + exponent, false, kFloatPrecision));
}

ConstantResult hexFloat(const std::string& digits, int64_t exponent) {
    Mpz mant;
    mpz_set_str(mant.v, digits.c_str(), 16);
    if (mpz_sgn(mant.v) == 0) return {makeRatExact(Mpq())};
    int64_t top = exponent + bitLength(mant.v);
    if (top > -int64_t(kMaxRatBits) - 2 && top < int64_t(kMaxRatBits) + 2) {
        Mpq q;
        setPowerOfTwoRat(q.v, mant, exponent);
        return chooseLiteralFloat(std::move(q));
    }
    return makeFloat(roundFloat(1, mant, exponent, false, kFloatPrecision));
}

ConstantResult malformed() { return {Constant(), ConstantError::Malformed}; }

bool integerFits(const Constant& x, ConstantType type) {
    if (Access::rep(x) == Rep::BigInt) {
        const Mpz& z = Access::bigInt(x);
        bool unsigned64 = type == ConstantType::Uint || type == ConstantType::Uint64 || type == ConstantType::Uintptr;
        return unsigned64 && mpz_sgn(z.v) > 0 && bitLength(z.v) <= 64;
    }
    int64_t v = Access::small(x);
    switch (type) {
        case ConstantType::Int8: return v >= INT8_MIN && v <= INT8_MAX;
        case ConstantType::Int16: return v >= INT16_MIN && v <= INT16_MAX;
        case ConstantType::Int32: return v >= INT32_MIN && v <= INT32_MAX;
        case ConstantType::Uint8: return v >= 0 && v <= UINT8_MAX;
        case ConstantType::Uint16: return v >= 0 && v <= UINT16_MAX;
        case ConstantType::Uint32: return v >= 0 && v <= int64_t(UINT32_MAX);
        case ConstantType::Uint:
        case ConstantType::Uint64:
        case ConstantType::Uintptr: return v >= 0;
        default: return true;  // int, int64
    }
}

Representation representAsInteger(const Constant& x, ConstantType type) {
    Constant i = x.toInt();
    bool fromFloat = x.kind() == ConstantKind::Float;
    if (!isInt(i)) return {fromFloat ? Representability::Truncated : Representability::Mismatch, Constant()};
    bool untyped = type == ConstantType::UntypedInt || type == ConstantType::UntypedRune;
    if (untyped || integerFits(i, type)) return {Representability::Ok, i};
    // gc reports any failed float -> integer conversion as truncation.
    return {fromFloat ? Representability::Truncated : Representability::Overflows, Constant()};
}

Representation representAsFloat(const Constant& x, ConstantType type) {
    if (!x.isNumeric()) return {Representability::Mismatch, Constant()};
    if (type == ConstantType::UntypedFloat) return {Representability::Ok, x.toFloat()};
    double rounded = type == ConstantType::Float32 ? double(x.floatValue().value) : x.doubleValue().value;
    if (std::isinf(rounded)) return {Representability::Overflows, Constant()};
    return {Representability::Ok, Constant::fromDouble(rounded)};
}

}  // namespace

// ---------------------------------------------------------------------------
// Public API.

const char* constantErrorMessage(ConstantError error) {
    switch (error) {
        case ConstantError::None: return "";
        case ConstantError::DivisionByZero: return "invalid operation: division by zero";
        case ConstantError::NotRepresentable: return "constant result is not representable";
        default: return nullptr;  // the checker quotes the operand
    }
}

Constant::Constant(Rep rep_, int64_t small_, std::shared_ptr<const Impl> impl_)
    : rep(rep_), small(small_), impl(std::move(impl_)) {}

Constant Constant::unknown() { return Constant(); }

Constant Constant::fromBool(bool value) { return Access::makeBool(value); }

Constant Constant::fromString(std::string value) { return Access::make(Rep::String, std::move(value)); }

Constant Constant::fromInt64(int64_t value) { return Access::makeSmall(value); }

Constant Constant::fromUint64(uint64_t value) {
    Mpz z;
    setUint64(z.v, value);
    return makeInt(std::move(z));
}

Constant Constant::fromDouble(double value) {
    if (!std::isfinite(value)) return Constant();
    Mpq q;
    mpq_set_d(q.v, value + 0.0);  // + 0.0 turns -0 into 0
    return makeRatExact(std::move(q));
}

ConstantResult Constant::fromIntLiteral(std::string_view text) {
    if (text.size() > kMaxLiteralLength) return {Constant(), ConstantError::LiteralTooLong};
    int base = 10;
    size_t pos = 0;
    bool leadingUnderscore = false;
    if (hasPrefix(text, 'x') || hasPrefix(text, 'b') || hasPrefix(text, 'o')) {
        base = hasPrefix(text, 'x') ? 16 : hasPrefix(text, 'b') ? 2 : 8;
        pos = 2;
        leadingUnderscore = true;
    } else if (text.size() > 1 && text[0] == '0') {
        base = 8;  // legacy octal: 0777, 0_777
        pos = 1;
        leadingUnderscore = true;
    }
    std::string digits;
    if (!scanDigits(text, pos, base, leadingUnderscore, digits) || pos != text.size()) return malformed();
    Mpz z;
    mpz_set_str(z.v, digits.c_str(), base);
    return checkedInt(std::move(z));
}

ConstantResult Constant::fromFloatLiteral(std::string_view text) {
    if (text.size() > kMaxLiteralLength) return {Constant(), ConstantError::LiteralTooLong};
    bool hex = hasPrefix(text, 'x');
    int base = hex ? 16 : 10;
    size_t pos = hex ? 2 : 0;
    std::string digits;
    bool haveDigits = false;
    if (pos < text.size() && text[pos] != '.') {
        if (!scanDigits(text, pos, base, hex, digits)) return malformed();
        haveDigits = true;
    }
    int64_t fractionDigits = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        if (pos < text.size() && isDigitIn(text[pos], base)) {
            size_t before = digits.size();
            if (!scanDigits(text, pos, base, false, digits)) return malformed();
            fractionDigits = int64_t(digits.size() - before);
            haveDigits = true;
        }
    }
    if (!haveDigits) return malformed();
    int64_t exponent = 0;
    char exponentChar = hex ? 'p' : 'e';
    if (pos < text.size() && (text[pos] == exponentChar || text[pos] == exponentChar - 'a' + 'A')) {
        ++pos;
        std::optional<int64_t> parsed = scanExponent(text, pos);
        if (!parsed) return malformed();
        exponent = *parsed;
    } else if (hex) {
        return malformed();  // hex mantissas require a 'p' exponent
    }
    if (pos != text.size()) return malformed();
    if (hex) return hexFloat(digits, exponent - 4 * fractionDigits);
    return decimalFloat(digits, exponent - fractionDigits);
}

ConstantResult Constant::fromRuneLiteral(std::string_view text) {
    if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return malformed();
    std::string_view body = text.substr(1, text.size() - 2);
    size_t pos = 0;
    UnquotedChar c = unquoteChar(body, pos, '\'');
    if (!c.ok || pos != body.size()) return malformed();
    return {fromInt64(c.value)};
}

ConstantResult Constant::fromStringLiteral(std::string_view text) {
    if (text.size() < 2 || text.front() != text.back()) return malformed();
    std::string_view body = text.substr(1, text.size() - 2);
    std::string value;
    if (text.front() == '`') {
        if (body.find('`') != std::string_view::npos) return malformed();
        for (char c : body)
            if (c != '\r')  // raw strings discard carriage returns (spec)
                value += c;
        return {fromString(std::move(value))};
    }
    if (text.front() != '"') return malformed();
    for (size_t pos = 0; pos < body.size();) {
        if (uint8_t(body[pos]) >= 0x80) {
            // Source bytes are copied verbatim, whatever their encoding.
            value += body[pos++];
            continue;
        }
        UnquotedChar c = unquoteChar(body, pos, '"');
        if (!c.ok) return malformed();
        if (c.isByte)
            value += char(c.value);
        else
            appendUtf8(value, c.value);
    }
    return {fromString(std::move(value))};
}

ConstantKind Constant::kind() const {
    switch (rep) {
        case Rep::Unknown: return ConstantKind::Unknown;
        case Rep::Bool: return ConstantKind::Bool;
        case Rep::String: return ConstantKind::String;
        case Rep::SmallInt:
        case Rep::BigInt: return ConstantKind::Int;
        default: return ConstantKind::Float;
    }
}

bool Constant::boolValue() const { return rep == Rep::Bool && small != 0; }

const std::string& Constant::stringValue() const {
    static const std::string kEmpty;
    return rep == Rep::String ? Access::string(*this) : kEmpty;
}

int Constant::sign() const {
    switch (rep) {
        case Rep::Unknown: return 1;
        case Rep::SmallInt: return (small > 0) - (small < 0);
        case Rep::BigInt: return mpz_sgn(Access::bigInt(*this).v);
        case Rep::Rat: return mpq_sgn(Access::rat(*this).v);
        case Rep::BigFloat: return Access::bigFloat(*this).sign;
        default: return 0;
    }
}

size_t Constant::bitLen() const {
    if (rep == Rep::SmallInt) {
        uint64_t magnitude = small < 0 ? 0 - uint64_t(small) : uint64_t(small);
        return magnitude == 0 ? 0 : size_t(64 - __builtin_clzll(magnitude));
    }
    if (rep == Rep::BigInt) return size_t(bitLength(Access::bigInt(*this).v));
    return 0;
}

ExactValue<int64_t> Constant::int64Value() const {
    if (rep == Rep::SmallInt) return {small, true};
    if (rep == Rep::BigInt) return {wrapToInt64(Access::bigInt(*this).v), false};
    Constant i = toInt();
    if (kind() == ConstantKind::Float && isInt(i)) return i.int64Value();
    return {};
}

ExactValue<uint64_t> Constant::uint64Value() const {
    if (rep == Rep::SmallInt) return {uint64_t(small), small >= 0};
    if (rep == Rep::BigInt) {
        const Mpz& z = Access::bigInt(*this);
        return {lowMagnitudeBits(z.v), mpz_sgn(z.v) > 0 && bitLength(z.v) <= 64};
    }
    Constant i = toInt();
    if (kind() == ConstantKind::Float && isInt(i)) return i.uint64Value();
    return {};
}

ExactValue<double> Constant::doubleValue() const {
    if (!isNumeric()) return {};
    return toIeee(binaryOf(*this, kFloat64Format.mantissaBits), kFloat64Format);
}

ExactValue<float> Constant::floatValue() const {
    if (!isNumeric()) return {};
    ExactValue<double> d = toIeee(binaryOf(*this, kFloat32Format.mantissaBits), kFloat32Format);
    return {float(d.value), d.exact};  // already a float32 value: exact cast
}

Constant Constant::toInt() const {
    switch (rep) {
        case Rep::SmallInt:
        case Rep::BigInt: return *this;
        case Rep::Rat: {
            const Mpq& q = Access::rat(*this);
            if (mpz_cmp_ui(mpq_denref(q.v), 1) != 0) return Constant();
            Mpz z;
            mpz_set(z.v, mpq_numref(q.v));
            return makeInt(std::move(z));
        }
        case Rep::BigFloat: {
            std::optional<Mpz> z = floatToInt(Access::bigFloat(*this));
            return z ? makeInt(std::move(*z)) : Constant();
        }
        default: return Constant();
    }
}

Constant Constant::toFloat() const {
    switch (rep) {
        case Rep::SmallInt: return makeRatExact(ratOf(*this));
        case Rep::BigInt:
            if (bitLen() < kMaxRatBits) return makeRatExact(ratOf(*this));
            return makeFloat(floatFromInt(Access::bigInt(*this).v, kFloatPrecision)).value;
        case Rep::Rat:
        case Rep::BigFloat: return *this;
        default: return Constant();
    }
}

Representation Constant::representAs(ConstantType type) const {
    if (isUnknown()) return {Representability::Ok, *this};
    switch (type) {
        case ConstantType::Bool:
        case ConstantType::UntypedBool:
            return {kind() == ConstantKind::Bool ? Representability::Ok : Representability::Mismatch, *this};
        case ConstantType::String:
        case ConstantType::UntypedString:
            return {kind() == ConstantKind::String ? Representability::Ok : Representability::Mismatch, *this};
        case ConstantType::Float32:
        case ConstantType::Float64:
        case ConstantType::UntypedFloat: return representAsFloat(*this, type);
        default:
            if (!isNumeric()) return {Representability::Mismatch, Constant()};
            return representAsInteger(*this, type);
    }
}

std::string Constant::toString() const {
    switch (rep) {
        case Rep::Unknown: return "unknown";
        case Rep::Bool: return small ? "true" : "false";
        case Rep::String: return shortQuote(Access::string(*this));
        case Rep::SmallInt: return std::to_string(small);
        case Rep::BigInt: return mpzToString(Access::bigInt(*this).v);
        default: break;
    }
    // Floats print as float64 would with %.6g as long as that neither
    // overflows nor underflows to zero.
    double d = doubleValue().value;
    if ((sign() == 0) == (d == 0) && !std::isinf(d)) return formatG6(d);
    return formatHugeFloat(floatOf(*this));
}

std::string Constant::exactString() const {
    switch (rep) {
        case Rep::String: return quote(Access::string(*this));
        case Rep::Rat: {
            const Mpq& q = Access::rat(*this);
            std::string text(mpz_sizeinbase(mpq_numref(q.v), 10) + mpz_sizeinbase(mpq_denref(q.v), 10) + 3, '\0');
            mpq_get_str(text.data(), 10, q.v);  // "num/den", or "num" for integers
            text.resize(text.find('\0'));
            return text;
        }
        case Rep::BigFloat: return formatHexFloat(Access::bigFloat(*this));
        default: return toString();
    }
}

ConstantResult Constant::unaryOp(ConstantUnaryOp op, const Constant& x, unsigned complementBits) {
    if (x.isUnknown()) return {x};
    switch (op) {
        case ConstantUnaryOp::Plus:
            if (x.isNumeric()) return {x};
            break;
        case ConstantUnaryOp::Minus:
            if (x.rep == Rep::SmallInt && x.small != std::numeric_limits<int64_t>::min()) return {fromInt64(-x.small)};
            if (isInt(x)) {
                Mpz z = intOf(x);
                mpz_neg(z.v, z.v);
                return {makeInt(std::move(z))};
            }
            if (x.rep == Rep::Rat) {
                Mpq q = Access::rat(x);
                mpq_neg(q.v, q.v);
                return {makeRatExact(std::move(q))};
            }
            if (x.rep == Rep::BigFloat) {
                BigFloat f = Access::bigFloat(x);
                f.sign = -f.sign;
                return {Access::make(Rep::BigFloat, std::move(f))};
            }
            break;
        case ConstantUnaryOp::Complement:
            if (isInt(x)) {
                Mpz z = intOf(x);
                mpz_com(z.v, z.v);
                // For unsigned types ^x would be negative, i.e. "too large";
                // keep only the type's bits.
                if (complementBits > 0) mpz_fdiv_r_2exp(z.v, z.v, complementBits);
                return {makeInt(std::move(z))};
            }
            break;
        case ConstantUnaryOp::Not:
            if (x.kind() == ConstantKind::Bool) return {fromBool(!x.boolValue())};
            break;
    }
    return {Constant(), ConstantError::InvalidOperation};
}

ConstantResult Constant::binaryOp(const Constant& x, ConstantOp op, const Constant& y) {
    if (op == ConstantOp::Shl || op == ConstantOp::Shr) return shift(x, op, y);
    if (isComparison(op)) return compareOp(x, op, y);
    if (x.isUnknown() || y.isUnknown()) return {Constant()};
    if (x.isNumeric() && y.isNumeric()) return numericOp(x, op, y);
    if (x.kind() == ConstantKind::String && y.kind() == ConstantKind::String && op == ConstantOp::Add)
        return {fromString(x.stringValue() + y.stringValue())};
    if (x.kind() == ConstantKind::Bool && y.kind() == ConstantKind::Bool) {
        if (op == ConstantOp::LogicalAnd) return {fromBool(x.boolValue() && y.boolValue())};
        if (op == ConstantOp::LogicalOr) return {fromBool(x.boolValue() || y.boolValue())};
    }
    return {Constant(), ConstantError::InvalidOperation};
}

ConstantResult Constant::shift(const Constant& x, ConstantOp op, const Constant& count) {
    if (op != ConstantOp::Shl && op != ConstantOp::Shr) return {Constant(), ConstantError::InvalidOperation};
    Constant value = x.toInt();
    if (!x.isUnknown() && !isInt(value))
        return {Constant(), x.isNumeric() ? ConstantError::ShiftOperandNotInteger : ConstantError::InvalidOperation};
    if (!count.isUnknown()) {
        Constant n = count.toInt();
        if (isInt(n) && n.sign() < 0) return {Constant(), ConstantError::NegativeShiftCount};
        ExactValue<uint64_t> s = n.uint64Value();
        if (!isInt(n) || !s.exact || s.value > kMaxShiftCount) return {Constant(), ConstantError::InvalidShiftCount};
    }
    if (x.isUnknown() || count.isUnknown()) return {Constant()};

    uint64_t s = count.toInt().uint64Value().value;
    if (op == ConstantOp::Shr && value.rep == Rep::SmallInt)
        return {fromInt64(value.small >> std::min<uint64_t>(s, 63))};  // arithmetic, like Go
    Mpz z = intOf(value);
    if (op == ConstantOp::Shl)
        mpz_mul_2exp(z.v, z.v, mp_bitcnt_t(s));
    else
        mpz_fdiv_q_2exp(z.v, z.v, mp_bitcnt_t(s));  // floor: arithmetic shift
    return checkedInt(std::move(z));
}

bool Constant::compare(const Constant& x, ConstantOp op, const Constant& y) {
    if (!isComparison(op)) return false;
    ConstantResult r = compareOp(x, op, y);
    return r.ok() && r.value.boolValue();
}

}  // namespace govm
