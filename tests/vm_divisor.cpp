// DIVM/REMM's multiply-and-shift division (vm/divisor.hpp) against the
// hardware divide, over divisors and dividends chosen to hit every branch of
// the magic-number form: both signs, powers of two, the extremes, and the
// dividends next to multiples of the divisor where rounding could slip.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <vector>

#include "vm/divisor.hpp"

using govm::vm::hasSignedDivisorMagic;
using govm::vm::makeSignedDivisor;

namespace {

std::vector<int64_t> testDivisors() {
    std::vector<int64_t> ds;
    for (int64_t d = 2; d <= 1000; ++d) {
        ds.push_back(d);
        ds.push_back(-d);
    }
    for (int s = 1; s < 63; ++s) {
        int64_t p = int64_t(1) << s;
        for (int64_t d : {p, p - 1, p + 1, -p, -(p - 1), -(p + 1)})
            if (hasSignedDivisorMagic(d)) ds.push_back(d);
    }
    for (int64_t d = 3; d > 0 && d < INT64_MAX / 3; d *= 3) ds.push_back(d);
    ds.insert(ds.end(), {INT64_MAX, INT64_MAX - 1, INT64_MIN + 1, INT64_MIN + 2, 2147483647, 16807, 7, 17});
    std::mt19937_64 rng(42);
    for (int i = 0; i < 2000; ++i) {
        int64_t d = int64_t(rng() >> (rng() % 63));
        if (i % 2) d = -d;
        if (hasSignedDivisorMagic(d)) ds.push_back(d);
    }
    return ds;
}

std::vector<int64_t> testDividends(int64_t d, std::mt19937_64& rng) {
    std::vector<int64_t> ns = {0, 1, -1, 2, -2, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1, d, -d};
    int64_t multiples[] = {INT64_MAX / d, INT64_MIN / d, 1, -1, 2, -2, 1000, -1000};
    for (int64_t m : multiples) {
        __int128 base = (__int128)m * d;
        for (int delta = -2; delta <= 2; ++delta) {
            __int128 n = base + delta;
            if (n >= INT64_MIN && n <= INT64_MAX) ns.push_back(int64_t(n));
        }
    }
    for (int i = 0; i < 40; ++i) ns.push_back(int64_t(rng() >> (rng() % 64)) * ((i & 1) ? -1 : 1));
    return ns;
}

}  // namespace

TEST_CASE("constant divisors: quotient and remainder match the hardware divide", "[vm][divisor]") {
    std::mt19937_64 rng(7);
    uint64_t checked = 0, wrong = 0;
    for (int64_t d : testDivisors()) {
        auto magic = makeSignedDivisor(d);
        for (int64_t n : testDividends(d, rng)) {
            ++checked;
            if (magic.quotient(n) != n / d || magic.remainder(n) != n % d) {
                if (++wrong <= 5) FAIL_CHECK(n << " / " << d << ": got " << magic.quotient(n) << " rem "
                                                << magic.remainder(n) << ", want " << n / d << " rem " << n % d);
            }
        }
    }
    CHECK(wrong == 0);
    CHECK(checked > 100000);
}

TEST_CASE("constant divisors: 0, 1, -1 and the minimum int keep the divide instruction", "[vm][divisor]") {
    CHECK_FALSE(hasSignedDivisorMagic(0));
    CHECK_FALSE(hasSignedDivisorMagic(1));
    CHECK_FALSE(hasSignedDivisorMagic(-1));
    CHECK_FALSE(hasSignedDivisorMagic(INT64_MIN));
    CHECK(hasSignedDivisorMagic(2));
    CHECK(hasSignedDivisorMagic(-2));
    CHECK(hasSignedDivisorMagic(INT64_MAX));
}
