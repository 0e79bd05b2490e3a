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

namespace govm
{

namespace
{

// RAII owners for GMP values. Moves swap with a freshly initialised value
// because GMP has no "moved-from" state.
class Mpz
{
public:
    Mpz()
    {
        mpz_init(v);
    }
    Mpz(const Mpz& other)
    {
        mpz_init_set(v, other.v);
    }
    Mpz(Mpz&& other) noexcept
    {
        mpz_init(v);
        mpz_swap(v, other.v);
    }
    Mpz& operator=(const Mpz& other)
    {
        mpz_set(v, other.v);
        return *this;
    }
    Mpz& operator=(Mpz&& other) noexcept
    {
        mpz_swap(v, other.v);
        return *this;
    }
    ~Mpz()
    {
        mpz_clear(v);
    }

    mpz_t v;
};

class Mpq
{
public:
    Mpq()
    {
        mpq_init(v);
    }
    Mpq(const Mpq& other)
    {
        mpq_init(v);
        mpq_set(v, other.v);
    }
    Mpq(Mpq&& other) noexcept
    {
        mpq_init(v);
        mpq_swap(v, other.v);
    }
    Mpq& operator=(const Mpq& other)
    {
        mpq_set(v, other.v);
        return *this;
    }
    Mpq& operator=(Mpq&& other) noexcept
    {
        mpq_swap(v, other.v);
        return *this;
    }
    ~Mpq()
    {
        mpq_clear(v);
    }

    mpq_t v;
};

int64_t bitLength(mpz_srcptr z)
{
    return mpz_sgn(z) == 0 ? 0 : int64_t(mpz_sizeinbase(z, 2));
}

// GMP's si/ui functions take long, which is 32 bits on some ABIs, so 64-bit
// values go through mpz_import/limb access instead.
void setUint64(mpz_ptr z, uint64_t value)
{
    mpz_import(z, 1, -1, sizeof value, 0, 0, &value);
}

void setInt64(mpz_ptr z, int64_t value)
{
    setUint64(z, value < 0 ? 0 - uint64_t(value) : uint64_t(value));
    if (value < 0)
        mpz_neg(z, z);
}

uint64_t lowMagnitudeBits(mpz_srcptr z)
{
    uint64_t result = 0;
    size_t limbs = mpz_size(z);
    for (size_t i = 0; i < limbs && i * GMP_NUMB_BITS < 64; ++i)
        result |= uint64_t(mpz_getlimbn(z, mp_size_t(i))) << (i * GMP_NUMB_BITS);
    return result;
}

bool fitsInt64(mpz_srcptr z)
{
    int64_t bits = bitLength(z);
    if (bits <= 63)
        return true;
    return bits == 64 && mpz_sgn(z) < 0 && mpz_scan1(z, 0) == 63; // -2^63
}

int64_t wrapToInt64(mpz_srcptr z)
{
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

struct BigFloat
{
    int sign = 0;
    Mpz mant;
    int64_t exp = 0;

    int64_t top() const
    {
        return exp + bitLength(mant.v);
    }
};

// An exact binary expansion mag * 2^exp, or, when sticky is set, a truncated
// one whose true value lies strictly between mag * 2^exp and (mag + 1) * 2^exp.
struct BinaryValue
{
    int sign = 0;
    Mpz mag;
    int64_t exp = 0;
    bool sticky = false;
};

struct RoundedBits
{
    Mpz mag;
    int64_t exp = 0;
    bool inexact = false;
};

// Rounds to nearest-even keeping at most prec significant bits and no bit
// below 2^minBit (how IEEE denormals lose precision). With sticky set the
// caller must supply at least prec + 2 bits, so the sticky part can only ever
// break ties below the rounding position.
RoundedBits roundBits(const Mpz& mag, int64_t exp, bool sticky, int64_t prec, int64_t minBit)
{
    RoundedBits result;
    int64_t bits = bitLength(mag.v);
    if (bits == 0)
    {
        result.inexact = sticky;
        return result;
    }
    int64_t low = std::max(exp + bits - prec, minBit);
    if (low <= exp)
    {
        mpz_set(result.mag.v, mag.v);
        result.exp = exp;
        result.inexact = sticky;
        return result;
    }
    int64_t drop = low - exp;
    result.exp = low;
    result.inexact = true;
    if (drop > bits)
        return result; // less than half a unit: rounds to zero
    mpz_fdiv_q_2exp(result.mag.v, mag.v, mp_bitcnt_t(drop));
    bool half = mpz_tstbit(mag.v, mp_bitcnt_t(drop - 1)) != 0;
    bool rest = sticky || int64_t(mpz_scan1(mag.v, 0)) < drop - 1;
    result.inexact = half || rest;
    if (half && (rest || mpz_odd_p(result.mag.v)))
        mpz_add_ui(result.mag.v, result.mag.v, 1);
    return result;
}

// nullopt means the exponent overflowed (go/constant's infinity).
using FloatResult = std::optional<BigFloat>;

FloatResult normalizeFloat(int sign, RoundedBits&& bits)
{
    BigFloat f;
    if (mpz_sgn(bits.mag.v) == 0)
        return f;
    mp_bitcnt_t zeros = mpz_scan1(bits.mag.v, 0);
    mpz_fdiv_q_2exp(f.mant.v, bits.mag.v, zeros);
    f.exp = bits.exp + int64_t(zeros);
    f.sign = sign;
    if (f.top() > kMaxFloatTop)
        return std::nullopt;
    if (f.top() < kMinFloatTop)
        return BigFloat{}; // underflow to zero, as big.Float does
    return f;
}

FloatResult roundFloat(int sign, const Mpz& mag, int64_t exp, bool sticky, int64_t prec)
{
    return normalizeFloat(sign, roundBits(mag, exp, sticky, prec, kNoMinBit));
}

FloatResult floatFromInt(mpz_srcptr z, int64_t prec)
{
    Mpz mag;
    mpz_abs(mag.v, z);
    return roundFloat(mpz_sgn(z), mag, 0, false, prec);
}

// At least prec + 3 bits of num/den plus a sticky bit for the remainder.
BinaryValue ratBits(mpq_srcptr q, int64_t prec)
{
    BinaryValue result;
    result.sign = mpq_sgn(q);
    if (result.sign == 0)
        return result;
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

FloatResult floatFromRat(mpq_srcptr q, int64_t prec)
{
    BinaryValue bits = ratBits(q, prec);
    return roundFloat(bits.sign, bits.mag, bits.exp, bits.sticky, prec);
}

FloatResult floatMul(const BigFloat& a, const BigFloat& b, int64_t prec)
{
    if (a.sign == 0 || b.sign == 0)
        return BigFloat{};
    Mpz mag;
    mpz_mul(mag.v, a.mant.v, b.mant.v);
    return roundFloat(a.sign * b.sign, mag, a.exp + b.exp, false, prec);
}

FloatResult floatQuo(const BigFloat& a, const BigFloat& b, int64_t prec)
{
    if (a.sign == 0)
        return BigFloat{};
    int64_t shift = std::max<int64_t>(0, prec + 2 + bitLength(b.mant.v) - bitLength(a.mant.v));
    Mpz num, quo, rem;
    mpz_mul_2exp(num.v, a.mant.v, mp_bitcnt_t(shift));
    mpz_tdiv_qr(quo.v, rem.v, num.v, b.mant.v);
    return roundFloat(a.sign * b.sign, quo, a.exp - shift - b.exp, mpz_sgn(rem.v) != 0, prec);
}

FloatResult floatAdd(const BigFloat& x, const BigFloat& y, int ySign, int64_t prec)
{
    if (y.sign == 0)
        return roundFloat(x.sign, x.mant, x.exp, false, prec);
    if (x.sign == 0)
        return roundFloat(ySign, y.mant, y.exp, false, prec);

    const BigFloat* big = &x;
    const BigFloat* little = &y;
    int bigSign = x.sign;
    int littleSign = ySign;
    if (x.top() < y.top())
    {
        std::swap(big, little);
        std::swap(bigSign, littleSign);
    }

    // Aligning a tiny addend with a huge one could need billions of bits. An
    // addend lying entirely below both the rounding position and the lowest
    // bit of the other only decides ties through its sign, so any stand-in of
    // that sign and size gives the same rounded sum.
    BigFloat standIn;
    int64_t floor = std::min(big->exp, big->top() - prec - 8);
    if (little->top() < floor)
    {
        mpz_set_ui(standIn.mant.v, 1);
        standIn.exp = floor - 1;
        little = &standIn;
    }

    int64_t base = std::min(big->exp, little->exp);
    Mpz a, b;
    mpz_mul_2exp(a.v, big->mant.v, mp_bitcnt_t(big->exp - base));
    mpz_mul_2exp(b.v, little->mant.v, mp_bitcnt_t(little->exp - base));
    if (bigSign < 0)
        mpz_neg(a.v, a.v);
    if (littleSign < 0)
        mpz_neg(b.v, b.v);
    mpz_add(a.v, a.v, b.v);
    int sign = mpz_sgn(a.v);
    mpz_abs(a.v, a.v);
    return roundFloat(sign, a, base, false, prec);
}

int floatCmp(const BigFloat& a, const BigFloat& b)
{
    if (a.sign != b.sign)
        return a.sign < b.sign ? -1 : 1;
    if (a.sign == 0)
        return 0;
    int magnitude = 0;
    if (a.top() != b.top())
    {
        magnitude = a.top() < b.top() ? -1 : 1;
    }
    else
    {
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
FloatResult floatPow5(uint64_t exponent, int64_t prec)
{
    BigFloat result;
    result.sign = 1;
    mpz_set_ui(result.mant.v, 1);
    BigFloat power;
    power.sign = 1;
    mpz_set_ui(power.mant.v, 5);
    while (exponent != 0)
    {
        if (exponent & 1)
        {
            FloatResult next = floatMul(result, power, prec);
            if (!next)
                return std::nullopt;
            result = std::move(*next);
        }
        exponent >>= 1;
        if (exponent != 0)
        {
            FloatResult next = floatMul(power, power, prec);
            if (!next)
                return std::nullopt;
            power = std::move(*next);
        }
    }
    return result;
}

// ---------------------------------------------------------------------------
// IEEE rounding.

struct IeeeFormat
{
    int64_t mantissaBits;
    int64_t minBit; // weight of the smallest denormal
    int64_t maxTop; // values reaching 2^maxTop overflow
};

constexpr IeeeFormat kFloat64Format{53, -1074, 1024};
constexpr IeeeFormat kFloat32Format{24, -149, 128};

ExactValue<double> toIeee(const BinaryValue& value, IeeeFormat format)
{
    ExactValue<double> result;
    RoundedBits bits = roundBits(value.mag, value.exp, value.sticky, format.mantissaBits, format.minBit);
    result.exact = !bits.inexact;
    if (mpz_sgn(bits.mag.v) != 0)
    {
        if (bits.exp + bitLength(bits.mag.v) > format.maxTop)
        {
            result.value = std::numeric_limits<double>::infinity();
            result.exact = false;
        }
        else
        {
            // At most mantissaBits + 1 bits and an in-range exponent: exact.
            result.value = std::ldexp(mpz_get_d(bits.mag.v), int(bits.exp));
        }
    }
    if (value.sign < 0)
        result.value = -result.value;
    return result;
}

// ---------------------------------------------------------------------------
// Go's strconv.Quote, which go/constant uses to print string constants.

// Ranges of printable runes from U+0100 up, generated from Go 1.19's
// strconv.IsPrint (Latin-1 is handled inline).
constexpr uint32_t kPrintableRanges[][2] = {
    {0x100, 0x377}, {0x37a, 0x37f}, {0x384, 0x38a}, {0x38c, 0x38c}, {0x38e, 0x3a1}, {0x3a3, 0x52f},
    {0x531, 0x556}, {0x559, 0x58a}, {0x58d, 0x58f}, {0x591, 0x5c7}, {0x5d0, 0x5ea}, {0x5ef, 0x5f4},
    {0x606, 0x61b}, {0x61e, 0x6dc}, {0x6de, 0x70d}, {0x710, 0x74a}, {0x74d, 0x7b1}, {0x7c0, 0x7fa},
    {0x7fd, 0x82d}, {0x830, 0x83e}, {0x840, 0x85b}, {0x85e, 0x85e}, {0x860, 0x86a}, {0x8a0, 0x8b4},
    {0x8b6, 0x8c7}, {0x8d3, 0x8e1}, {0x8e3, 0x983}, {0x985, 0x98c}, {0x98f, 0x990}, {0x993, 0x9a8},
    {0x9aa, 0x9b0}, {0x9b2, 0x9b2}, {0x9b6, 0x9b9}, {0x9bc, 0x9c4}, {0x9c7, 0x9c8}, {0x9cb, 0x9ce},
    {0x9d7, 0x9d7}, {0x9dc, 0x9dd}, {0x9df, 0x9e3}, {0x9e6, 0x9fe}, {0xa01, 0xa03}, {0xa05, 0xa0a},
    {0xa0f, 0xa10}, {0xa13, 0xa28}, {0xa2a, 0xa30}, {0xa32, 0xa33}, {0xa35, 0xa36}, {0xa38, 0xa39},
    {0xa3c, 0xa3c}, {0xa3e, 0xa42}, {0xa47, 0xa48}, {0xa4b, 0xa4d}, {0xa51, 0xa51}, {0xa59, 0xa5c},
    {0xa5e, 0xa5e}, {0xa66, 0xa76}, {0xa81, 0xa83}, {0xa85, 0xa8d}, {0xa8f, 0xa91}, {0xa93, 0xaa8},
    {0xaaa, 0xab0}, {0xab2, 0xab3}, {0xab5, 0xab9}, {0xabc, 0xac5}, {0xac7, 0xac9}, {0xacb, 0xacd},
    {0xad0, 0xad0}, {0xae0, 0xae3}, {0xae6, 0xaf1}, {0xaf9, 0xaff}, {0xb01, 0xb03}, {0xb05, 0xb0c},
    {0xb0f, 0xb10}, {0xb13, 0xb28}, {0xb2a, 0xb30}, {0xb32, 0xb33}, {0xb35, 0xb39}, {0xb3c, 0xb44},
    {0xb47, 0xb48}, {0xb4b, 0xb4d}, {0xb55, 0xb57}, {0xb5c, 0xb5d}, {0xb5f, 0xb63}, {0xb66, 0xb77},
    {0xb82, 0xb83}, {0xb85, 0xb8a}, {0xb8e, 0xb90}, {0xb92, 0xb95}, {0xb99, 0xb9a}, {0xb9c, 0xb9c},
    {0xb9e, 0xb9f}, {0xba3, 0xba4}, {0xba8, 0xbaa}, {0xbae, 0xbb9}, {0xbbe, 0xbc2}, {0xbc6, 0xbc8},
    {0xbca, 0xbcd}, {0xbd0, 0xbd0}, {0xbd7, 0xbd7}, {0xbe6, 0xbfa}, {0xc00, 0xc0c}, {0xc0e, 0xc10},
    {0xc12, 0xc28}, {0xc2a, 0xc39}, {0xc3d, 0xc44}, {0xc46, 0xc48}, {0xc4a, 0xc4d}, {0xc55, 0xc56},
    {0xc58, 0xc5a}, {0xc60, 0xc63}, {0xc66, 0xc6f}, {0xc77, 0xc8c}, {0xc8e, 0xc90}, {0xc92, 0xca8},
    {0xcaa, 0xcb3}, {0xcb5, 0xcb9}, {0xcbc, 0xcc4}, {0xcc6, 0xcc8}, {0xcca, 0xccd}, {0xcd5, 0xcd6},
    {0xcde, 0xcde}, {0xce0, 0xce3}, {0xce6, 0xcef}, {0xcf1, 0xcf2}, {0xd00, 0xd0c}, {0xd0e, 0xd10},
    {0xd12, 0xd44}, {0xd46, 0xd48}, {0xd4a, 0xd4f}, {0xd54, 0xd63}, {0xd66, 0xd7f}, {0xd81, 0xd83},
    {0xd85, 0xd96}, {0xd9a, 0xdb1}, {0xdb3, 0xdbb}, {0xdbd, 0xdbd}, {0xdc0, 0xdc6}, {0xdca, 0xdca},
    {0xdcf, 0xdd4}, {0xdd6, 0xdd6}, {0xdd8, 0xddf}, {0xde6, 0xdef}, {0xdf2, 0xdf4}, {0xe01, 0xe3a},
    {0xe3f, 0xe5b}, {0xe81, 0xe82}, {0xe84, 0xe84}, {0xe86, 0xe8a}, {0xe8c, 0xea3}, {0xea5, 0xea5},
    {0xea7, 0xebd}, {0xec0, 0xec4}, {0xec6, 0xec6}, {0xec8, 0xecd}, {0xed0, 0xed9}, {0xedc, 0xedf},
    {0xf00, 0xf47}, {0xf49, 0xf6c}, {0xf71, 0xf97}, {0xf99, 0xfbc}, {0xfbe, 0xfcc}, {0xfce, 0xfda},
    {0x1000, 0x10c5}, {0x10c7, 0x10c7}, {0x10cd, 0x10cd}, {0x10d0, 0x1248}, {0x124a, 0x124d}, {0x1250, 0x1256},
    {0x1258, 0x1258}, {0x125a, 0x125d}, {0x1260, 0x1288}, {0x128a, 0x128d}, {0x1290, 0x12b0}, {0x12b2, 0x12b5},
    {0x12b8, 0x12be}, {0x12c0, 0x12c0}, {0x12c2, 0x12c5}, {0x12c8, 0x12d6}, {0x12d8, 0x1310}, {0x1312, 0x1315},
    {0x1318, 0x135a}, {0x135d, 0x137c}, {0x1380, 0x1399}, {0x13a0, 0x13f5}, {0x13f8, 0x13fd}, {0x1400, 0x167f},
    {0x1681, 0x169c}, {0x16a0, 0x16f8}, {0x1700, 0x170c}, {0x170e, 0x1714}, {0x1720, 0x1736}, {0x1740, 0x1753},
    {0x1760, 0x176c}, {0x176e, 0x1770}, {0x1772, 0x1773}, {0x1780, 0x17dd}, {0x17e0, 0x17e9}, {0x17f0, 0x17f9},
    {0x1800, 0x180d}, {0x1810, 0x1819}, {0x1820, 0x1878}, {0x1880, 0x18aa}, {0x18b0, 0x18f5}, {0x1900, 0x191e},
    {0x1920, 0x192b}, {0x1930, 0x193b}, {0x1940, 0x1940}, {0x1944, 0x196d}, {0x1970, 0x1974}, {0x1980, 0x19ab},
    {0x19b0, 0x19c9}, {0x19d0, 0x19da}, {0x19de, 0x1a1b}, {0x1a1e, 0x1a5e}, {0x1a60, 0x1a7c}, {0x1a7f, 0x1a89},
    {0x1a90, 0x1a99}, {0x1aa0, 0x1aad}, {0x1ab0, 0x1ac0}, {0x1b00, 0x1b4b}, {0x1b50, 0x1b7c}, {0x1b80, 0x1bf3},
    {0x1bfc, 0x1c37}, {0x1c3b, 0x1c49}, {0x1c4d, 0x1c88}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cc7}, {0x1cd0, 0x1cfa},
    {0x1d00, 0x1df9}, {0x1dfb, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d}, {0x1f50, 0x1f57},
    {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d}, {0x1f80, 0x1fb4}, {0x1fb6, 0x1fc4},
    {0x1fc6, 0x1fd3}, {0x1fd6, 0x1fdb}, {0x1fdd, 0x1fef}, {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffe}, {0x2010, 0x2027},
    {0x2030, 0x205e}, {0x2070, 0x2071}, {0x2074, 0x208e}, {0x2090, 0x209c}, {0x20a0, 0x20bf}, {0x20d0, 0x20f0},
    {0x2100, 0x218b}, {0x2190, 0x2426}, {0x2440, 0x244a}, {0x2460, 0x2b73}, {0x2b76, 0x2b95}, {0x2b97, 0x2c2e},
    {0x2c30, 0x2c5e}, {0x2c60, 0x2cf3}, {0x2cf9, 0x2d25}, {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d}, {0x2d30, 0x2d67},
    {0x2d6f, 0x2d70}, {0x2d7f, 0x2d96}, {0x2da0, 0x2da6}, {0x2da8, 0x2dae}, {0x2db0, 0x2db6}, {0x2db8, 0x2dbe},
    {0x2dc0, 0x2dc6}, {0x2dc8, 0x2dce}, {0x2dd0, 0x2dd6}, {0x2dd8, 0x2dde}, {0x2de0, 0x2e52}, {0x2e80, 0x2e99},
    {0x2e9b, 0x2ef3}, {0x2f00, 0x2fd5}, {0x2ff0, 0x2ffb}, {0x3001, 0x303f}, {0x3041, 0x3096}, {0x3099, 0x30ff},
    {0x3105, 0x312f}, {0x3131, 0x318e}, {0x3190, 0x31e3}, {0x31f0, 0x321e}, {0x3220, 0x9ffc}, {0xa000, 0xa48c},
    {0xa490, 0xa4c6}, {0xa4d0, 0xa62b}, {0xa640, 0xa6f7}, {0xa700, 0xa7bf}, {0xa7c2, 0xa7ca}, {0xa7f5, 0xa82c},
    {0xa830, 0xa839}, {0xa840, 0xa877}, {0xa880, 0xa8c5}, {0xa8ce, 0xa8d9}, {0xa8e0, 0xa953}, {0xa95f, 0xa97c},
    {0xa980, 0xa9cd}, {0xa9cf, 0xa9d9}, {0xa9de, 0xa9fe}, {0xaa00, 0xaa36}, {0xaa40, 0xaa4d}, {0xaa50, 0xaa59},
    {0xaa5c, 0xaac2}, {0xaadb, 0xaaf6}, {0xab01, 0xab06}, {0xab09, 0xab0e}, {0xab11, 0xab16}, {0xab20, 0xab26},
    {0xab28, 0xab2e}, {0xab30, 0xab6b}, {0xab70, 0xabed}, {0xabf0, 0xabf9}, {0xac00, 0xd7a3}, {0xd7b0, 0xd7c6},
    {0xd7cb, 0xd7fb}, {0xf900, 0xfa6d}, {0xfa70, 0xfad9}, {0xfb00, 0xfb06}, {0xfb13, 0xfb17}, {0xfb1d, 0xfb36},
    {0xfb38, 0xfb3c}, {0xfb3e, 0xfb3e}, {0xfb40, 0xfb41}, {0xfb43, 0xfb44}, {0xfb46, 0xfbc1}, {0xfbd3, 0xfd3f},
    {0xfd50, 0xfd8f}, {0xfd92, 0xfdc7}, {0xfdf0, 0xfdfd}, {0xfe00, 0xfe19}, {0xfe20, 0xfe52}, {0xfe54, 0xfe66},
    {0xfe68, 0xfe6b}, {0xfe70, 0xfe74}, {0xfe76, 0xfefc}, {0xff01, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf},
    {0xffd2, 0xffd7}, {0xffda, 0xffdc}, {0xffe0, 0xffe6}, {0xffe8, 0xffee}, {0xfffc, 0xfffd}, {0x10000, 0x1000b},
    {0x1000d, 0x10026}, {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d}, {0x10080, 0x100fa},
    {0x10100, 0x10102}, {0x10107, 0x10133}, {0x10137, 0x1018e}, {0x10190, 0x1019c}, {0x101a0, 0x101a0}, {0x101d0, 0x101fd},
    {0x10280, 0x1029c}, {0x102a0, 0x102d0}, {0x102e0, 0x102fb}, {0x10300, 0x10323}, {0x1032d, 0x1034a}, {0x10350, 0x1037a},
    {0x10380, 0x1039d}, {0x1039f, 0x103c3}, {0x103c8, 0x103d5}, {0x10400, 0x1049d}, {0x104a0, 0x104a9}, {0x104b0, 0x104d3},
    {0x104d8, 0x104fb}, {0x10500, 0x10527}, {0x10530, 0x10563}, {0x1056f, 0x1056f}, {0x10600, 0x10736}, {0x10740, 0x10755},
    {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080a, 0x10835}, {0x10837, 0x10838}, {0x1083c, 0x1083c},
    {0x1083f, 0x10855}, {0x10857, 0x1089e}, {0x108a7, 0x108af}, {0x108e0, 0x108f2}, {0x108f4, 0x108f5}, {0x108fb, 0x1091b},
    {0x1091f, 0x10939}, {0x1093f, 0x1093f}, {0x10980, 0x109b7}, {0x109bc, 0x109cf}, {0x109d2, 0x10a03}, {0x10a05, 0x10a06},
    {0x10a0c, 0x10a13}, {0x10a15, 0x10a17}, {0x10a19, 0x10a35}, {0x10a38, 0x10a3a}, {0x10a3f, 0x10a48}, {0x10a50, 0x10a58},
    {0x10a60, 0x10a9f}, {0x10ac0, 0x10ae6}, {0x10aeb, 0x10af6}, {0x10b00, 0x10b35}, {0x10b39, 0x10b55}, {0x10b58, 0x10b72},
    {0x10b78, 0x10b91}, {0x10b99, 0x10b9c}, {0x10ba9, 0x10baf}, {0x10c00, 0x10c48}, {0x10c80, 0x10cb2}, {0x10cc0, 0x10cf2},
    {0x10cfa, 0x10d27}, {0x10d30, 0x10d39}, {0x10e60, 0x10e7e}, {0x10e80, 0x10ea9}, {0x10eab, 0x10ead}, {0x10eb0, 0x10eb1},
    {0x10f00, 0x10f27}, {0x10f30, 0x10f59}, {0x10fb0, 0x10fcb}, {0x10fe0, 0x10ff6}, {0x11000, 0x1104d}, {0x11052, 0x1106f},
    {0x1107f, 0x110bc}, {0x110be, 0x110c1}, {0x110d0, 0x110e8}, {0x110f0, 0x110f9}, {0x11100, 0x11134}, {0x11136, 0x11147},
    {0x11150, 0x11176}, {0x11180, 0x111df}, {0x111e1, 0x111f4}, {0x11200, 0x11211}, {0x11213, 0x1123e}, {0x11280, 0x11286},
    {0x11288, 0x11288}, {0x1128a, 0x1128d}, {0x1128f, 0x1129d}, {0x1129f, 0x112a9}, {0x112b0, 0x112ea}, {0x112f0, 0x112f9},
    {0x11300, 0x11303}, {0x11305, 0x1130c}, {0x1130f, 0x11310}, {0x11313, 0x11328}, {0x1132a, 0x11330}, {0x11332, 0x11333},
    {0x11335, 0x11339}, {0x1133b, 0x11344}, {0x11347, 0x11348}, {0x1134b, 0x1134d}, {0x11350, 0x11350}, {0x11357, 0x11357},
    {0x1135d, 0x11363}, {0x11366, 0x1136c}, {0x11370, 0x11374}, {0x11400, 0x1145b}, {0x1145d, 0x11461}, {0x11480, 0x114c7},
    {0x114d0, 0x114d9}, {0x11580, 0x115b5}, {0x115b8, 0x115dd}, {0x11600, 0x11644}, {0x11650, 0x11659}, {0x11660, 0x1166c},
    {0x11680, 0x116b8}, {0x116c0, 0x116c9}, {0x11700, 0x1171a}, {0x1171d, 0x1172b}, {0x11730, 0x1173f}, {0x11800, 0x1183b},
    {0x118a0, 0x118f2}, {0x118ff, 0x11906}, {0x11909, 0x11909}, {0x1190c, 0x11913}, {0x11915, 0x11916}, {0x11918, 0x11935},
    {0x11937, 0x11938}, {0x1193b, 0x11946}, {0x11950, 0x11959}, {0x119a0, 0x119a7}, {0x119aa, 0x119d7}, {0x119da, 0x119e4},
    {0x11a00, 0x11a47}, {0x11a50, 0x11aa2}, {0x11ac0, 0x11af8}, {0x11c00, 0x11c08}, {0x11c0a, 0x11c36}, {0x11c38, 0x11c45},
    {0x11c50, 0x11c6c}, {0x11c70, 0x11c8f}, {0x11c92, 0x11ca7}, {0x11ca9, 0x11cb6}, {0x11d00, 0x11d06}, {0x11d08, 0x11d09},
    {0x11d0b, 0x11d36}, {0x11d3a, 0x11d3a}, {0x11d3c, 0x11d3d}, {0x11d3f, 0x11d47}, {0x11d50, 0x11d59}, {0x11d60, 0x11d65},
    {0x11d67, 0x11d68}, {0x11d6a, 0x11d8e}, {0x11d90, 0x11d91}, {0x11d93, 0x11d98}, {0x11da0, 0x11da9}, {0x11ee0, 0x11ef8},
    {0x11fb0, 0x11fb0}, {0x11fc0, 0x11ff1}, {0x11fff, 0x12399}, {0x12400, 0x1246e}, {0x12470, 0x12474}, {0x12480, 0x12543},
    {0x13000, 0x1342e}, {0x14400, 0x14646}, {0x16800, 0x16a38}, {0x16a40, 0x16a5e}, {0x16a60, 0x16a69}, {0x16a6e, 0x16a6f},
    {0x16ad0, 0x16aed}, {0x16af0, 0x16af5}, {0x16b00, 0x16b45}, {0x16b50, 0x16b59}, {0x16b5b, 0x16b61}, {0x16b63, 0x16b77},
    {0x16b7d, 0x16b8f}, {0x16e40, 0x16e9a}, {0x16f00, 0x16f4a}, {0x16f4f, 0x16f87}, {0x16f8f, 0x16f9f}, {0x16fe0, 0x16fe4},
    {0x16ff0, 0x16ff1}, {0x17000, 0x187f7}, {0x18800, 0x18cd5}, {0x18d00, 0x18d08}, {0x1b000, 0x1b11e}, {0x1b150, 0x1b152},
    {0x1b164, 0x1b167}, {0x1b170, 0x1b2fb}, {0x1bc00, 0x1bc6a}, {0x1bc70, 0x1bc7c}, {0x1bc80, 0x1bc88}, {0x1bc90, 0x1bc99},
    {0x1bc9c, 0x1bc9f}, {0x1d000, 0x1d0f5}, {0x1d100, 0x1d126}, {0x1d129, 0x1d172}, {0x1d17b, 0x1d1e8}, {0x1d200, 0x1d245},
    {0x1d2e0, 0x1d2f3}, {0x1d300, 0x1d356}, {0x1d360, 0x1d378}, {0x1d400, 0x1d454}, {0x1d456, 0x1d49c}, {0x1d49e, 0x1d49f},
    {0x1d4a2, 0x1d4a2}, {0x1d4a5, 0x1d4a6}, {0x1d4a9, 0x1d4ac}, {0x1d4ae, 0x1d4b9}, {0x1d4bb, 0x1d4bb}, {0x1d4bd, 0x1d4c3},
    {0x1d4c5, 0x1d505}, {0x1d507, 0x1d50a}, {0x1d50d, 0x1d514}, {0x1d516, 0x1d51c}, {0x1d51e, 0x1d539}, {0x1d53b, 0x1d53e},
    {0x1d540, 0x1d544}, {0x1d546, 0x1d546}, {0x1d54a, 0x1d550}, {0x1d552, 0x1d6a5}, {0x1d6a8, 0x1d7cb}, {0x1d7ce, 0x1da8b},
    {0x1da9b, 0x1da9f}, {0x1daa1, 0x1daaf}, {0x1e000, 0x1e006}, {0x1e008, 0x1e018}, {0x1e01b, 0x1e021}, {0x1e023, 0x1e024},
    {0x1e026, 0x1e02a}, {0x1e100, 0x1e12c}, {0x1e130, 0x1e13d}, {0x1e140, 0x1e149}, {0x1e14e, 0x1e14f}, {0x1e2c0, 0x1e2f9},
    {0x1e2ff, 0x1e2ff}, {0x1e800, 0x1e8c4}, {0x1e8c7, 0x1e8d6}, {0x1e900, 0x1e94b}, {0x1e950, 0x1e959}, {0x1e95e, 0x1e95f},
    {0x1ec71, 0x1ecb4}, {0x1ed01, 0x1ed3d}, {0x1ee00, 0x1ee03}, {0x1ee05, 0x1ee1f}, {0x1ee21, 0x1ee22}, {0x1ee24, 0x1ee24},
    {0x1ee27, 0x1ee27}, {0x1ee29, 0x1ee32}, {0x1ee34, 0x1ee37}, {0x1ee39, 0x1ee39}, {0x1ee3b, 0x1ee3b}, {0x1ee42, 0x1ee42},
    {0x1ee47, 0x1ee47}, {0x1ee49, 0x1ee49}, {0x1ee4b, 0x1ee4b}, {0x1ee4d, 0x1ee4f}, {0x1ee51, 0x1ee52}, {0x1ee54, 0x1ee54},
    {0x1ee57, 0x1ee57}, {0x1ee59, 0x1ee59}, {0x1ee5b, 0x1ee5b}, {0x1ee5d, 0x1ee5d}, {0x1ee5f, 0x1ee5f}, {0x1ee61, 0x1ee62},
    {0x1ee64, 0x1ee64}, {0x1ee67, 0x1ee6a}, {0x1ee6c, 0x1ee72}, {0x1ee74, 0x1ee77}, {0x1ee79, 0x1ee7c}, {0x1ee7e, 0x1ee7e},
    {0x1ee80, 0x1ee89}, {0x1ee8b, 0x1ee9b}, {0x1eea1, 0x1eea3}, {0x1eea5, 0x1eea9}, {0x1eeab, 0x1eebb}, {0x1eef0, 0x1eef1},
    {0x1f000, 0x1f02b}, {0x1f030, 0x1f093}, {0x1f0a0, 0x1f0ae}, {0x1f0b1, 0x1f0bf}, {0x1f0c1, 0x1f0cf}, {0x1f0d1, 0x1f0f5},
    {0x1f100, 0x1f1ad}, {0x1f1e6, 0x1f202}, {0x1f210, 0x1f23b}, {0x1f240, 0x1f248}, {0x1f250, 0x1f251}, {0x1f260, 0x1f265},
    {0x1f300, 0x1f6d7}, {0x1f6e0, 0x1f6ec}, {0x1f6f0, 0x1f6fc}, {0x1f700, 0x1f773}, {0x1f780, 0x1f7d8}, {0x1f7e0, 0x1f7eb},
    {0x1f800, 0x1f80b}, {0x1f810, 0x1f847}, {0x1f850, 0x1f859}, {0x1f860, 0x1f887}, {0x1f890, 0x1f8ad}, {0x1f8b0, 0x1f8b1},
    {0x1f900, 0x1f978}, {0x1f97a, 0x1f9cb}, {0x1f9cd, 0x1fa53}, {0x1fa60, 0x1fa6d}, {0x1fa70, 0x1fa74}, {0x1fa78, 0x1fa7a},
    {0x1fa80, 0x1fa86}, {0x1fa90, 0x1faa8}, {0x1fab0, 0x1fab6}, {0x1fac0, 0x1fac2}, {0x1fad0, 0x1fad6}, {0x1fb00, 0x1fb92},
    {0x1fb94, 0x1fbca}, {0x1fbf0, 0x1fbf9}, {0x20000, 0x2a6dd}, {0x2a700, 0x2b734}, {0x2b740, 0x2b81d}, {0x2b820, 0x2cea1},
    {0x2ceb0, 0x2ebe0}, {0x2f800, 0x2fa1d}, {0x30000, 0x3134a}, {0xe0100, 0xe01ef},
};

bool isPrintable(uint32_t r)
{
    if (r < 0x100)
        return (r >= 0x20 && r <= 0x7e) || (r >= 0xa1 && r != 0xad);
    const auto* end = std::end(kPrintableRanges);
    const auto* it = std::upper_bound(std::begin(kPrintableRanges), end, r, [](uint32_t value, const uint32_t(&range)[2]) {
        return value < range[0];
    });
    if (it == std::begin(kPrintableRanges))
        return false;
    --it;
    return r <= (*it)[1];
}

constexpr uint32_t kRuneError = 0xfffd;
constexpr uint32_t kMaxRune = 0x10ffff;

struct DecodedRune
{
    uint32_t rune = kRuneError;
    size_t size = 1;
    bool valid = false;
};

// Go's utf8.DecodeRune: overlong forms, surrogates and values past U+10FFFF
// are invalid and consume a single byte.
DecodedRune decodeRune(std::string_view s, size_t pos)
{
    DecodedRune result;
    auto byteAt = [&](size_t i) { return uint32_t(uint8_t(s[pos + i])); };
    uint32_t b0 = byteAt(0);
    if (b0 < 0x80)
        return {b0, 1, true};
    size_t size = b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 0;
    if (size == 0 || b0 > 0xf4 || pos + size > s.size())
        return result;
    uint32_t rune = b0 & (0x7f >> size);
    for (size_t i = 1; i < size; ++i)
    {
        uint32_t b = byteAt(i);
        if ((b & 0xc0) != 0x80)
            return result;
        rune = rune << 6 | (b & 0x3f);
    }
    static constexpr uint32_t kMinForSize[] = {0, 0, 0x80, 0x800, 0x10000};
    if (rune < kMinForSize[size] || rune > kMaxRune || (rune >= 0xd800 && rune <= 0xdfff))
        return result;
    return {rune, size, true};
}

void appendUtf8(std::string& out, uint32_t r)
{
    if (r < 0x80)
    {
        out += char(r);
    }
    else if (r < 0x800)
    {
        out += char(0xc0 | r >> 6);
        out += char(0x80 | (r & 0x3f));
    }
    else if (r < 0x10000)
    {
        out += char(0xe0 | r >> 12);
        out += char(0x80 | (r >> 6 & 0x3f));
        out += char(0x80 | (r & 0x3f));
    }
    else
    {
        out += char(0xf0 | r >> 18);
        out += char(0x80 | (r >> 12 & 0x3f));
        out += char(0x80 | (r >> 6 & 0x3f));
        out += char(0x80 | (r & 0x3f));
    }
}

void appendHex(std::string& out, uint32_t value, int digits)
{
    static constexpr char kHexDigits[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i)
        out += kHexDigits[(value >> (4 * i)) & 0xf];
}

void appendEscapedRune(std::string& out, uint32_t r)
{
    if (r == '"' || r == '\\')
    {
        out += '\\';
        out += char(r);
        return;
    }
    if (isPrintable(r))
    {
        appendUtf8(out, r);
        return;
    }
    switch (r)
    {
    case '\a':
        out += "\\a";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\v':
        out += "\\v";
        return;
    default:
        break;
    }
    if (r < ' ' || r == 0x7f)
    {
        out += "\\x";
        appendHex(out, r, 2);
    }
    else if (r < 0x10000)
    {
        out += "\\u";
        appendHex(out, r, 4);
    }
    else
    {
        out += "\\U";
        appendHex(out, r, 8);
    }
}

std::string quote(std::string_view s)
{
    std::string out = "\"";
    for (size_t pos = 0; pos < s.size();)
    {
        DecodedRune decoded = decodeRune(s, pos);
        if (!decoded.valid)
        {
            out += "\\x";
            appendHex(out, uint8_t(s[pos]), 2);
        }
        else
        {
            appendEscapedRune(out, decoded.rune);
        }
        pos += decoded.size;
    }
    out += '"';
    return out;
}

// go/constant keeps error messages readable by cutting long strings.
std::string shortQuote(std::string_view s)
{
    constexpr size_t kMaxRunes = 72;
    std::string quoted = quote(s);
    size_t runes = 0;
    size_t cut = 0;
    for (size_t pos = 0; pos < quoted.size(); pos += decodeRune(quoted, pos).size)
    {
        if (runes == kMaxRunes - 3)
            cut = pos;
        ++runes;
    }
    if (runes <= kMaxRunes)
        return quoted;
    return quoted.substr(0, cut) + "...";
}

// ---------------------------------------------------------------------------
// Literal scanning.

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

bool isDigitIn(char c, int base)
{
    return digitValue(c) < base;
}

// Scans digit { ["_"] digit }, with an optional leading "_" where the grammar
// allows one (right after a base prefix). Digits go to out without
// separators. Fails on a misplaced "_" or when there is no digit.
bool scanDigits(std::string_view text, size_t& pos, int base, bool leadingUnderscore, std::string& out)
{
    bool any = false;
    bool afterUnderscore = false;
    if (leadingUnderscore && pos < text.size() && text[pos] == '_')
    {
        afterUnderscore = true;
        ++pos;
    }
    while (pos < text.size())
    {
        char c = text[pos];
        if (c == '_')
        {
            if (afterUnderscore || !any)
                return false;
            afterUnderscore = true;
        }
        else if (isDigitIn(c, base))
        {
            out += c;
            any = true;
            afterUnderscore = false;
        }
        else
        {
            break;
        }
        ++pos;
    }
    return any && !afterUnderscore;
}

bool hasPrefix(std::string_view text, char lower)
{
    return text.size() >= 2 && text[0] == '0' && (text[1] == lower || text[1] == lower - 'a' + 'A');
}

// Decimal exponent digits, saturated: anything this large over- or
// underflows every representation anyway.
std::optional<int64_t> scanExponent(std::string_view text, size_t& pos)
{
    constexpr int64_t kSaturated = int64_t(1) << 50;
    bool negative = false;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
        negative = text[pos++] == '-';
    std::string digits;
    if (!scanDigits(text, pos, 10, false, digits))
        return std::nullopt;
    int64_t value = 0;
    for (char c : digits)
        value = std::min(kSaturated, value * 10 + (c - '0'));
    return negative ? -value : value;
}

void setPowerOfTwoRat(mpq_ptr q, const Mpz& mant, int64_t exp)
{
    mpz_set(mpq_numref(q), mant.v);
    mpz_set_ui(mpq_denref(q), 1);
    if (exp >= 0)
        mpz_mul_2exp(mpq_numref(q), mpq_numref(q), mp_bitcnt_t(exp));
    else
        mpz_mul_2exp(mpq_denref(q), mpq_denref(q), mp_bitcnt_t(-exp));
    mpq_canonicalize(q);
}

// One character of a rune or interpreted string literal (strconv.UnquoteChar).
struct UnquotedChar
{
    uint32_t value = 0;
    bool isByte = false; // \x and octal escapes denote bytes, not runes
    bool ok = false;
};

UnquotedChar unquoteChar(std::string_view s, size_t& pos, char quoteChar)
{
    UnquotedChar result;
    char c = s[pos];
    if (c == quoteChar || c == '\n')
        return result;
    if (uint8_t(c) >= 0x80)
    {
        DecodedRune decoded = decodeRune(s, pos);
        pos += decoded.size;
        return {decoded.rune, false, decoded.valid};
    }
    ++pos;
    if (c != '\\')
        return {uint32_t(uint8_t(c)), false, true};
    if (pos >= s.size())
        return result;
    char escape = s[pos++];
    switch (escape)
    {
    case 'a':
        return {'\a', false, true};
    case 'b':
        return {'\b', false, true};
    case 'f':
        return {'\f', false, true};
    case 'n':
        return {'\n', false, true};
    case 'r':
        return {'\r', false, true};
    case 't':
        return {'\t', false, true};
    case 'v':
        return {'\v', false, true};
    case '\\':
        return {'\\', false, true};
    case '\'':
    case '"':
        return {uint32_t(escape), false, escape == quoteChar};
    case 'x':
    case 'u':
    case 'U':
    {
        size_t digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
        if (s.size() - pos < digits)
            return result;
        uint32_t value = 0;
        for (size_t i = 0; i < digits; ++i)
        {
            if (!isDigitIn(s[pos + i], 16))
                return result;
            value = value << 4 | uint32_t(digitValue(s[pos + i]));
        }
        pos += digits;
        if (escape == 'x')
            return {value, true, true};
        bool valid = value <= kMaxRune && !(value >= 0xd800 && value <= 0xdfff);
        return {value, false, valid};
    }
    default:
        break;
    }
    if (escape >= '0' && escape <= '7')
    {
        uint32_t value = uint32_t(escape - '0');
        if (s.size() - pos < 2)
            return result;
        for (int i = 0; i < 2; ++i)
        {
            char d = s[pos++];
            if (d < '0' || d > '7')
                return result;
            value = value << 3 | uint32_t(d - '0');
        }
        return {value, true, value <= 255};
    }
    return result;
}

// ---------------------------------------------------------------------------
// Float formatting (go/constant's floatVal.String).

std::string formatG6(double value)
{
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    (void)ec;
    return std::string(buffer, end);
}

// Values outside float64's range: an approximate decimal conversion that is
// good to the 6 digits printed and never expands huge exponents.
std::string formatHugeFloat(const BigFloat& f)
{
    // log10(2), correctly rounded as Go's constant math.Ln2/math.Ln10 is.
    constexpr double kLog10Of2 = 0.30102999566398119521373889472449302676818988146211;
    BinaryValue mantissa;
    mantissa.sign = f.sign;
    mpz_set(mantissa.mag.v, f.mant.v);
    mantissa.exp = -bitLength(f.mant.v);
    double m = toIeee(mantissa, kFloat64Format).value; // 0.5 <= |m| < 1
    double d = double(f.top()) * kLog10Of2;
    int64_t e = int64_t(d);
    m *= std::pow(10.0, d - double(e));
    double magnitude = std::fabs(m);
    if (magnitude < 1 - 0.5e-6)
    {
        // %.6g must not round m*10 up to 10.
        m *= 10;
        e--;
    }
    else if (magnitude >= 10)
    {
        m /= 10;
        e++;
    }
    return formatG6(m) + "e" + (e >= 0 ? "+" : "") + std::to_string(e);
}

// big.Float's Text('p', 0): "0x." hex mantissa in [0.5, 1) "p" exponent.
std::string formatHexFloat(const BigFloat& f)
{
    if (f.sign == 0)
        return "0";
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

std::string mpzToString(mpz_srcptr z)
{
    std::string text(mpz_sizeinbase(z, 10) + 2, '\0');
    mpz_get_str(text.data(), 10, z);
    text.resize(text.find('\0'));
    return text;
}

} // namespace

// ---------------------------------------------------------------------------
// Representation access.

struct Constant::Impl
{
    std::variant<Mpz, Mpq, BigFloat, std::string> value;
};

struct ConstantAccess
{
    using Rep = Constant::Rep;

    static Rep rep(const Constant& c)
    {
        return c.rep;
    }
    static int64_t small(const Constant& c)
    {
        return c.small;
    }
    static const Mpz& bigInt(const Constant& c)
    {
        return std::get<Mpz>(c.impl->value);
    }
    static const Mpq& rat(const Constant& c)
    {
        return std::get<Mpq>(c.impl->value);
    }
    static const BigFloat& bigFloat(const Constant& c)
    {
        return std::get<BigFloat>(c.impl->value);
    }
    static const std::string& string(const Constant& c)
    {
        return std::get<std::string>(c.impl->value);
    }

    template<typename T>
    static Constant make(Rep rep, T&& value)
    {
        auto impl = std::make_shared<Constant::Impl>();
        impl->value = std::forward<T>(value);
        return Constant(rep, 0, std::move(impl));
    }
    static Constant makeSmall(int64_t value)
    {
        return Constant(Rep::SmallInt, value, nullptr);
    }
    static Constant makeBool(bool value)
    {
        return Constant(Rep::Bool, value ? 1 : 0, nullptr);
    }
};

namespace
{

using Rep = ConstantAccess::Rep;
using Access = ConstantAccess;

bool isInt(const Constant& c)
{
    return Access::rep(c) == Rep::SmallInt || Access::rep(c) == Rep::BigInt;
}

Constant makeInt(Mpz&& z)
{
    if (fitsInt64(z.v))
        return Access::makeSmall(wrapToInt64(z.v));
    return Access::make(Rep::BigInt, std::move(z));
}

ConstantResult checkedInt(Mpz&& z)
{
    if (size_t(bitLength(z.v)) > kMaxIntBits)
        return {Constant(), ConstantError::NotRepresentable};
    return {makeInt(std::move(z))};
}

ConstantResult makeFloat(FloatResult&& f)
{
    if (!f)
        return {Constant(), ConstantError::NotRepresentable};
    return {Access::make(Rep::BigFloat, std::move(*f))};
}

Constant makeRatExact(Mpq&& q)
{
    return Access::make(Rep::Rat, std::move(q));
}

// Fractions with huge components are slow and pointless, so like go/constant
// they degrade to floats (which cannot overflow from such inputs).
Constant makeRat(Mpq&& q)
{
    if (size_t(bitLength(mpq_numref(q.v))) < kMaxRatBits && size_t(bitLength(mpq_denref(q.v))) < kMaxRatBits)
        return makeRatExact(std::move(q));
    return makeFloat(floatFromRat(q.v, kFloatPrecision)).value;
}

Mpz intOf(const Constant& c)
{
    if (Access::rep(c) == Rep::BigInt)
        return Access::bigInt(c);
    Mpz z;
    setInt64(z.v, Access::small(c));
    return z;
}

Mpq ratOf(const Constant& c)
{
    if (Access::rep(c) == Rep::Rat)
        return Access::rat(c);
    Mpq q;
    mpq_set_z(q.v, intOf(c).v);
    return q;
}

BigFloat floatOf(const Constant& c)
{
    switch (Access::rep(c))
    {
    case Rep::BigFloat:
        return Access::bigFloat(c);
    case Rep::Rat:
        return *floatFromRat(Access::rat(c).v, kFloatPrecision);
    default:
        return *floatFromInt(intOf(c).v, kFloatPrecision);
    }
}

// Enough of the value to round it to prec bits.
BinaryValue binaryOf(const Constant& c, int64_t prec)
{
    BinaryValue result;
    switch (Access::rep(c))
    {
    case Rep::Rat:
        return ratBits(Access::rat(c).v, prec);
    case Rep::BigFloat:
    {
        const BigFloat& f = Access::bigFloat(c);
        result.sign = f.sign;
        mpz_set(result.mag.v, f.mant.v);
        result.exp = f.exp;
        return result;
    }
    default:
    {
        Mpz z = intOf(c);
        result.sign = mpz_sgn(z.v);
        mpz_abs(result.mag.v, z.v);
        return result;
    }
    }
}

// Numeric operands are combined at the more general representation.
enum class Level
{
    Int,
    Rat,
    Float,
};

Level levelOf(const Constant& c)
{
    switch (Access::rep(c))
    {
    case Rep::Rat:
        return Level::Rat;
    case Rep::BigFloat:
        return Level::Float;
    default:
        return Level::Int;
    }
}

bool isComparison(ConstantOp op)
{
    return op >= ConstantOp::Equal;
}

bool applyComparison(int cmp, ConstantOp op)
{
    switch (op)
    {
    case ConstantOp::Equal:
        return cmp == 0;
    case ConstantOp::NotEqual:
        return cmp != 0;
    case ConstantOp::Less:
        return cmp < 0;
    case ConstantOp::LessEqual:
        return cmp <= 0;
    case ConstantOp::Greater:
        return cmp > 0;
    default:
        return cmp >= 0;
    }
}

int compareNumbers(const Constant& x, const Constant& y)
{
    switch (std::max(levelOf(x), levelOf(y)))
    {
    case Level::Int:
        if (Access::rep(x) == Rep::SmallInt && Access::rep(y) == Rep::SmallInt)
            return (Access::small(x) > Access::small(y)) - (Access::small(x) < Access::small(y));
        return mpz_cmp(intOf(x).v, intOf(y).v);
    case Level::Rat:
        return mpq_cmp(ratOf(x).v, ratOf(y).v);
    default:
        return floatCmp(floatOf(x), floatOf(y));
    }
}

std::optional<int64_t> smallIntOp(int64_t a, ConstantOp op, int64_t b)
{
    int64_t r = 0;
    switch (op)
    {
    case ConstantOp::Add:
        return __builtin_add_overflow(a, b, &r) ? std::nullopt : std::optional(r);
    case ConstantOp::Sub:
        return __builtin_sub_overflow(a, b, &r) ? std::nullopt : std::optional(r);
    case ConstantOp::Mul:
        return __builtin_mul_overflow(a, b, &r) ? std::nullopt : std::optional(r);
    case ConstantOp::Quo:
        if (a == std::numeric_limits<int64_t>::min() && b == -1)
            return std::nullopt;
        return a / b;
    case ConstantOp::Rem:
        return b == -1 ? 0 : a % b;
    case ConstantOp::And:
        return a & b;
    case ConstantOp::Or:
        return a | b;
    case ConstantOp::Xor:
        return a ^ b;
    case ConstantOp::AndNot:
        return a & ~b;
    default:
        return std::nullopt;
    }
}

ConstantResult intOp(const Constant& x, ConstantOp op, const Constant& y)
{
    if (Access::rep(x) == Rep::SmallInt && Access::rep(y) == Rep::SmallInt)
    {
        if (std::optional<int64_t> r = smallIntOp(Access::small(x), op, Access::small(y)))
            return {Access::makeSmall(*r)};
    }
    Mpz a = intOf(x);
    Mpz b = intOf(y);
    Mpz r;
    switch (op)
    {
    case ConstantOp::Add:
        mpz_add(r.v, a.v, b.v);
        break;
    case ConstantOp::Sub:
        mpz_sub(r.v, a.v, b.v);
        break;
    case ConstantOp::Mul:
        mpz_mul(r.v, a.v, b.v);
        break;
    case ConstantOp::Quo:
        mpz_tdiv_q(r.v, a.v, b.v);
        break;
    case ConstantOp::Rem:
        mpz_tdiv_r(r.v, a.v, b.v);
        break;
    case ConstantOp::And:
        mpz_and(r.v, a.v, b.v);
        break;
    case ConstantOp::Or:
        mpz_ior(r.v, a.v, b.v);
        break;
    case ConstantOp::Xor:
        mpz_xor(r.v, a.v, b.v);
        break;
    case ConstantOp::AndNot:
        mpz_com(b.v, b.v);
        mpz_and(r.v, a.v, b.v);
        break;
    default:
        return {Constant(), ConstantError::InvalidOperation};
    }
    return checkedInt(std::move(r));
}

ConstantResult ratOp(const Constant& x, ConstantOp op, const Constant& y)
{
    Mpq a = ratOf(x);
    Mpq b = ratOf(y);
    Mpq r;
    switch (op)
    {
    case ConstantOp::Add:
        mpq_add(r.v, a.v, b.v);
        break;
    case ConstantOp::Sub:
        mpq_sub(r.v, a.v, b.v);
        break;
    case ConstantOp::Mul:
        mpq_mul(r.v, a.v, b.v);
        break;
    case ConstantOp::Quo:
        mpq_div(r.v, a.v, b.v);
        break;
    default:
        return {Constant(), ConstantError::InvalidOperation};
    }
    return {makeRat(std::move(r))};
}

ConstantResult floatOp(const Constant& x, ConstantOp op, const Constant& y)
{
    BigFloat a = floatOf(x);
    BigFloat b = floatOf(y);
    switch (op)
    {
    case ConstantOp::Add:
        return makeFloat(floatAdd(a, b, b.sign, kFloatPrecision));
    case ConstantOp::Sub:
        return makeFloat(floatAdd(a, b, -b.sign, kFloatPrecision));
    case ConstantOp::Mul:
        return makeFloat(floatMul(a, b, kFloatPrecision));
    case ConstantOp::Quo:
        return makeFloat(floatQuo(a, b, kFloatPrecision));
    default:
        return {Constant(), ConstantError::InvalidOperation};
    }
}

bool isIntegerOnlyOp(ConstantOp op)
{
    switch (op)
    {
    case ConstantOp::Rem:
    case ConstantOp::And:
    case ConstantOp::Or:
    case ConstantOp::Xor:
    case ConstantOp::AndNot:
        return true;
    default:
        return false;
    }
}

ConstantResult numericOp(const Constant& x, ConstantOp op, const Constant& y)
{
    Level level = std::max(levelOf(x), levelOf(y));
    bool arithmetic = op <= ConstantOp::AndNot;
    if (!arithmetic || (level != Level::Int && isIntegerOnlyOp(op)))
        return {Constant(), ConstantError::InvalidOperation};
    if ((op == ConstantOp::Quo || op == ConstantOp::Rem) && y.sign() == 0)
        return {Constant(), ConstantError::DivisionByZero};
    switch (level)
    {
    case Level::Int:
        return intOp(x, op, y);
    case Level::Rat:
        return ratOp(x, op, y);
    default:
        return floatOp(x, op, y);
    }
}

ConstantResult compareOp(const Constant& x, ConstantOp op, const Constant& y)
{
    if (x.isUnknown() || y.isUnknown())
        return {Constant()};
    if (x.isNumeric() && y.isNumeric())
        return {Constant::fromBool(applyComparison(compareNumbers(x, y), op))};
    if (x.kind() != y.kind())
        return {Constant(), ConstantError::InvalidOperation};
    if (x.kind() == ConstantKind::String)
        return {Constant::fromBool(applyComparison(x.stringValue().compare(y.stringValue()), op))};
    if (op != ConstantOp::Equal && op != ConstantOp::NotEqual)
        return {Constant(), ConstantError::InvalidOperation};
    return {Constant::fromBool(applyComparison(x.boolValue() == y.boolValue() ? 0 : 1, op))};
}

// Go's big.Float → Int conversion used by go/constant.ToInt: values that
// computations have left a hair away from an integer still count as one.
std::optional<Mpz> floatToInt(const BigFloat& f)
{
    if (f.top() <= -int64_t(kMaxRatBits) || f.top() >= int64_t(kMaxRatBits))
        return std::nullopt; // avoid creating huge integers
    Mpz z;
    if (f.exp >= 0)
    {
        mpz_mul_2exp(z.v, f.mant.v, mp_bitcnt_t(f.exp));
        if (f.sign < 0)
            mpz_neg(z.v, z.v);
        return z;
    }
    constexpr int64_t kFuzzyPrecision = int64_t(kFloatPrecision) - 4;
    int64_t drop = bitLength(f.mant.v) - kFuzzyPrecision;
    if (drop <= 0)
        return std::nullopt;
    for (int awayFromZero = 0; awayFromZero < 2; ++awayFromZero)
    {
        mpz_fdiv_q_2exp(z.v, f.mant.v, mp_bitcnt_t(drop));
        if (awayFromZero)
            mpz_add_ui(z.v, z.v, 1); // dropped bits are nonzero: mant is odd
        int64_t exp = f.exp + drop;
        mp_bitcnt_t zeros = mpz_scan1(z.v, 0);
        if (exp + int64_t(zeros) >= 0)
        {
            if (exp >= 0)
                mpz_mul_2exp(z.v, z.v, mp_bitcnt_t(exp));
            else
                mpz_fdiv_q_2exp(z.v, z.v, mp_bitcnt_t(-exp));
            if (f.sign < 0)
                mpz_neg(z.v, z.v);
            return z;
        }
    }
    return std::nullopt;
}

// Go's literal rule (go/constant.makeFloatFromLiteral): keep the exact
// fraction when the value's binary exponent is moderate, else a float.
ConstantResult chooseLiteralFloat(Mpq&& exact)
{
    FloatResult f = floatFromRat(exact.v, kFloatPrecision);
    if (f && f->top() > -int64_t(kMaxRatBits) && f->top() < int64_t(kMaxRatBits))
        return {makeRatExact(std::move(exact))};
    return makeFloat(std::move(f));
}

ConstantResult decimalFloat(const std::string& digits, int64_t exponent)
{
    Mpz mant;
    mpz_set_str(mant.v, digits.c_str(), 10);
    if (mpz_sgn(mant.v) == 0)
        return {makeRatExact(Mpq())};
    // Decimal exponent of the leading digit bounds the binary exponent.
    int64_t leading = exponent + int64_t(mpz_sizeinbase(mant.v, 10)) - 1;
    constexpr int64_t kExactLimit = 1300;           // 10^1300 > 2^4096
    constexpr int64_t kOverflowLimit = 700'000'000; // 10^7e8 > 2^(2^31)
    if (leading > kOverflowLimit)
        return {Constant(), ConstantError::NotRepresentable};
    if (leading < -kOverflowLimit)
        return {makeRatExact(Mpq())};
    if (leading >= -kExactLimit && leading <= kExactLimit)
    {
        Mpz power;
        mpz_ui_pow_ui(power.v, 10, (unsigned long)(exponent < 0 ? -exponent : exponent));
        Mpq q;
        if (exponent >= 0)
        {
            mpz_mul(mpq_numref(q.v), mant.v, power.v);
        }
        else
        {
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
    if (!m || !p)
        return {Constant(), ConstantError::NotRepresentable};
    FloatResult scaled = exponent < 0 ? floatQuo(*m, *p, kWorkPrecision) : floatMul(*m, *p, kWorkPrecision);
    if (!scaled)
        return {Constant(), ConstantError::NotRepresentable};
    return makeFloat(roundFloat(scaled->sign, scaled->mant, scaled->exp + exponent, false, kFloatPrecision));
}

ConstantResult hexFloat(const std::string& digits, int64_t exponent)
{
    Mpz mant;
    mpz_set_str(mant.v, digits.c_str(), 16);
    if (mpz_sgn(mant.v) == 0)
        return {makeRatExact(Mpq())};
    int64_t top = exponent + bitLength(mant.v);
    if (top > -int64_t(kMaxRatBits) - 2 && top < int64_t(kMaxRatBits) + 2)
    {
        Mpq q;
        setPowerOfTwoRat(q.v, mant, exponent);
        return chooseLiteralFloat(std::move(q));
    }
    return makeFloat(roundFloat(1, mant, exponent, false, kFloatPrecision));
}

ConstantResult malformed()
{
    return {Constant(), ConstantError::Malformed};
}

bool integerFits(const Constant& x, ConstantType type)
{
    if (Access::rep(x) == Rep::BigInt)
    {
        const Mpz& z = Access::bigInt(x);
        bool unsigned64 = type == ConstantType::Uint || type == ConstantType::Uint64 || type == ConstantType::Uintptr;
        return unsigned64 && mpz_sgn(z.v) > 0 && bitLength(z.v) <= 64;
    }
    int64_t v = Access::small(x);
    switch (type)
    {
    case ConstantType::Int8:
        return v >= INT8_MIN && v <= INT8_MAX;
    case ConstantType::Int16:
        return v >= INT16_MIN && v <= INT16_MAX;
    case ConstantType::Int32:
        return v >= INT32_MIN && v <= INT32_MAX;
    case ConstantType::Uint8:
        return v >= 0 && v <= UINT8_MAX;
    case ConstantType::Uint16:
        return v >= 0 && v <= UINT16_MAX;
    case ConstantType::Uint32:
        return v >= 0 && v <= int64_t(UINT32_MAX);
    case ConstantType::Uint:
    case ConstantType::Uint64:
    case ConstantType::Uintptr:
        return v >= 0;
    default:
        return true; // int, int64
    }
}

Representation representAsInteger(const Constant& x, ConstantType type)
{
    Constant i = x.toInt();
    bool fromFloat = x.kind() == ConstantKind::Float;
    if (!isInt(i))
        return {fromFloat ? Representability::Truncated : Representability::Mismatch, Constant()};
    bool untyped = type == ConstantType::UntypedInt || type == ConstantType::UntypedRune;
    if (untyped || integerFits(i, type))
        return {Representability::Ok, i};
    // gc reports any failed float -> integer conversion as truncation.
    return {fromFloat ? Representability::Truncated : Representability::Overflows, Constant()};
}

Representation representAsFloat(const Constant& x, ConstantType type)
{
    if (!x.isNumeric())
        return {Representability::Mismatch, Constant()};
    if (type == ConstantType::UntypedFloat)
        return {Representability::Ok, x.toFloat()};
    double rounded = type == ConstantType::Float32 ? double(x.floatValue().value) : x.doubleValue().value;
    if (std::isinf(rounded))
        return {Representability::Overflows, Constant()};
    return {Representability::Ok, Constant::fromDouble(rounded)};
}

} // namespace

// ---------------------------------------------------------------------------
// Public API.

const char* constantErrorMessage(ConstantError error)
{
    switch (error)
    {
    case ConstantError::None:
        return "";
    case ConstantError::DivisionByZero:
        return "invalid operation: division by zero";
    case ConstantError::NotRepresentable:
        return "constant result is not representable";
    default:
        return nullptr; // the checker quotes the operand
    }
}

Constant::Constant(Rep rep_, int64_t small_, std::shared_ptr<const Impl> impl_)
    : rep(rep_)
    , small(small_)
    , impl(std::move(impl_))
{
}

Constant Constant::unknown()
{
    return Constant();
}

Constant Constant::fromBool(bool value)
{
    return Access::makeBool(value);
}

Constant Constant::fromString(std::string value)
{
    return Access::make(Rep::String, std::move(value));
}

Constant Constant::fromInt64(int64_t value)
{
    return Access::makeSmall(value);
}

Constant Constant::fromUint64(uint64_t value)
{
    Mpz z;
    setUint64(z.v, value);
    return makeInt(std::move(z));
}

Constant Constant::fromDouble(double value)
{
    if (!std::isfinite(value))
        return Constant();
    Mpq q;
    mpq_set_d(q.v, value + 0.0); // + 0.0 turns -0 into 0
    return makeRatExact(std::move(q));
}

ConstantResult Constant::fromIntLiteral(std::string_view text)
{
    if (text.size() > kMaxLiteralLength)
        return {Constant(), ConstantError::LiteralTooLong};
    int base = 10;
    size_t pos = 0;
    bool leadingUnderscore = false;
    if (hasPrefix(text, 'x') || hasPrefix(text, 'b') || hasPrefix(text, 'o'))
    {
        base = hasPrefix(text, 'x') ? 16 : hasPrefix(text, 'b') ? 2 : 8;
        pos = 2;
        leadingUnderscore = true;
    }
    else if (text.size() > 1 && text[0] == '0')
    {
        base = 8; // legacy octal: 0777, 0_777
        pos = 1;
        leadingUnderscore = true;
    }
    std::string digits;
    if (!scanDigits(text, pos, base, leadingUnderscore, digits) || pos != text.size())
        return malformed();
    Mpz z;
    mpz_set_str(z.v, digits.c_str(), base);
    return checkedInt(std::move(z));
}

ConstantResult Constant::fromFloatLiteral(std::string_view text)
{
    if (text.size() > kMaxLiteralLength)
        return {Constant(), ConstantError::LiteralTooLong};
    bool hex = hasPrefix(text, 'x');
    int base = hex ? 16 : 10;
    size_t pos = hex ? 2 : 0;
    std::string digits;
    bool haveDigits = false;
    if (pos < text.size() && text[pos] != '.')
    {
        if (!scanDigits(text, pos, base, hex, digits))
            return malformed();
        haveDigits = true;
    }
    int64_t fractionDigits = 0;
    if (pos < text.size() && text[pos] == '.')
    {
        ++pos;
        if (pos < text.size() && isDigitIn(text[pos], base))
        {
            size_t before = digits.size();
            if (!scanDigits(text, pos, base, false, digits))
                return malformed();
            fractionDigits = int64_t(digits.size() - before);
            haveDigits = true;
        }
    }
    if (!haveDigits)
        return malformed();
    int64_t exponent = 0;
    char exponentChar = hex ? 'p' : 'e';
    if (pos < text.size() && (text[pos] == exponentChar || text[pos] == exponentChar - 'a' + 'A'))
    {
        ++pos;
        std::optional<int64_t> parsed = scanExponent(text, pos);
        if (!parsed)
            return malformed();
        exponent = *parsed;
    }
    else if (hex)
    {
        return malformed(); // hex mantissas require a 'p' exponent
    }
    if (pos != text.size())
        return malformed();
    if (hex)
        return hexFloat(digits, exponent - 4 * fractionDigits);
    return decimalFloat(digits, exponent - fractionDigits);
}

ConstantResult Constant::fromRuneLiteral(std::string_view text)
{
    if (text.size() < 3 || text.front() != '\'' || text.back() != '\'')
        return malformed();
    std::string_view body = text.substr(1, text.size() - 2);
    size_t pos = 0;
    UnquotedChar c = unquoteChar(body, pos, '\'');
    if (!c.ok || pos != body.size())
        return malformed();
    return {fromInt64(c.value)};
}

ConstantResult Constant::fromStringLiteral(std::string_view text)
{
    if (text.size() < 2 || text.front() != text.back())
        return malformed();
    std::string_view body = text.substr(1, text.size() - 2);
    std::string value;
    if (text.front() == '`')
    {
        if (body.find('`') != std::string_view::npos)
            return malformed();
        for (char c : body)
            if (c != '\r') // raw strings discard carriage returns (spec)
                value += c;
        return {fromString(std::move(value))};
    }
    if (text.front() != '"')
        return malformed();
    for (size_t pos = 0; pos < body.size();)
    {
        if (uint8_t(body[pos]) >= 0x80)
        {
            // Source bytes are copied verbatim, whatever their encoding.
            value += body[pos++];
            continue;
        }
        UnquotedChar c = unquoteChar(body, pos, '"');
        if (!c.ok)
            return malformed();
        if (c.isByte)
            value += char(c.value);
        else
            appendUtf8(value, c.value);
    }
    return {fromString(std::move(value))};
}

ConstantKind Constant::kind() const
{
    switch (rep)
    {
    case Rep::Unknown:
        return ConstantKind::Unknown;
    case Rep::Bool:
        return ConstantKind::Bool;
    case Rep::String:
        return ConstantKind::String;
    case Rep::SmallInt:
    case Rep::BigInt:
        return ConstantKind::Int;
    default:
        return ConstantKind::Float;
    }
}

bool Constant::boolValue() const
{
    return rep == Rep::Bool && small != 0;
}

const std::string& Constant::stringValue() const
{
    static const std::string kEmpty;
    return rep == Rep::String ? Access::string(*this) : kEmpty;
}

int Constant::sign() const
{
    switch (rep)
    {
    case Rep::Unknown:
        return 1;
    case Rep::SmallInt:
        return (small > 0) - (small < 0);
    case Rep::BigInt:
        return mpz_sgn(Access::bigInt(*this).v);
    case Rep::Rat:
        return mpq_sgn(Access::rat(*this).v);
    case Rep::BigFloat:
        return Access::bigFloat(*this).sign;
    default:
        return 0;
    }
}

size_t Constant::bitLen() const
{
    if (rep == Rep::SmallInt)
    {
        uint64_t magnitude = small < 0 ? 0 - uint64_t(small) : uint64_t(small);
        return magnitude == 0 ? 0 : size_t(64 - __builtin_clzll(magnitude));
    }
    if (rep == Rep::BigInt)
        return size_t(bitLength(Access::bigInt(*this).v));
    return 0;
}

ExactValue<int64_t> Constant::int64Value() const
{
    if (rep == Rep::SmallInt)
        return {small, true};
    if (rep == Rep::BigInt)
        return {wrapToInt64(Access::bigInt(*this).v), false};
    Constant i = toInt();
    if (kind() == ConstantKind::Float && isInt(i))
        return i.int64Value();
    return {};
}

ExactValue<uint64_t> Constant::uint64Value() const
{
    if (rep == Rep::SmallInt)
        return {uint64_t(small), small >= 0};
    if (rep == Rep::BigInt)
    {
        const Mpz& z = Access::bigInt(*this);
        return {lowMagnitudeBits(z.v), mpz_sgn(z.v) > 0 && bitLength(z.v) <= 64};
    }
    Constant i = toInt();
    if (kind() == ConstantKind::Float && isInt(i))
        return i.uint64Value();
    return {};
}

ExactValue<double> Constant::doubleValue() const
{
    if (!isNumeric())
        return {};
    return toIeee(binaryOf(*this, kFloat64Format.mantissaBits), kFloat64Format);
}

ExactValue<float> Constant::floatValue() const
{
    if (!isNumeric())
        return {};
    ExactValue<double> d = toIeee(binaryOf(*this, kFloat32Format.mantissaBits), kFloat32Format);
    return {float(d.value), d.exact}; // already a float32 value: exact cast
}

Constant Constant::toInt() const
{
    switch (rep)
    {
    case Rep::SmallInt:
    case Rep::BigInt:
        return *this;
    case Rep::Rat:
    {
        const Mpq& q = Access::rat(*this);
        if (mpz_cmp_ui(mpq_denref(q.v), 1) != 0)
            return Constant();
        Mpz z;
        mpz_set(z.v, mpq_numref(q.v));
        return makeInt(std::move(z));
    }
    case Rep::BigFloat:
    {
        std::optional<Mpz> z = floatToInt(Access::bigFloat(*this));
        return z ? makeInt(std::move(*z)) : Constant();
    }
    default:
        return Constant();
    }
}

Constant Constant::toFloat() const
{
    switch (rep)
    {
    case Rep::SmallInt:
        return makeRatExact(ratOf(*this));
    case Rep::BigInt:
        if (bitLen() < kMaxRatBits)
            return makeRatExact(ratOf(*this));
        return makeFloat(floatFromInt(Access::bigInt(*this).v, kFloatPrecision)).value;
    case Rep::Rat:
    case Rep::BigFloat:
        return *this;
    default:
        return Constant();
    }
}

Representation Constant::representAs(ConstantType type) const
{
    if (isUnknown())
        return {Representability::Ok, *this};
    switch (type)
    {
    case ConstantType::Bool:
    case ConstantType::UntypedBool:
        return {kind() == ConstantKind::Bool ? Representability::Ok : Representability::Mismatch, *this};
    case ConstantType::String:
    case ConstantType::UntypedString:
        return {kind() == ConstantKind::String ? Representability::Ok : Representability::Mismatch, *this};
    case ConstantType::Float32:
    case ConstantType::Float64:
    case ConstantType::UntypedFloat:
        return representAsFloat(*this, type);
    default:
        if (!isNumeric())
            return {Representability::Mismatch, Constant()};
        return representAsInteger(*this, type);
    }
}

std::string Constant::toString() const
{
    switch (rep)
    {
    case Rep::Unknown:
        return "unknown";
    case Rep::Bool:
        return small ? "true" : "false";
    case Rep::String:
        return shortQuote(Access::string(*this));
    case Rep::SmallInt:
        return std::to_string(small);
    case Rep::BigInt:
        return mpzToString(Access::bigInt(*this).v);
    default:
        break;
    }
    // Floats print as float64 would with %.6g as long as that neither
    // overflows nor underflows to zero.
    double d = doubleValue().value;
    if ((sign() == 0) == (d == 0) && !std::isinf(d))
        return formatG6(d);
    return formatHugeFloat(floatOf(*this));
}

std::string Constant::exactString() const
{
    switch (rep)
    {
    case Rep::String:
        return quote(Access::string(*this));
    case Rep::Rat:
    {
        const Mpq& q = Access::rat(*this);
        std::string text(mpz_sizeinbase(mpq_numref(q.v), 10) + mpz_sizeinbase(mpq_denref(q.v), 10) + 3, '\0');
        mpq_get_str(text.data(), 10, q.v); // "num/den", or "num" for integers
        text.resize(text.find('\0'));
        return text;
    }
    case Rep::BigFloat:
        return formatHexFloat(Access::bigFloat(*this));
    default:
        return toString();
    }
}

ConstantResult Constant::unaryOp(ConstantUnaryOp op, const Constant& x, unsigned complementBits)
{
    if (x.isUnknown())
        return {x};
    switch (op)
    {
    case ConstantUnaryOp::Plus:
        if (x.isNumeric())
            return {x};
        break;
    case ConstantUnaryOp::Minus:
        if (x.rep == Rep::SmallInt && x.small != std::numeric_limits<int64_t>::min())
            return {fromInt64(-x.small)};
        if (isInt(x))
        {
            Mpz z = intOf(x);
            mpz_neg(z.v, z.v);
            return {makeInt(std::move(z))};
        }
        if (x.rep == Rep::Rat)
        {
            Mpq q = Access::rat(x);
            mpq_neg(q.v, q.v);
            return {makeRatExact(std::move(q))};
        }
        if (x.rep == Rep::BigFloat)
        {
            BigFloat f = Access::bigFloat(x);
            f.sign = -f.sign;
            return {Access::make(Rep::BigFloat, std::move(f))};
        }
        break;
    case ConstantUnaryOp::Complement:
        if (isInt(x))
        {
            Mpz z = intOf(x);
            mpz_com(z.v, z.v);
            // For unsigned types ^x would be negative, i.e. "too large";
            // keep only the type's bits.
            if (complementBits > 0)
                mpz_fdiv_r_2exp(z.v, z.v, complementBits);
            return {makeInt(std::move(z))};
        }
        break;
    case ConstantUnaryOp::Not:
        if (x.kind() == ConstantKind::Bool)
            return {fromBool(!x.boolValue())};
        break;
    }
    return {Constant(), ConstantError::InvalidOperation};
}

ConstantResult Constant::binaryOp(const Constant& x, ConstantOp op, const Constant& y)
{
    if (op == ConstantOp::Shl || op == ConstantOp::Shr)
        return shift(x, op, y);
    if (isComparison(op))
        return compareOp(x, op, y);
    if (x.isUnknown() || y.isUnknown())
        return {Constant()};
    if (x.isNumeric() && y.isNumeric())
        return numericOp(x, op, y);
    if (x.kind() == ConstantKind::String && y.kind() == ConstantKind::String && op == ConstantOp::Add)
        return {fromString(x.stringValue() + y.stringValue())};
    if (x.kind() == ConstantKind::Bool && y.kind() == ConstantKind::Bool)
    {
        if (op == ConstantOp::LogicalAnd)
            return {fromBool(x.boolValue() && y.boolValue())};
        if (op == ConstantOp::LogicalOr)
            return {fromBool(x.boolValue() || y.boolValue())};
    }
    return {Constant(), ConstantError::InvalidOperation};
}

ConstantResult Constant::shift(const Constant& x, ConstantOp op, const Constant& count)
{
    if (op != ConstantOp::Shl && op != ConstantOp::Shr)
        return {Constant(), ConstantError::InvalidOperation};
    Constant value = x.toInt();
    if (!x.isUnknown() && !isInt(value))
        return {Constant(), x.isNumeric() ? ConstantError::ShiftOperandNotInteger : ConstantError::InvalidOperation};
    if (!count.isUnknown())
    {
        Constant n = count.toInt();
        if (isInt(n) && n.sign() < 0)
            return {Constant(), ConstantError::NegativeShiftCount};
        ExactValue<uint64_t> s = n.uint64Value();
        if (!isInt(n) || !s.exact || s.value > kMaxShiftCount)
            return {Constant(), ConstantError::InvalidShiftCount};
    }
    if (x.isUnknown() || count.isUnknown())
        return {Constant()};

    uint64_t s = count.toInt().uint64Value().value;
    if (op == ConstantOp::Shr && value.rep == Rep::SmallInt)
        return {fromInt64(value.small >> std::min<uint64_t>(s, 63))}; // arithmetic, like Go
    Mpz z = intOf(value);
    if (op == ConstantOp::Shl)
        mpz_mul_2exp(z.v, z.v, mp_bitcnt_t(s));
    else
        mpz_fdiv_q_2exp(z.v, z.v, mp_bitcnt_t(s)); // floor: arithmetic shift
    return checkedInt(std::move(z));
}

bool Constant::compare(const Constant& x, ConstantOp op, const Constant& y)
{
    if (!isComparison(op))
        return false;
    ConstantResult r = compareOp(x, op, y);
    return r.ok() && r.value.boolValue();
}

} // namespace govm
