// Natives of package fmt (compiler/stdlib/fmt.go): the Print and Sprint
// families and Errorf's formatter, over the engine in runtime/fmt.hpp, and
// the Scan families' scanner (runtime/lib/fmt_scan.hpp).
// `...any` arrives as a slice of Iface (3 slots).
#include <cstring>
#include <iterator>
#include <string>

#include "runtime/fmt.hpp"
#include "runtime/lib/fmt_scan.hpp"
#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"
#include "runtime/strconv.hpp"

namespace govm::rt::lib {
namespace {

const Iface* ifaces(const Slice& s) { return static_cast<const Iface*>(s.data); }

// (n int, err error) of a successful write.
void setWriteResults(Slot* results, size_t n) {
    results[0].i = int64_t(n);
    setNilIface(results, 1);
}

void print(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice a = argSlice(args, 0);
    std::string out;
    fmtSprint(ctx, out, ifaces(a), size_t(a.len));
    ctx.write(1, out);
    setWriteResults(results, out.size());
}

void println(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice a = argSlice(args, 0);
    std::string out;
    fmtSprintln(ctx, out, ifaces(a), size_t(a.len));
    ctx.write(1, out);
    setWriteResults(results, out.size());
}

void printf(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice a = argSlice(args, 2);
    std::string out;
    fmtSprintf(ctx, out, argString(args, 0), ifaces(a), size_t(a.len));
    ctx.write(1, out);
    setWriteResults(results, out.size());
}

void sprint(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice a = argSlice(args, 0);
    std::string out;
    fmtSprint(ctx, out, ifaces(a), size_t(a.len));
    setString(results, 0, makeString(ctx, out));
}

void sprintln(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice a = argSlice(args, 0);
    std::string out;
    fmtSprintln(ctx, out, ifaces(a), size_t(a.len));
    setString(results, 0, makeString(ctx, out));
}

void sprintf(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice a = argSlice(args, 2);
    std::string out;
    fmtSprintf(ctx, out, argString(args, 0), ifaces(a), size_t(a.len));
    setString(results, 0, makeString(ctx, out));
}

// errorf(format string, a []any) (msg string, wrapped int)
void errorf(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice a = argSlice(args, 2);
    std::string out;
    int64_t wrapped = fmtErrorf(ctx, out, argString(args, 0), ifaces(a), size_t(a.len));
    setString(results, 0, makeString(ctx, out));
    results[2].i = wrapped;
}

// scan(str string, stdin bool, r io.Reader, buf []byte, eof error, format string, a []any, mode int)
// (n int, code int, text string, num string, value any)
void scan(NativeContext& ctx, const Slot* args, Slot* results) {
    ScanInput input{argString(args, 0), args[2].i != 0, argIface(args, 3), argSlice(args, 5), argIface(args, 8)};
    Slice a = argSlice(args, 12);
    ScanResult r = scanValues(ctx, input, ScanMode(args[15].i), argString(args, 10), ifaces(a), size_t(a.len));
    results[0].i = r.count;
    results[1].i = int64_t(r.code);
    setString(results, 2, makeString(ctx, r.text));
    setString(results, 4, makeString(ctx, r.num));
    results[6].p = const_cast<TypeDesc*>(r.value.type);
    results[7].u = r.value.data;
}

// strconvError(code int, fn string, num string) (err error, text string):
// strconv.ErrSyntax (code 4) or a *strconv.NumError (5: ErrSyntax, 6:
// ErrRange) made by strconv's own scanError method, or, in a program without
// strconv, a nil error and the text Go's would have.
void strconvError(NativeContext& ctx, const Slot* args, Slot* results) {
    int64_t code = args[0].i;
    std::string_view fn = argString(args, 1), num = argString(args, 3);
    setNilIface(results, 0);
    setString(results, 2, {nullptr, 0});
    if (const TypeDesc* type = ctx.typeOf("*strconv.NumError")) {
        Iface err{type, reinterpret_cast<uint64_t>(ctx.allocate(type->elem))};
        Slot in[5] = {args[1], args[2], args[3], args[4], {.i = code == 6}};
        Iface recovered{};
        uint32_t pin = ctx.pin(err);
        auto outcome = ctx.callMethodRecover(err, "scanError", "func(string, string, bool)", in, 5, nullptr, 0, recovered);
        ctx.unpin(pin);
        if (outcome == NativeContext::MethodCall::Ok) {
            const FieldDesc& errField = type->elem->fields[2];
            if (code == 4) std::memcpy(&err, reinterpret_cast<const char*>(err.data) + errField.offset, sizeof err);
            results[0].p = const_cast<TypeDesc*>(err.type);
            results[1].u = err.data;
            return;
        }
    }
    std::string text = "invalid syntax";
    if (code != 4) {
        text.clear();
        appendNumError(text, fn, num, code == 6 ? ParseStatus::Range : ParseStatus::Syntax);
    }
    setString(results, 2, makeString(ctx, text));
}

// ---- *fmt.pp, the State of a Format method

// The printer a *pp receiver points to; null once its Format call is over.
FormatState* formatState(const Slot* args) {
    auto* pp = static_cast<const uintptr_t*>(args[0].p);
    return reinterpret_cast<FormatState*>(*pp);
}

// Write(b []byte) and WriteString(s string): both arrive as (data, len).
void ppWrite(NativeContext&, const Slot* args, Slot* results) {
    std::string_view bytes = argString(args, 1);
    if (FormatState* state = formatState(args)) state->write(bytes);
    setWriteResults(results, bytes.size());
}

void ppWidth(NativeContext&, const Slot* args, Slot* results) {
    int64_t wid = 0;
    FormatState* state = formatState(args);
    results[1].i = state && state->width(wid);
    results[0].i = wid;
}

void ppPrecision(NativeContext&, const Slot* args, Slot* results) {
    int64_t prec = 0;
    FormatState* state = formatState(args);
    results[1].i = state && state->precision(prec);
    results[0].i = prec;
}

void ppFlag(NativeContext&, const Slot* args, Slot* results) {
    FormatState* state = formatState(args);
    results[0].i = state && state->flag(args[1].i);
}

const NativeEntry kNatives[] = {
    {"fmt.Print", print},     {"fmt.Println", println},   {"fmt.Printf", printf}, {"fmt.Sprint", sprint},
    {"fmt.Sprintln", sprintln}, {"fmt.Sprintf", sprintf}, {"fmt.errorf", errorf},
    {"fmt.scan", scan}, {"fmt.strconvError", strconvError},
    {"fmt.(*pp).Write", ppWrite}, {"fmt.(*pp).WriteString", ppWrite}, {"fmt.(*pp).Width", ppWidth},
    {"fmt.(*pp).Precision", ppPrecision}, {"fmt.(*pp).Flag", ppFlag},
};

}  // namespace

NativeTable fmtNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
