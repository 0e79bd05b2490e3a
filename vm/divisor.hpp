// Signed division by a constant as a multiply and shifts.
//
// A hardware 64-bit divide costs tens of cycles; `x % 17` in a loop is common
// enough (hashing, MINSTD generators, bucketing) that the code generator
// turns a constant divisor d, 2 <= |d| < 2^63, into a "magic" multiplier M
// and shift s (Hacker's Delight, 2nd ed., section 10-1; Granlund and
// Montgomery 1994) such that for every int64 n
//
//     n / d == ((mulhi(n, M) ± n) >> s) + (1 if that is negative)
//
// truncating toward zero as Go does. The remainder is n - q*d. DIVM and REMM
// (vm/opcodes.def) use it; divisors 1, -1 and -2^63 keep DIVK/REMK.
#pragma once

#include <cstdint>

namespace govm::vm {

struct SignedDivisor {
    int64_t divisor = 0;
    int64_t magic = 0;
    int8_t addDividend = 0;  // +1: add n to mulhi, -1: subtract it, 0: neither
    uint8_t shift = 0;

    int64_t quotient(int64_t n) const {
        uint64_t q = uint64_t(int64_t((__int128)n * magic >> 64));
        if (addDividend > 0) q += uint64_t(n);
        if (addDividend < 0) q -= uint64_t(n);
        q = uint64_t(int64_t(q) >> shift);
        return int64_t(q + (q >> 63));
    }
    int64_t remainder(int64_t n) const { return int64_t(uint64_t(n) - uint64_t(quotient(n)) * uint64_t(divisor)); }
};

// Whether d can use the multiply form.
inline bool hasSignedDivisorMagic(int64_t d) { return d != INT64_MIN && (d >= 2 || d <= -2); }

// The multiplier and shift for d (hasSignedDivisorMagic(d) must hold).
SignedDivisor makeSignedDivisor(int64_t d);

}  // namespace govm::vm
