// fmt's scanning engine (Go 1.19's fmt/scan.go, minus the Scanner interface
// and complex numbers): Sscan, Sscanln, Sscanf over a string, Scan, Scanln,
// Scanf over the program's standard input (NativeContext::readInput), and
// Fscan, Fscanln, Fscanf over an io.Reader.
// It stores through the pointers of `args` by the pointee's kind, as Go's
// reflection fallback does, so named types (type Celsius float64) scan too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/native.hpp"

namespace govm::rt::lib {

// How newlines count and where the verbs come from: Fscan, Fscanln, Fscanf.
enum class ScanMode : uint8_t { Space, Line, Format };

// The error a scan ended with, as fmt.go's wrappers rebuild it: io.EOF,
// io.ErrUnexpectedEOF, errors.New(text), strconv.ErrSyntax, or a
// *strconv.NumError{Func: text, Num: num} for ErrSyntax or ErrRange; for a
// nil operand, the panic Go's reflection raises there; the error a reader
// returned (value); or the panic of a reader's method (value), which Go's
// scanner raises again.
enum class ScanCode : uint8_t {
    Ok, Eof, UnexpectedEof, Text, ErrSyntax, NumSyntax, NumRange, NilOperand, ReadError, Panicked
};

struct ScanResult {
    int64_t count = 0;  // operands stored
    ScanCode code = ScanCode::Ok;
    std::string text;
    std::string num;
    Iface value{};
};

// Where a scan reads: an io.Reader (through its Read method, or ReadRune
// and UnreadRune when it has them, as Go does), else the standard input,
// else `text`. `buffer` is a 1-byte []byte for Read, `eof` the io.EOF value.
struct ScanInput {
    std::string_view text;
    bool fromStdin = false;
    Iface reader{};
    Slice buffer{};
    Iface eof{};
};

// Reads `input` as Go's Fscan family reads a fresh reader: the rune it peeks
// at last is given back only to a reader with UnreadRune.
ScanResult scanValues(NativeContext& ctx, const ScanInput& input, ScanMode mode, std::string_view format,
                      const Iface* args, size_t count);

}  // namespace govm::rt::lib
