// The fmt engine: Go 1.19's fmt.Sprint / Sprintln / Sprintf / Errorf over
// interface values.
//
// Model
//   This is a port of fmt/print.go (pp: doPrint, doPrintln, doPrintf,
//   printArg, handleMethods, printValue, badVerb, catchPanic) and of the
//   string half of fmt/format.go; the numeric verbs come from
//   runtime/strconv.hpp (fmtInteger, fmtFloat). Where Go uses reflect, this
//   walks TypeDescs over values in memory form (runtime/type.hpp): an operand
//   is an Iface (its payload() is the memory form), nested values are
//   (TypeDesc, address) pairs. Maps are printed with their keys sorted like
//   internal/fmtsort.
//
//   Methods are called as Go's fmt calls them: Error() before String() for
//   the verbs v s x X q, GoString() for %#v, on the top-level operand and on
//   nested values reflect could Interface() -- i.e. not on values reached
//   through an unexported struct field. A nil pointer whose method has a
//   value receiver prints "<nil>" without a call (the call would panic and
//   fmt's catchPanic would print exactly that). Other panics in a method are
//   recovered through NativeContext::callStringMethodRecover and printed as
//   %!v(PANIC=String method: msg).
//
//   A Formatter's Format method is called first, as in Go, with a *fmt.pp
//   (compiler/stdlib/fmt.go) as its State: the pp's first word points to
//   the printer's FormatState while the method runs, and the natives of
//   *fmt.pp (runtime/lib/fmt.cpp) write and read flags through it.
//
// Invariants
//   - Output is appended to a std::string; nothing here writes to a file.
//   - Operands must stay reachable from the caller's registers while the
//     engine runs (method calls may collect garbage): the natives pass the
//     argument slice the VM holds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/native.hpp"

namespace govm::rt {

// What a Format method reaches through its fmt.State.
class FormatState {
public:
    virtual void write(std::string_view bytes) = 0;
    virtual bool width(int64_t& wid) const = 0;
    virtual bool precision(int64_t& prec) const = 0;
    virtual bool flag(int64_t c) const = 0;

protected:
    ~FormatState() = default;
};

// fmt.Sprint: spaces between operands when neither side is a string.
void fmtSprint(NativeContext& ctx, std::string& out, const Iface* args, size_t count);

// fmt.Sprintln: spaces between all operands and a final newline.
void fmtSprintln(NativeContext& ctx, std::string& out, const Iface* args, size_t count);

// fmt.Sprintf.
void fmtSprintf(NativeContext& ctx, std::string& out, std::string_view format, const Iface* args, size_t count);

// fmt.Errorf's formatting: Sprintf with %w accepted once for an error
// operand. Returns the index in args of the wrapped operand, or -1 (no %w,
// a bad %w, or more than one %w, as Go 1.19).
int64_t fmtErrorf(NativeContext& ctx, std::string& out, std::string_view format, const Iface* args, size_t count);

}  // namespace govm::rt
