// Natives the VM itself provides: the runtime's error types (runtime.Error
// values that runtime panics carry) and the print/println builtins.
#pragma once

#include <string>
#include <string_view>

#include "runtime/native.hpp"
#include "vm/program.hpp"

namespace govm::vm {

// Adds runtime.errorString, runtime.plainError and *runtime.TypeAssertionError
// (with their Error and RuntimeError methods) to `program` and sets its
// role pointers to them.
void installRuntimeErrorTypes(Program& program);

// print/println: one native per operand kind, writing Go's runtime format to fd 2.
enum class PrintKind : uint8_t { Bool, Int, Uint, Float, String, Pointer, Iface, Slice, Space, Newline };
rt::NativeFn printNative(PrintKind kind);
const char* printNativeName(PrintKind kind);

// Body-less standard-library functions that need the scheduler (they may
// block, or read its state) compile to one SCHED instruction instead of a
// native call (vm/sched.cpp runs them).
enum class SchedOp : uint8_t {
    Gosched, NumGoroutine, GC, MutexLock, MutexUnlock, WaitZero, WakeAll, Sleep, Nanotime, UnixNano, Fatal,
};
// The intrinsic for a function's full name ("sync.mutexLock"), or -1.
int schedOpFor(std::string_view fullName);

// A float64 as the runtime prints it (print, panic values): +1.500000e+000.
std::string formatRuntimeFloat(double v);

}  // namespace govm::vm
