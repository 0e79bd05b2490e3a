// Runtime errors and the death of a program: Go's texts for runtime
// panics (runtime/error.go), uncaught panics (printpanics) and traces.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/strconv.hpp"
#include "vm/builtin_natives.hpp"
#include "vm/state.hpp"

namespace govm::vm {

namespace {

// A string-kinded runtime error value: runtime.errorString or runtime.plainError.
rt::Iface stringError(VMState& vm, const rt::TypeDesc* type, std::string_view message) {
    rt::String text = vm.makeString(message);
    auto* box = static_cast<rt::String*>(vm.allocOrDie(type));
    *box = text;
    return {type, reinterpret_cast<uint64_t>(box)};
}

std::string formatBoundsError(unsigned detail, int64_t x, int64_t y) {
    char buf[128];
    static constexpr const char* kFormats[] = {
        "slice bounds out of range [::%" PRId64 "] with capacity %" PRId64,
        "slice bounds out of range [:%" PRId64 ":%" PRId64 "]",
        "slice bounds out of range [:%" PRId64 "] with length %" PRId64,
        "slice bounds out of range [%" PRId64 ":%" PRId64 "]",
        "slice bounds out of range [:%" PRId64 "] with capacity %" PRId64,
        "slice bounds out of range [%" PRId64 ":%" PRId64 ":]",
        "slice bounds out of range [::%" PRId64 "] with length %" PRId64,
    };
    // Go's boundsNegErrorFmts: with a negative x there is no need to report y.
    static constexpr const char* kNegativeFormats[] = {
        "slice bounds out of range [::%" PRId64 "]", "slice bounds out of range [:%" PRId64 ":]",
        "slice bounds out of range [:%" PRId64 "]",  "slice bounds out of range [%" PRId64 ":]",
        "slice bounds out of range [:%" PRId64 "]",  "slice bounds out of range [%" PRId64 "::]",
        "slice bounds out of range [::%" PRId64 "]",
    };
    if (detail >= 7) detail = 3;
    if (x < 0) std::snprintf(buf, sizeof buf, kNegativeFormats[detail], x);
    else std::snprintf(buf, sizeof buf, kFormats[detail], x, y);
    return buf;
}

}  // namespace

rt::Iface VMState::runtimeError(std::string_view message) {
    return stringError(*this, program.runtimeErrorType, message);
}

rt::Iface VMState::plainError(std::string_view message) {
    return stringError(*this, program.plainErrorType, message);
}

rt::Iface VMState::runtimeErrorValue(RuntimeErrorKind kind, std::string_view text) {
    switch (kind) {
        case RuntimeErrorKind::IndexOutOfRange:
        case RuntimeErrorKind::SliceBounds:
        case RuntimeErrorKind::SliceToArray: return stringError(*this, program.boundsErrorType, text);
        case RuntimeErrorKind::NilMapAssignment:
        case RuntimeErrorKind::PlainCustom: return plainError(text);
        default: return runtimeError(text);
    }
}

std::string VMState::valueMethodNilText(std::string_view typeName, std::string_view methodName) {
    std::string_view bare = typeName;
    if (size_t dot = bare.rfind('.'); dot != std::string_view::npos) bare.remove_prefix(dot + 1);
    return "value method " + std::string(methodName) + " called using nil *" + std::string(bare) + " pointer";
}

void VMState::raiseRuntimeError(RuntimeErrorKind kind, int64_t a, int64_t b, unsigned detail, size_t stopDepth) {
    if (kind == RuntimeErrorKind::NilDereference) signalled = true;
    raise(runtimeErrorValue(kind, runtimeErrorText(kind, a, b, detail)), stopDepth);
}

std::string VMState::runtimeErrorText(RuntimeErrorKind kind, int64_t a, int64_t b, unsigned detail) {
    switch (kind) {
        case RuntimeErrorKind::IndexOutOfRange:
            if (a < 0) return "index out of range [" + std::to_string(a) + "]";
            return "index out of range [" + std::to_string(a) + "] with length " + std::to_string(b);
        case RuntimeErrorKind::SliceBounds: return formatBoundsError(detail, a, b);
        case RuntimeErrorKind::SliceToArray:  // go1.19's text; Go 1.20 says "to array or pointer to array"
            return "cannot convert slice with length " + std::to_string(a) + " to pointer to array with length " +
                   std::to_string(b);
        case RuntimeErrorKind::DivideByZero: return "integer divide by zero";
        case RuntimeErrorKind::NilDereference: return "invalid memory address or nil pointer dereference";
        case RuntimeErrorKind::NilMapAssignment: return "assignment to entry in nil map";
        case RuntimeErrorKind::NegativeShift: return "negative shift amount";
        case RuntimeErrorKind::MakeSliceLen: return "makeslice: len out of range";
        case RuntimeErrorKind::MakeSliceCap: return "makeslice: cap out of range";
        case RuntimeErrorKind::UnhashableKey: return "hash of unhashable type";
        case RuntimeErrorKind::Custom:
        case RuntimeErrorKind::PlainCustom: break;
    }
    return "unknown runtime error";
}

void VMState::raiseMapFault(const rt::MapFault& fault, size_t stopDepth) {
    switch (fault.kind) {
        case rt::MapFault::NilMap: raise(plainError("assignment to entry in nil map"), stopDepth); return;
        case rt::MapFault::Unhashable:
            raise(runtimeError("hash of unhashable type " + std::string(fault.type->name)), stopDepth);
            return;
        case rt::MapFault::OutOfMemory:
        case rt::MapFault::None: fatal(kOutOfMemory);
    }
}

rt::Iface VMState::typeAssertionError(const rt::TypeDesc* staticType, const rt::TypeDesc* dynamic,
                                      const rt::TypeDesc* target, const std::string_view* missing) {
    std::string text = "interface conversion: ";
    if (target->kind == rt::Kind::Interface && dynamic == nullptr) {
        text += "interface is nil, not ";
        text += target->name;
    } else if (missing) {
        text += dynamic->name;
        text += " is not ";
        text += target->name;
        text += ": missing method ";
        text += *missing;
    } else {
        text += staticType->name;
        text += " is ";
        text += dynamic ? dynamic->name : "nil";
        text += ", not ";
        text += target->name;
        // Two types of one name: a local type and another of the same name
        // (govm's packages never share a name, so never "different packages").
        if (dynamic && std::string_view(dynamic->name) == std::string_view(target->name))
            text += " (types from different scopes)";
    }
    // *runtime.TypeAssertionError holds the whole message (see stdlib/runtime.go).
    const rt::TypeDesc* errorType = program.typeAssertionErrorType;
    rt::String message = makeString(text);
    auto* box = static_cast<rt::String*>(allocOrDie(errorType->elem));
    *box = message;
    return {errorType, reinterpret_cast<uint64_t>(box)};
}

// printpanicval and preprintpanics' conversion of errors and Stringers. A
// panic in that method is a fatal error, as preprintpanics makes it.
std::string VMState::panicValueText(rt::Iface value) {
    if (value.type == nullptr) return "nil";
    std::string text;
    for (std::string_view method : {"Error", "String"}) {
        rt::Iface recovered{};
        MethodCall outcome = callStringMethodRecover(value, method, text, recovered);
        if (outcome == MethodCall::Ok) return text;
        if (outcome == MethodCall::Panicked && recovered.type == program.stringType)
            fatal("panic while printing panic value: " +
                  std::string(reinterpret_cast<const rt::String*>(recovered.payload())->view()));
        if (outcome == MethodCall::Panicked && recovered.type)
            fatal("panic while printing panic value: type " + std::string(recovered.type->name));
        if (outcome == MethodCall::Panicked) break;  // panic(nil): Go prints the value as it is
    }
    const rt::TypeDesc* t = value.type;
    const void* p = value.payload();
    auto custom = [&](const std::string& v) { return t->isNamed ? std::string(t->name) + "(" + v + ")" : v; };
    switch (t->kind) {
        case rt::Kind::String: {
            auto* s = static_cast<const rt::String*>(p);
            std::string v(s->view());
            return t->isNamed ? std::string(t->name) + "(\"" + v + "\")" : v;
        }
        case rt::Kind::Bool: return custom(*static_cast<const uint8_t*>(p) ? "true" : "false");
        case rt::Kind::Int: case rt::Kind::Int8: case rt::Kind::Int16: case rt::Kind::Int32: case rt::Kind::Int64:
        case rt::Kind::Uint: case rt::Kind::Uint8: case rt::Kind::Uint16: case rt::Kind::Uint32:
        case rt::Kind::Uint64: case rt::Kind::Uintptr: {
            Slot v;
            loadValue(t, p, &v);
            bool isSigned = t->kind <= rt::Kind::Int64;
            return custom(isSigned ? std::to_string(v.i) : std::to_string(v.u));
        }
        case rt::Kind::Float32: case rt::Kind::Float64: {
            Slot v;
            loadValue(t, p, &v);
            return custom(formatRuntimeFloat(v.f));
        }
        default: {
            char buf[64];
            std::snprintf(buf, sizeof buf, "(%.*s) %p", int(t->name.size()), t->name.data(),
                          t->direct ? reinterpret_cast<void*>(value.data) : const_cast<void*>(p));
            return buf;
        }
    }
}

// The frames Go's traceback would print, innermost first. Go hides the
// runtime's frames and the wrappers of go statements; govm also hides
// standard-library natives, but names host and C functions (bindings).
std::vector<TraceFrame> VMState::traceFrames() {
    std::vector<TraceFrame> out;
    for (size_t i = frames.size(); i-- > 0;) {
        const Frame& frame = frames[i];
        std::string_view name = frame.fn->name;
        if (frame.kind == FrameKind::Native) {
            if (frame.fn->binding) out.push_back({std::string(name), "", 0});
            continue;
        }
        if (frame.fn->isDeferThunk || name.starts_with("runtime.") || name.find(".gowrap") != std::string_view::npos)
            continue;
        const Instruction* pc = frame.pc ? frame.pc : frame.fn->code.data();
        size_t index = size_t(pc - frame.fn->code.data());
        if (index > 0) index--;
        int line = index < frame.fn->lines.size() ? frame.fn->lines[index] : frame.fn->line;
        out.push_back({std::string(name), std::string(frame.fn->file), line});
    }
    return out;
}

void VMState::printTrace() {
    std::string out = "\ngoroutine " + std::to_string(current->id) + " [" +
                      std::string(current->status == GStatus::Waiting ? current->waitReason : "running") + "]:\n";
    for (const TraceFrame& frame : failure.stack) {
        out += frame.function;
        out += "(...)\n\t";
        out += frame.file.empty() ? "<host>" : frame.file + ":" + std::to_string(frame.line);
        out += "\n";
    }
    write(2, out);
}

// Ends the run: records the failure for embedders, writes Go's report.
void VMState::fail(FailureKind kind, std::string message, std::string text) {
    failure.kind = kind;
    failure.message = std::move(message);
    failure.stack = traceFrames();
    failure.exitCode = 2;
    write(2, text);
    printTrace();
    throw ExitRequest{2};
}

void VMState::fatalPanic() {
    // preprintpanics: every method runs before anything prints. The methods
    // may panic and recover, growing `panics` for a while: index it.
    std::vector<std::string> texts;
    for (size_t i = 0; i < panics.size(); ++i) texts.push_back(panicValueText(panics[i].value));
    std::string out;
    for (size_t i = 0; i < panics.size(); ++i) {
        if (i > 0) out += "\t";
        out += "panic: ";
        out += texts[i];
        if (panics[i].recovered) out += " [recovered]";
        out += "\n";
    }
    // gc's code, addr and pc words are machine state; these are a plain nil load's.
    if (signalled) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
    std::string message = texts.empty() ? "" : texts.back();
    fail(FailureKind::Panic, std::move(message), std::move(out));
}

static FailureKind fatalKind(std::string_view message) {
    if (message == "stack overflow") return FailureKind::StackOverflow;
    if (message == kOutOfMemory) return FailureKind::OutOfMemory;
    if (message == "instruction limit exceeded") return FailureKind::InstructionLimit;
    if (message == "interrupted") return FailureKind::Interrupted;
    if (message == "all goroutines are asleep - deadlock!") return FailureKind::Deadlock;
    return FailureKind::Fatal;
}

void VMState::fatal(std::string_view message) {
    std::string out = "fatal error: ";
    out += message;
    out += "\n";
    if (message == "stack overflow")
        out = "runtime: goroutine stack exceeds 1000000000-byte limit\n" + out;
    fail(fatalKind(message), std::string(message), std::move(out));
}

}  // namespace govm::vm
