// Hashing primitives and type predicates shared by map.cpp and
// value_hash.cpp (private to the runtime). The hash is wyhash-style: 64x64
// multiplies folded to 64 bits, seeded per map, not cryptographic; keys an
// attacker picks can still only slow a map down, never break it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "runtime/type.hpp"
#include "runtime/value.hpp"

namespace govm::rt {

inline constexpr uint64_t kSecret0 = 0xa0761d6478bd642full;
inline constexpr uint64_t kSecret1 = 0xe7037ed1a0b428dbull;
inline constexpr uint64_t kSecret2 = 0x8ebc6af09c88c6e3ull;

inline uint64_t mix(uint64_t a, uint64_t b) {
    unsigned __int128 product = (unsigned __int128)a * b;
    return uint64_t(product) ^ uint64_t(product >> 64);
}

inline uint64_t load64(const uint8_t* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

inline uint64_t loadPartial(const uint8_t* p, size_t n) {  // n < 8
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    return v;
}

// The n bytes at p (0 < n < 8) as one word, read like wyhash's short reads:
// two overlapping loads instead of a variable-length copy (a libc call).
// Distinct byte strings of one length give distinct words (n itself is
// hashed by the caller); which word is not loadPartial's.
inline uint64_t loadShort(const uint8_t* p, size_t n) {
    if (n >= 4) {
        uint32_t head, tail;
        std::memcpy(&head, p, 4);
        std::memcpy(&tail, p + n - 4, 4);
        return uint64_t(head) << 32 | tail;
    }
    return uint64_t(p[0]) << 16 | uint64_t(p[n / 2]) << 8 | p[n - 1];
}

inline String loadString(const void* v) {
    String s;
    std::memcpy(&s, v, sizeof s);
    return s;
}

inline uint64_t hashWord(uint64_t word, uint64_t seed) { return mix(word ^ kSecret0, seed ^ kSecret1); }

inline uint64_t hashBytes(const uint8_t* p, size_t n, uint64_t seed) {
    uint64_t h = seed ^ mix(n ^ kSecret0, kSecret1);
    while (n >= 16) {
        h = mix(load64(p) ^ kSecret1, load64(p + 8) ^ h);
        p += 16;
        n -= 16;
    }
    if (n >= 8) {
        h = mix(load64(p) ^ kSecret2, h ^ kSecret0);
        p += 8;
        n -= 8;
    }
    if (n > 0)
        h = mix(loadShort(p, n) ^ kSecret2, h ^ kSecret1);
    return mix(h ^ kSecret0, kSecret2);
}

bool isBlankField(const FieldDesc& field);
// Whether == on t is plain byte comparison (no floats, strings, interfaces,
// padding or blank fields), so hashing and comparing its bytes is exact.
bool isMemoryType(const TypeDesc* t);
bool containsInterface(const TypeDesc* t);
bool containsFloatOrInterface(const TypeDesc* t);

}  // namespace govm::rt
