// Shared helpers of the standard-library natives; see support.hpp.
#include "runtime/lib/support.hpp"

#include <cstring>

namespace govm::rt::lib {
namespace {

// unicode/utf8's accept ranges for the second byte of a sequence.
bool inRange(uint8_t c, uint8_t lo, uint8_t hi) { return lo <= c && c <= hi; }

bool isCont(uint8_t c) { return (c & 0xC0) == 0x80; }

}  // namespace

DecodedRune decodeRune(std::string_view s, size_t i) {
    if (i >= s.size()) return {kRuneError, 0};
    const auto* p = reinterpret_cast<const uint8_t*>(s.data()) + i;
    size_t n = s.size() - i;
    uint8_t c0 = p[0];
    if (c0 < 0x80) return {c0, 1};
    if (c0 < 0xC2 || c0 > 0xF4) return {kRuneError, 1};
    if (c0 < 0xE0) {
        if (n < 2 || !isCont(p[1])) return {kRuneError, 1};
        return {int32_t(c0 & 0x1F) << 6 | (p[1] & 0x3F), 2};
    }
    // The second byte's range excludes overlongs, surrogates and > MaxRune.
    uint8_t lo = 0x80, hi = 0xBF;
    if (c0 == 0xE0) lo = 0xA0;
    else if (c0 == 0xED) hi = 0x9F;
    else if (c0 == 0xF0) lo = 0x90;
    else if (c0 == 0xF4) hi = 0x8F;
    if (n < 2 || !inRange(p[1], lo, hi)) return {kRuneError, 1};
    if (c0 < 0xF0) {
        if (n < 3 || !isCont(p[2])) return {kRuneError, 1};
        return {int32_t(c0 & 0x0F) << 12 | int32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F), 3};
    }
    if (n < 3 || !isCont(p[2])) return {kRuneError, 1};
    if (n < 4 || !isCont(p[3])) return {kRuneError, 1};
    return {int32_t(c0 & 0x07) << 18 | int32_t(p[1] & 0x3F) << 12 | int32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F), 4};
}

DecodedRune decodeLastRune(std::string_view s, size_t end) {
    if (end == 0) return {kRuneError, 0};
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    if (p[end - 1] < 0x80) return {p[end - 1], 1};
    // Back up to the start of the rune (at most UTFMax bytes), as Go does.
    size_t lim = end >= 4 ? end - 4 : 0;
    size_t start = end - 1;
    while (start > lim) {
        if (!isCont(p[start])) break;
        --start;
    }
    DecodedRune d = decodeRune(s.substr(0, end), start);
    if (start + size_t(d.size) != end) return {kRuneError, 1};
    return d;
}

void appendRune(std::string& out, int32_t r) {
    uint32_t u = uint32_t(r);
    if (u < 0x80) {
        out += char(u);
    } else if (u < 0x800) {
        out += char(0xC0 | (u >> 6));
        out += char(0x80 | (u & 0x3F));
    } else {
        if (u > uint32_t(kMaxRune) || (u >= 0xD800 && u <= 0xDFFF)) u = kRuneError;
        if (u < 0x10000) {
            out += char(0xE0 | (u >> 12));
        } else {
            out += char(0xF0 | (u >> 18));
            out += char(0x80 | ((u >> 12) & 0x3F));
        }
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
    }
}

int64_t runeCount(std::string_view s) {
    int64_t n = 0;
    for (size_t i = 0; i < s.size(); ++n) {
        if (uint8_t(s[i]) < 0x80) {
            ++i;
            continue;
        }
        i += size_t(decodeRune(s, i).size);
    }
    return n;
}

bool validUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        if (uint8_t(s[i]) < 0x80) {
            ++i;
            continue;
        }
        DecodedRune d = decodeRune(s, i);
        if (d.rune == kRuneError && d.size == 1) return false;
        i += size_t(d.size);
    }
    return true;
}

// utf8.FullRuneInString: only a valid prefix cut short is not a full rune.
bool fullRune(std::string_view s) {
    if (s.empty()) return false;
    uint8_t c0 = uint8_t(s[0]);
    if (c0 < 0xC2 || c0 > 0xF4) return true;  // ASCII or an invalid first byte
    size_t need = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
    if (s.size() >= need) return true;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c0 == 0xE0) lo = 0xA0;
    else if (c0 == 0xED) hi = 0x9F;
    else if (c0 == 0xF0) lo = 0x90;
    else if (c0 == 0xF4) hi = 0x8F;
    if (s.size() > 1 && !inRange(uint8_t(s[1]), lo, hi)) return true;
    if (s.size() > 2 && !isCont(uint8_t(s[2]))) return true;
    return false;
}

String makeString(NativeContext& ctx, std::string_view bytes) {
    if (bytes.empty()) return {nullptr, 0};
    return ctx.newString(bytes);
}

void panicString(NativeContext& ctx, std::string_view msg) {
    String s = ctx.newString(msg);
    ctx.panicValue(makeIface(ctx, ctx.typeOf("string"), &s));
    __builtin_unreachable();  // GCC does not trust [[noreturn]] on a virtual call
}

Iface makeIface(NativeContext& ctx, const TypeDesc* type, const void* value) {
    Iface result{type, 0};
    if (type->direct) {
        std::memcpy(&result.data, value, size_t(type->size));
    } else {
        void* box = ctx.allocate(type);
        std::memcpy(box, value, size_t(type->size));
        result.data = reinterpret_cast<uint64_t>(box);
    }
    return result;
}

}  // namespace govm::rt::lib
