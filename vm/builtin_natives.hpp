// Natives the VM itself provides: the runtime's error types (runtime.Error
// values that runtime panics carry) and the print/println builtins.
#pragma once

#include <string>

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

// A float64 as the runtime prints it (print, panic values): +1.500000e+000.
std::string formatRuntimeFloat(double v);

}  // namespace govm::vm
