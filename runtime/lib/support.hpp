// Helpers shared by the standard-library natives (runtime/lib/*.cpp) and the
// fmt engine (runtime/fmt.cpp): UTF-8 decoding with Go's rules, reading
// arguments and writing results in register form, and panicking with Go
// values.
//
// UTF-8 follows unicode/utf8 exactly: an invalid or short sequence decodes as
// (RuneError, 1); surrogates and values above MaxRune are invalid; encoding an
// invalid rune writes RuneError's three bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/native.hpp"

namespace govm::rt::lib {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int32_t kRuneSelf = 0x80;

struct DecodedRune {
    int32_t rune;
    int size;
};

// utf8.DecodeRuneInString(s[i:]); (RuneError, 0) at the end of s.
DecodedRune decodeRune(std::string_view s, size_t i = 0);
// utf8.DecodeLastRuneInString(s[:end]); (RuneError, 0) if end == 0.
DecodedRune decodeLastRune(std::string_view s, size_t end);
void appendRune(std::string& out, int32_t r);
int64_t runeCount(std::string_view s);
bool validUtf8(std::string_view s);
bool fullRune(std::string_view s);

// Register-form accessors. Argument and result positions are slot indexes.
inline std::string_view argString(const Slot* args, int at) {
    return {static_cast<const char*>(args[at].p), size_t(args[at + 1].i)};
}
inline Slice argSlice(const Slot* args, int at) {
    return {args[at].p, args[at + 1].i, args[at + 2].i};
}
inline std::string_view sliceBytes(const Slice& s) {
    return {static_cast<const char*>(s.data), size_t(s.len)};
}
inline Iface argIface(const Slot* args, int at) {
    return {static_cast<const TypeDesc*>(args[at].p), args[at + 1].u};
}
inline void setString(Slot* results, int at, String s) {
    results[at].p = const_cast<uint8_t*>(s.data);
    results[at + 1].i = s.len;
}
inline void setSlice(Slot* results, int at, Slice s) {
    results[at].p = s.data;
    results[at + 1].i = s.len;
    results[at + 2].i = s.cap;
}
inline void setNilIface(Slot* results, int at) {
    results[at].p = nullptr;
    results[at + 1].u = 0;
}

// A Go string for `bytes`; the empty string needs no allocation.
String makeString(NativeContext& ctx, std::string_view bytes);
// A substring of an argument shares its bytes, as Go slicing does.
inline String substring(std::string_view whole, size_t pos, size_t len) {
    return {reinterpret_cast<const uint8_t*>(whole.data()) + pos, int64_t(len)};
}

// panic(msg) with a string value, as Go code `panic("...")` does.
[[noreturn]] void panicString(NativeContext& ctx, std::string_view msg);

// An interface value holding `value` (memory form of `type`): direct types
// are copied into the data word, others boxed in a new heap copy.
Iface makeIface(NativeContext& ctx, const TypeDesc* type, const void* value);

}  // namespace govm::rt::lib
