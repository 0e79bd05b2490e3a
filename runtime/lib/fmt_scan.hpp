// fmt's scanning engine (Go 1.19's fmt/scan.go, minus the Scanner interface
// and complex numbers): Sscan, Sscanln, Sscanf over a string and Scan,
// Scanln, Scanf over the program's standard input (NativeContext::readInput).
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
// *strconv.NumError{Func: text, Num: num} for ErrSyntax or ErrRange; or, for a
// nil operand, the panic Go's reflection raises there.
enum class ScanCode : uint8_t { Ok, Eof, UnexpectedEof, Text, ErrSyntax, NumSyntax, NumRange, NilOperand };

struct ScanResult {
    int64_t count = 0;  // operands stored
    ScanCode code = ScanCode::Ok;
    std::string text;
    std::string num;
};

// Reads `input`, or the standard input when `fromStdin`, as Go's Fscan
// family reads a fresh reader: the rune it peeks at last is not given back.
ScanResult scanValues(NativeContext& ctx, std::string_view input, bool fromStdin, ScanMode mode,
                      std::string_view format, const Iface* args, size_t count);

}  // namespace govm::rt::lib
