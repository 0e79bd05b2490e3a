// Value helpers of the interpreter: register <-> memory forms, interfaces,
// strings, slices and conversions. The forms are defined in
// runtime/value.hpp; Go's rules for growth and conversion are cited where
// they apply.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/go_size_class.hpp"
#include "runtime/map.hpp"
#include "vm/state.hpp"

namespace govm::vm {

using rt::Kind;
using rt::TypeDesc;

int registerSlots(const TypeDesc* type) {
    switch (type->kind) {
        case Kind::String:
        case Kind::Interface: return 2;
        case Kind::Slice: return 3;
        default: return 1;
    }
}

namespace {

// Values of at most 8 bytes (every kind but strings, slices, interfaces and
// aggregates).
void loadScalar(Kind kind, const void* from, Slot* to) {
    switch (kind) {
        case Kind::Bool:
        case Kind::Uint8: to->u = *static_cast<const uint8_t*>(from); return;
        case Kind::Int8: to->i = *static_cast<const int8_t*>(from); return;
        case Kind::Int16: { int16_t v; std::memcpy(&v, from, 2); to->i = v; return; }
        case Kind::Uint16: { uint16_t v; std::memcpy(&v, from, 2); to->u = v; return; }
        case Kind::Int32: { int32_t v; std::memcpy(&v, from, 4); to->i = v; return; }
        case Kind::Uint32: { uint32_t v; std::memcpy(&v, from, 4); to->u = v; return; }
        case Kind::Float32: { float v; std::memcpy(&v, from, 4); to->f = v; return; }
        default: std::memcpy(to, from, 8); return;
    }
}

void storeScalar(Kind kind, void* to, const Slot* from) {
    switch (kind) {
        case Kind::Bool:
        case Kind::Uint8:
        case Kind::Int8: *static_cast<uint8_t*>(to) = uint8_t(from->u); return;
        case Kind::Int16:
        case Kind::Uint16: { uint16_t v = uint16_t(from->u); std::memcpy(to, &v, 2); return; }
        case Kind::Int32:
        case Kind::Uint32: { uint32_t v = uint32_t(from->u); std::memcpy(to, &v, 4); return; }
        case Kind::Float32: { float v = float(from->f); std::memcpy(to, &v, 4); return; }
        default: std::memcpy(to, from, 8); return;
    }
}

}  // namespace

void loadValue(const TypeDesc* type, const void* from, Slot* to) {
    switch (type->kind) {
        case Kind::String:
        case Kind::Interface: std::memcpy(to, from, 16); return;
        case Kind::Slice: std::memcpy(to, from, 24); return;
        case Kind::Struct:
        case Kind::Array: to->p = const_cast<void*>(from); return;
        default: loadScalar(type->kind, from, to); return;
    }
}

void storeValue(const TypeDesc* type, void* to, const Slot* from) {
    switch (type->kind) {
        case Kind::String:
        case Kind::Interface: std::memcpy(to, from, 16); return;
        case Kind::Slice: std::memcpy(to, from, 24); return;
        case Kind::Struct:
        case Kind::Array:
            if (to != from->p) std::memmove(to, from->p, type->size);
            return;
        default: storeScalar(type->kind, to, from); return;
    }
}

void loadIfaceData(const TypeDesc* type, uint64_t data, Slot* to, Slot* dataSlot) {
    if (!type->direct) {
        loadValue(type, reinterpret_cast<const void*>(data), to);
    } else if (type->kind == Kind::Struct || type->kind == Kind::Array) {
        to->p = dataSlot;  // the memory form lives in the data word itself
    } else {
        loadScalar(type->kind, &data, to);
    }
}

void VMState::makeIface(const TypeDesc* type, const Slot* value, Slot* to, int64_t arenaSite) {
    uint64_t data = 0;
    if (type->direct) {
        if (type->kind == Kind::Struct || type->kind == Kind::Array)
            std::memcpy(&data, value->p, type->size);
        else
            storeScalar(type->kind, &data, value);
    } else {
        void* box = arenaSite >= 0 ? arenaAlloc(type, 1, uint32_t(arenaSite)) : allocOrDie(type);
        storeValue(type, box, value);
        data = reinterpret_cast<uint64_t>(box);
    }
    to[0].p = const_cast<TypeDesc*>(type);
    to[1].u = data;
}

// ---- numbers

int64_t floatToInt(double f) {
    // amd64's CVTTSD2SQ: out of range and NaN give the "integer indefinite" value.
    if (std::isnan(f) || f >= 9223372036854775808.0 || f < -9223372036854775808.0) return INT64_MIN;
    return int64_t(f);
}

uint64_t floatToUint(double f) {
    // gc's amd64 sequence for float -> uint64 (ssagen's float64ToUint64): it
    // ORs the top bit in, so values from 2^64 on give 2^63 as NaN does.
    if (std::isnan(f)) return uint64_t(INT64_MIN);
    if (f < 9223372036854775808.0) return uint64_t(floatToInt(f));
    double shifted = f - 9223372036854775808.0;
    return uint64_t(floatToInt(shifted)) | (uint64_t(1) << 63);
}

int32_t floatToInt32(double f) {
    // amd64's CVTTSD2SL, gc's conversion to every integer type of 8 to 32 bits but uint32.
    if (std::isnan(f) || f >= 2147483648.0 || f <= -2147483649.0) return INT32_MIN;
    return int32_t(f);
}

double goMinFloat(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::nan("");
    if (a == 0 && b == 0) return std::signbit(a) ? a : b;
    return a < b ? a : b;
}

double goMaxFloat(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::nan("");
    if (a == 0 && b == 0) return std::signbit(a) ? b : a;
    return a > b ? a : b;
}

// ---- strings

int stringCompare(const Slot* a, const Slot* b) {
    size_t la = size_t(a[1].i), lb = size_t(b[1].i);
    size_t common = std::min(la, lb);
    if (common > 0 && a[0].p != b[0].p) {  // empty strings may have null data
        int c = std::memcmp(a[0].p, b[0].p, common);
        if (c != 0) return c;
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

bool ifaceEqual(const Slot* a, const Slot* b, const TypeDesc** uncomparable) {
    auto* ta = static_cast<const TypeDesc*>(a[0].p);
    auto* tb = static_cast<const TypeDesc*>(b[0].p);
    if (ta != tb) return false;
    if (ta == nullptr) return true;
    rt::Iface x{ta, a[1].u}, y{tb, b[1].u};
    if (!ta->comparable) {
        *uncomparable = ta;
        return false;
    }
    return rt::equalValues(ta, x.payload(), y.payload(), uncomparable);
}

rt::String VMState::makeString(std::string_view bytes) {
    if (bytes.empty()) return {nullptr, 0};
    auto* data = static_cast<uint8_t*>(allocBytesOrDie(bytes.size()));
    std::memcpy(data, bytes.data(), bytes.size());
    return {data, int64_t(bytes.size())};
}

void VMState::concatStrings(Slot* to, const Slot* a, const Slot* b) {
    int64_t la = a[1].i, lb = b[1].i;
    if (la == 0) { to[0] = b[0]; to[1] = b[1]; return; }
    if (lb == 0) { to[0] = a[0]; to[1] = a[1]; return; }
    auto* data = static_cast<uint8_t*>(allocBytesOrDie(uint64_t(la + lb)));
    std::memcpy(data, a[0].p, size_t(la));
    std::memcpy(data + la, b[0].p, size_t(lb));
    to[0].p = data;
    to[1].i = la + lb;
}

namespace {

constexpr uint32_t kRuneError = 0xfffd;

// unicode/utf8.DecodeRune: the rune at s[0:] and its width (RuneError, 1 when invalid).
uint32_t decodeRune(const uint8_t* s, int64_t n, int* width) {
    uint8_t c = s[0];
    *width = 1;
    if (c < 0x80) return c;
    auto cont = [&](int64_t i) { return i < n && (s[i] & 0xc0) == 0x80; };
    if (c >= 0xc2 && c <= 0xdf) {
        if (!cont(1)) return kRuneError;
        *width = 2;
        return uint32_t(c & 0x1f) << 6 | (s[1] & 0x3f);
    }
    if (c >= 0xe0 && c <= 0xef) {
        if (n < 2) return kRuneError;
        uint8_t lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
        if (s[1] < lo || s[1] > hi || !cont(2)) return kRuneError;
        *width = 3;
        return uint32_t(c & 0x0f) << 12 | uint32_t(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if (n < 2) return kRuneError;
        uint8_t lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
        if (s[1] < lo || s[1] > hi || !cont(2) || !cont(3)) return kRuneError;
        *width = 4;
        return uint32_t(c & 0x07) << 18 | uint32_t(s[1] & 0x3f) << 12 | uint32_t(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
    }
    return kRuneError;
}

int encodeRune(uint32_t r, uint8_t* out) {
    if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = kRuneError;
    if (r < 0x80) { out[0] = uint8_t(r); return 1; }
    if (r < 0x800) { out[0] = uint8_t(0xc0 | r >> 6); out[1] = uint8_t(0x80 | (r & 0x3f)); return 2; }
    if (r < 0x10000) {
        out[0] = uint8_t(0xe0 | r >> 12);
        out[1] = uint8_t(0x80 | ((r >> 6) & 0x3f));
        out[2] = uint8_t(0x80 | (r & 0x3f));
        return 3;
    }
    out[0] = uint8_t(0xf0 | r >> 18);
    out[1] = uint8_t(0x80 | ((r >> 12) & 0x3f));
    out[2] = uint8_t(0x80 | ((r >> 6) & 0x3f));
    out[3] = uint8_t(0x80 | (r & 0x3f));
    return 4;
}

uint32_t runeOf(int64_t v) {
    return v < 0 || v > 0x10ffff ? kRuneError : uint32_t(v);
}

}  // namespace

void decodeRuneStep(const uint8_t* data, int64_t len, int64_t index, Slot* to) {
    int width;
    to[0].i = decodeRune(data + index, len - index, &width);
    to[1].i = index + width;
}

void VMState::convertValue(unsigned conversion, Slot* to, const Slot* from) {
    switch (Conversion(conversion)) {
        case Conversion::BytesToString: {
            rt::String s = makeString({static_cast<const char*>(from[0].p), size_t(from[1].i)});
            to[0].p = const_cast<uint8_t*>(s.data);
            to[1].i = s.len;
            return;
        }
        case Conversion::StringToBytes: {
            // Never nil, even when empty: []byte("") != nil in Go.
            int64_t n = from[1].i;
            void* data = allocBytesOrDie(uint64_t(n));
            if (n) std::memcpy(data, from[0].p, size_t(n));
            to[0].p = data;
            to[1].i = n;
            to[2].i = n;
            return;
        }
        case Conversion::RunesToString: {
            auto* runes = static_cast<const int32_t*>(from[0].p);
            std::string bytes;
            uint8_t buf[4];
            for (int64_t i = 0; i < from[1].i; ++i) bytes.append(reinterpret_cast<char*>(buf), encodeRune(runeOf(runes[i]), buf));
            rt::String s = makeString(bytes);
            to[0].p = const_cast<uint8_t*>(s.data);
            to[1].i = s.len;
            return;
        }
        case Conversion::StringToRunes: {
            auto* data = static_cast<const uint8_t*>(from[0].p);
            int64_t n = from[1].i, count = 0;
            for (int64_t i = 0; i < n; ++count) {
                int width;
                decodeRune(data + i, n - i, &width);
                i += width;
            }
            auto* runes = static_cast<int32_t*>(allocBytesOrDie(uint64_t(count) * 4));  // never nil, like the bytes
            for (int64_t i = 0, j = 0; i < n; ++j) {
                int width;
                runes[j] = int32_t(decodeRune(data + i, n - i, &width));
                i += width;
            }
            to[0].p = runes;
            to[1].i = count;
            to[2].i = count;
            return;
        }
        case Conversion::RuneToString: {
            uint8_t buf[4];
            int n = encodeRune(runeOf(from[0].i), buf);
            rt::String s = makeString({reinterpret_cast<char*>(buf), size_t(n)});
            to[0].p = const_cast<uint8_t*>(s.data);
            to[1].i = s.len;
            return;
        }
    }
}

// ---- slices

int64_t grownCapacity(int64_t oldCap, int64_t needed, uint64_t elemSize) {
    if (elemSize == 0) return needed;  // gc's growslice: no memory to round up to
    int64_t newCap = oldCap;
    int64_t doubleCap = newCap + newCap;
    if (needed > doubleCap) {
        newCap = needed;
    } else if (oldCap < 256) {
        newCap = doubleCap;
    } else {
        while (0 < newCap && newCap < needed) newCap += (newCap + 3 * 256) / 4;
        if (newCap <= 0) newCap = needed;
    }
    return int64_t(rt::roundUpSize(uint64_t(newCap) * elemSize) / elemSize);
}

// With an arena site (an append the escape pass proved local), the new
// backing array comes from the frame arena; the old one is garbage there
// until the region is released.
// `needed` is negative when the new length overflowed int.
void VMState::growSlice(rt::Slice* s, const TypeDesc* elem, int64_t needed, int64_t arenaSite) {
    if (needed < 0) panicRuntimeError("growslice: cap out of range");
    int64_t newCap = grownCapacity(s->cap, needed, elem->size);
    if (exceedsMaxAlloc(elem, uint64_t(newCap))) panicRuntimeError("growslice: cap out of range");
    void* data = arenaSite >= 0 ? arenaAlloc(elem, uint64_t(newCap), uint32_t(arenaSite))
                                : allocOrDie(elem, uint64_t(newCap));
    if (s->len) std::memcpy(data, s->data, uint64_t(s->len) * elem->size);
    s->data = data;
    s->cap = newCap;
}

void VMState::appendSlice(rt::Slice* s, const TypeDesc* elem, const Slot* from, bool fromString) {
    const void* src = from[0].p;
    int64_t n = from[1].i;
    if (n == 0) return;
    // Keep the source alive and valid across the growth: it may be s itself.
    int64_t oldLen = s->len;
    uint64_t newLen = uint64_t(oldLen) + uint64_t(n);
    if (newLen > uint64_t(s->cap)) {
        rt::Slice grown = *s;
        growSlice(&grown, elem, int64_t(newLen));
        *s = grown;
    }
    std::memmove(static_cast<char*>(s->data) + uint64_t(oldLen) * elem->size, src, uint64_t(n) * elem->size);
    s->len = oldLen + n;
    (void)fromString;
}

int64_t copySlice(const Slot* to, const Slot* from, const TypeDesc* elem, bool fromString) {
    (void)fromString;  // a string and a []byte share the first two words' layout
    int64_t n = std::min(to[1].i, from[1].i);
    if (n > 0 && to[0].p != from[0].p) std::memmove(to[0].p, from[0].p, uint64_t(n) * elem->size);
    return n;
}

// ---- allocation

void* VMState::allocOrDie(const TypeDesc* type, uint64_t count) {
    void* p = heap.allocate(type, count);
    if (!p) fatal(kOutOfMemory);
    return p;
}

void* VMState::allocFrameConfined(const TypeDesc* type, uint64_t count) {
    void* p = heap.allocate(type, count, true);
    if (!p) fatal(kOutOfMemory);
    return p;
}

void* VMState::allocBytesOrDie(uint64_t n) {
    void* p = heap.allocateBytes(n);
    if (!p) fatal(kOutOfMemory);
    return p;
}

void* VMState::zeroValue(const TypeDesc* type) {
    uint64_t words = (type->size + 7) / 8;
    if (words <= zeroBlock.size()) return zeroBlock.data();
    return allocOrDie(type);  // larger than any zero value seen before: a fresh zeroed object
}

}  // namespace govm::vm
