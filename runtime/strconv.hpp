// govm runtime: number <-> string conversion primitives.
//
// Contract: every function here produces output that is byte-identical to
// Go 1.19 (the reference is $GOROOT/src/strconv and $GOROOT/src/fmt). They are
// the building blocks of govm's native `strconv` and `fmt` packages.
//
// Where each piece comes from:
//   - formatInt/formatUint/formatBool: strconv/itoa.go, atob.go.
//   - formatFloat: strconv/ftoa.go. Decimal digits come from std::to_chars
//     (shortest round-trip digits, or correctly rounded fixed-precision
//     digits); the layout (formatDigits/fmtE/fmtF/%g rules) is a port of
//     ftoa.go. 'b', 'x' and 'X' are direct ports of fmtB and fmtX.
//   - quote*/unquote*/isPrint/isGraphic/canBackquote: strconv/quote.go, with
//     the IsPrint tables ported from strconv/isprint.go.
//   - parseInt/parseUint/atoi/parseBool: strconv/atoi.go, atob.go.
//   - parseFloat: strconv/atof.go syntax (readFloat, special, underscoreOK);
//     decimal values are rounded by std::from_chars, hex floats by a port of
//     atofHex.
//   - fmtFloat/fmtComplex/fmtInteger: fmt/format.go (fmtFloat, fmtInteger,
//     fmtUnicode, fmtC, fmtQc) plus the verb dispatch of fmt/print.go.
//
// Conventions: every formatter appends to `out`. Nothing throws on bad input;
// parsers return a ParseStatus and store the value Go would return alongside
// its error (0 on syntax errors; the clamped value / ±Inf on range errors).
// Strings are byte strings (Go semantics: possibly invalid UTF-8).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace govm::rt {

// Mirrors strconv's error values: nil, ErrSyntax, ErrRange, and the
// "invalid base N" / "invalid bit size N" errors of ParseInt/ParseUint.
enum class ParseStatus : uint8_t {
    Ok,
    Syntax,
    Range,
    InvalidBase,
    InvalidBitSize,
};

// ---- integers (strconv/itoa.go) ----

// Base must be in [2, 36]; other bases append nothing (Go panics).
void formatInt(std::string& out, int64_t v, int base = 10);
void formatUint(std::string& out, uint64_t v, int base = 10);
void formatBool(std::string& out, bool b);

// ---- floats (strconv/ftoa.go) ----

// strconv.FormatFloat(v, fmt, prec, bitSize). fmt is one of b e E f g G x X;
// prec -1 means shortest; bitSize is 32 or 64 (anything else is treated as
// 64). An unknown fmt appends "%" followed by fmt, as Go does.
void formatFloat(std::string& out, double v, char fmt, int prec, int bitSize);

// fmt's %v for a float64 (bitSize 64) or float32 (bitSize 32) value.
void formatFloatV(std::string& out, double v, int bitSize);

// ---- fmt verbs (fmt/format.go) ----

// Flags as fmt's doPrintf leaves them. width <= 0 means "no width". As in Go,
// `minus` disables `zero`. For %+v / %#v the caller clears plus / sharp first
// (fmt's plusV/sharpV), and renders %#v of unsigned integers as verb 'x' with
// sharp set (fmt0x64).
struct FmtFlags {
    bool plus = false;
    bool space = false;
    bool sharp = false;
    bool minus = false;
    bool zero = false;
    int width = 0;
};

// Float verbs v b e E f F g G x X. prec < 0 means no precision was given.
// bitSize is 32 or 64. Returns false (appending nothing) for other verbs.
bool fmtFloat(std::string& out, double v, int bitSize, char verb, int prec, const FmtFlags& flags);

// Complex verbs (same set as fmtFloat); bitSize is 64 or 128. Renders "(re+imi)".
bool fmtComplex(std::string& out, double re, double im, int bitSize, char verb, int prec, const FmtFlags& flags);

// Integer verbs v d b o O x X c q U for the 64-bit pattern `bits`, interpreted
// as int64 when isSigned. prec < 0 means no precision. Returns false (appending
// nothing) for other verbs.
bool fmtInteger(std::string& out, uint64_t bits, bool isSigned, char verb, int prec, const FmtFlags& flags);

// ---- quoting (strconv/quote.go) ----

void quote(std::string& out, std::string_view s);
void quoteToASCII(std::string& out, std::string_view s);
void quoteToGraphic(std::string& out, std::string_view s);
void quoteRune(std::string& out, int32_t r);
void quoteRuneToASCII(std::string& out, int32_t r);
void quoteRuneToGraphic(std::string& out, int32_t r);
bool canBackquote(std::string_view s);
bool isPrint(int32_t r);
bool isGraphic(int32_t r);

// strconv.Unquote: on success appends the unquoted value to out and returns
// true; on ErrSyntax returns false and leaves out unchanged.
bool unquote(std::string_view s, std::string& out);

// strconv.QuotedPrefix: on success stores the quoted prefix of s in prefix.
bool quotedPrefix(std::string_view s, std::string_view& prefix);

// strconv.UnquoteChar. On success fills value/multibyte/tail and returns true.
bool unquoteChar(std::string_view s, char quote, int32_t& value, bool& multibyte, std::string_view& tail);

// ---- parsing (strconv/atoi.go, atof.go, atob.go) ----

ParseStatus parseInt(std::string_view s, int base, int bitSize, int64_t& out);
ParseStatus parseUint(std::string_view s, int base, int bitSize, uint64_t& out);
// strconv.Atoi for a 64-bit int (fast path for short inputs).
ParseStatus atoi(std::string_view s, int64_t& out);
// bitSize 32 rounds to float32 (the result is exactly representable as one).
ParseStatus parseFloat(std::string_view s, int bitSize, double& out);
ParseStatus parseBool(std::string_view s, bool& out);

// Appends the text of the *NumError Go would return, e.g.
// `strconv.ParseInt: parsing "x": invalid syntax`. func is the Go function
// name ("ParseInt", "Atoi", ...); arg is the base or bit size for the
// InvalidBase / InvalidBitSize statuses. Appends nothing for Ok.
void appendNumError(std::string& out, std::string_view func, std::string_view input, ParseStatus status, int arg = 0);

}  // namespace govm::rt
