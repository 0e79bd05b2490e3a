// The magic-number search for vm/divisor.hpp (Hacker's Delight, figure 10-1,
// widened to 64 bits).
#include "vm/divisor.hpp"

namespace govm::vm {

SignedDivisor makeSignedDivisor(int64_t d) {
    constexpr uint64_t kTwo63 = uint64_t(1) << 63;
    uint64_t ad = d < 0 ? 0 - uint64_t(d) : uint64_t(d);
    uint64_t t = kTwo63 + (uint64_t(d) >> 63);
    uint64_t anc = t - 1 - t % ad;  // |nc|: the largest n with n % d == d - 1
    int p = 63;
    uint64_t q1 = kTwo63 / anc, r1 = kTwo63 - q1 * anc;  // 2^p / |nc|, rem
    uint64_t q2 = kTwo63 / ad, r2 = kTwo63 - q2 * ad;    // 2^p / |d|, rem
    uint64_t delta;
    do {
        ++p;
        q1 *= 2;
        r1 *= 2;
        if (r1 >= anc) {
            ++q1;
            r1 -= anc;
        }
        q2 *= 2;
        r2 *= 2;
        if (r2 >= ad) {
            ++q2;
            r2 -= ad;
        }
        delta = ad - r2;
    } while (q1 < delta || (q1 == delta && r1 == 0));
    SignedDivisor result;
    result.divisor = d;
    result.magic = int64_t(q2 + 1);
    if (d < 0) result.magic = int64_t(0 - uint64_t(result.magic));
    result.shift = uint8_t(p - 64);
    if (d > 0 && result.magic < 0) result.addDividend = 1;
    if (d < 0 && result.magic > 0) result.addDividend = -1;
    return result;
}

}  // namespace govm::vm
