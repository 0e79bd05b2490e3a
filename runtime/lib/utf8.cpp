// Package unicode/utf8's natives (compiler/stdlib/unicode_utf8.go): decoding,
// counting and validation, over support.hpp's Go-exact decoder.
#include <iterator>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {
namespace {

// Strings and byte slices both start with (data, len): one implementation
// serves DecodeRune and DecodeRuneInString alike.
std::string_view bytesArg(const Slot* args) { return {static_cast<const char*>(args[0].p), size_t(args[1].i)}; }

void setRune(Slot* results, DecodedRune d) {
    results[0].i = d.rune;
    results[1].i = d.size;
}

void decode(NativeContext&, const Slot* args, Slot* results) { setRune(results, decodeRune(bytesArg(args))); }

void decodeLast(NativeContext&, const Slot* args, Slot* results) {
    std::string_view s = bytesArg(args);
    setRune(results, decodeLastRune(s, s.size()));
}

void count(NativeContext&, const Slot* args, Slot* results) { results[0].i = runeCount(bytesArg(args)); }

void valid(NativeContext&, const Slot* args, Slot* results) { results[0].i = validUtf8(bytesArg(args)); }

void full(NativeContext&, const Slot* args, Slot* results) { results[0].i = fullRune(bytesArg(args)); }

const NativeEntry kNatives[] = {
    {"unicode/utf8.DecodeRune", decode},
    {"unicode/utf8.DecodeRuneInString", decode},
    {"unicode/utf8.DecodeLastRune", decodeLast},
    {"unicode/utf8.DecodeLastRuneInString", decodeLast},
    {"unicode/utf8.RuneCount", count},
    {"unicode/utf8.RuneCountInString", count},
    {"unicode/utf8.Valid", valid},
    {"unicode/utf8.ValidString", valid},
    {"unicode/utf8.FullRune", full},
    {"unicode/utf8.FullRuneInString", full},
};

}  // namespace

NativeTable utf8Natives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
