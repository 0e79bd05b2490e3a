#include "vm/builtin_natives.hpp"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

namespace govm::vm {

using rt::Slot;

namespace {

void returnString(rt::NativeContext& ctx, Slot* results, std::string_view text) {
    rt::String s = ctx.newString(text);
    results[0].p = const_cast<uint8_t*>(s.data);
    results[1].i = s.len;
}

// The receiver is the interface data word: a pointer to the boxed string.
void errorStringError(rt::NativeContext& ctx, const Slot* args, Slot* results) {
    auto* s = static_cast<const rt::String*>(args[0].p);
    returnString(ctx, results, "runtime error: " + std::string(s->view()));
}

void plainErrorError(rt::NativeContext& ctx, const Slot* args, Slot* results) {
    auto* s = static_cast<const rt::String*>(args[0].p);
    returnString(ctx, results, s->view());
}

void noOp(rt::NativeContext&, const Slot*, Slot*) {}

Function* nativeFunction(Program& program, std::string name, rt::NativeFn native, int resultSlots) {
    auto fn = std::make_unique<Function>();
    fn->name = std::move(name);
    fn->native = native;
    fn->paramSlots = 1;
    fn->paramKinds = {SlotKind::Pointer};
    fn->resultSlots = uint16_t(resultSlots);
    fn->frameSize = uint16_t(std::max(1, resultSlots));
    fn->file = "<runtime>";
    auto* closure = static_cast<rt::Closure*>(std::calloc(1, sizeof(rt::Closure)));
    closure->fn = fn.get();
    fn->staticClosure = closure;
    program.ownedClosures.emplace_back(closure, [](rt::Closure* c) { std::free(c); });
    Function* raw = fn.get();
    program.functions.push_back(std::move(fn));
    return raw;
}

rt::TypeDesc* newType(Program& program) {
    program.ownedTypes.push_back(std::make_unique<rt::TypeDesc>());
    rt::TypeDesc* t = program.ownedTypes.back().get();
    program.types.push_back(t);
    return t;
}

const rt::MethodDesc* errorMethods(Program& program, const std::string& typeName, rt::NativeFn error) {
    auto* methods = program.ownArray<rt::MethodDesc>(2);
    methods[0] = {"Error", "func() string", nativeFunction(program, typeName + ".Error", error, 2)};
    methods[1] = {"RuntimeError", "func()", nativeFunction(program, typeName + ".RuntimeError", noOp, 0)};
    return methods;
}

rt::TypeDesc* stringErrorType(Program& program, std::string_view name, rt::NativeFn error) {
    rt::TypeDesc* t = newType(program);
    t->kind = rt::Kind::String;
    t->align = 8;
    t->size = 16;
    t->comparable = true;
    t->hasPointers = true;
    t->name = name;
    t->isNamed = true;
    t->methods = errorMethods(program, std::string(name), error);
    t->methodCount = 2;
    return t;
}

}  // namespace

void installRuntimeErrorTypes(Program& program) {
    program.runtimeErrorType = stringErrorType(program, "runtime.errorString", errorStringError);
    program.plainErrorType = stringErrorType(program, "runtime.plainError", plainErrorError);
    // gc's boundsError is a struct of the operands; only its type name and
    // its Error text can be observed without reflection, so it holds the text.
    program.boundsErrorType = stringErrorType(program, "runtime.boundsError", errorStringError);
    // *runtime.TypeAssertionError points to a struct whose first field is the message.
    rt::TypeDesc* body = newType(program);
    *body = *program.runtimeErrorType;
    body->name = "runtime.TypeAssertionError";
    body->methods = nullptr;
    body->methodCount = 0;
    rt::TypeDesc* ptr = newType(program);
    ptr->kind = rt::Kind::Pointer;
    ptr->align = 8;
    ptr->size = 8;
    ptr->comparable = true;
    ptr->hasPointers = true;
    ptr->direct = true;
    ptr->elem = body;
    ptr->name = "*runtime.TypeAssertionError";
    ptr->methods = errorMethods(program, "runtime.(*TypeAssertionError)", plainErrorError);
    ptr->methodCount = 2;
    program.typeAssertionErrorType = ptr;
}

// ---- print / println (runtime/print.go)

// The runtime's print of a float64 (runtime/print.go printfloat): +1.500000e+000.
std::string formatRuntimeFloat(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
    constexpr int kDigits = 7;
    char buf[kDigits + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (std::signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) { v = -v; buf[0] = '-'; }
        while (v >= 10) { e++; v /= 10; }
        while (v < 1) { e--; v *= 10; }
        double h = 5.0;
        for (int i = 0; i < kDigits; i++) h /= 10;
        v += h;
        if (v >= 10) { e++; v /= 10; }
    }
    for (int i = 0; i < kDigits; i++) {
        int s = int(v);
        buf[i + 2] = char(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[kDigits + 2] = 'e';
    buf[kDigits + 3] = '+';
    if (e < 0) { e = -e; buf[kDigits + 3] = '-'; }
    buf[kDigits + 4] = char(e / 100 + '0');
    buf[kDigits + 5] = char(e / 10 % 10 + '0');
    buf[kDigits + 6] = char(e % 10 + '0');
    return std::string(buf, sizeof buf);
}

namespace {

void writeErr(rt::NativeContext& ctx, std::string_view s) { ctx.write(2, s); }

void printBool(rt::NativeContext& ctx, const Slot* a, Slot*) { writeErr(ctx, a[0].u ? "true" : "false"); }
void printInt(rt::NativeContext& ctx, const Slot* a, Slot*) { writeErr(ctx, std::to_string(a[0].i)); }
void printUint(rt::NativeContext& ctx, const Slot* a, Slot*) { writeErr(ctx, std::to_string(a[0].u)); }
void printFloat(rt::NativeContext& ctx, const Slot* a, Slot*) { writeErr(ctx, formatRuntimeFloat(a[0].f)); }
void printString(rt::NativeContext& ctx, const Slot* a, Slot*) {
    writeErr(ctx, {static_cast<const char*>(a[0].p), size_t(a[1].i)});
}
void printPointer(rt::NativeContext& ctx, const Slot* a, Slot*) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%" PRIx64, a[0].u);
    writeErr(ctx, buf);
}
void printIface(rt::NativeContext& ctx, const Slot* a, Slot*) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "(0x%" PRIx64 ",0x%" PRIx64 ")", a[0].u, a[1].u);
    writeErr(ctx, buf);
}
void printSlice(rt::NativeContext& ctx, const Slot* a, Slot*) {
    char buf[80];
    std::snprintf(buf, sizeof buf, "[%" PRId64 "/%" PRId64 "]0x%" PRIx64, a[1].i, a[2].i, a[0].u);
    writeErr(ctx, buf);
}
void printSpace(rt::NativeContext& ctx, const Slot*, Slot*) { writeErr(ctx, " "); }
void printNewline(rt::NativeContext& ctx, const Slot*, Slot*) { writeErr(ctx, "\n"); }

}  // namespace

rt::NativeFn printNative(PrintKind kind) {
    switch (kind) {
        case PrintKind::Bool: return printBool;
        case PrintKind::Int: return printInt;
        case PrintKind::Uint: return printUint;
        case PrintKind::Float: return printFloat;
        case PrintKind::String: return printString;
        case PrintKind::Pointer: return printPointer;
        case PrintKind::Iface: return printIface;
        case PrintKind::Slice: return printSlice;
        case PrintKind::Space: return printSpace;
        case PrintKind::Newline: return printNewline;
    }
    return printSpace;
}

const char* printNativeName(PrintKind kind) {
    static constexpr const char* kNames[] = {"runtime.printbool", "runtime.printint", "runtime.printuint",
                                             "runtime.printfloat", "runtime.printstring", "runtime.printpointer",
                                             "runtime.printiface", "runtime.printslice", "runtime.printsp",
                                             "runtime.printnl"};
    return kNames[int(kind)];
}

}  // namespace govm::vm
