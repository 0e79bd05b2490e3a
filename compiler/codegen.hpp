// Code generation: checked Go packages -> a vm::Program.
//
// The generator walks the typed AST (types::Info) function by function,
// starting from the program entry (package initialization, then main.main)
// and compiling every function, method, closure and wrapper it reaches.
// Values follow the register forms of runtime/value.hpp; the calling
// convention and frame layout are vm/program.hpp's.
//
// Variables. A local variable lives in registers unless it is captured by a
// closure or its address is taken; then it is "boxed": a heap cell holds it
// and a register holds the cell's address. Struct and array variables are
// always in memory (their register holds the address of their storage), so
// for them boxing costs nothing extra. Go 1.22 loop variables get a fresh
// cell per iteration when boxed.
//
// Aggregate values. An expression of struct or array type yields the address
// of memory holding the value. Storing it anywhere copies the bytes; a value
// that is "fresh" (a composite literal, a call result) may be adopted as a
// new variable's storage without copying. Functions copy aggregate
// parameters on entry (callee-copies), except functions that can change no
// memory while they run (FuncBuilder::canBorrowParams), and return fresh
// aggregates.
//
// Where that memory lives. Since every store copies, only three things keep
// a value's storage: the variable that adopts it, the caller a function
// returns it to, and whoever takes that variable's address or captures it.
// So with escape analysis on, storage goes to the frame arena unless it is a
// result (results are always heap storage), or a variable's that the escape
// pass moved to the heap or that a closure which escapes captures. Inside a
// loop, values are made per iteration: they use the arena only when the loop
// releases its region every iteration (the escape pass counts them as its
// allocations), and the heap otherwise, so they never pile up in the frame's
// region. A function with a goto keeps them on the heap for the same reason.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "compiler/check.hpp"
#include "compiler/escape.hpp"
#include "lexer/source.hpp"
#include "vm/program.hpp"

namespace govm {

struct CodegenOptions {
    // With escape decisions, allocation sites proven local go to the frame
    // arena; without, everything is on the heap.
    const EscapeResult* escapes = nullptr;
    // Binds a body-less function that the standard library's native table
    // does not have (a host package's function, an //extern C function).
    // Returns null and sets `error` (reported at the declaration) when it
    // cannot; without a binder such functions are "not implemented".
    std::function<std::shared_ptr<const rt::NativeBinding>(const types::Func& fn, std::string& error)> bindNative;
    // Compile every top-level function of package main and list it in
    // Program::exports (the embedding API calls them by name).
    bool exportFunctions = false;
};

// Returns null after reporting errors (unsupported features, missing
// natives, functions too large for the register window) to `diags`.
std::unique_ptr<vm::Program> generateProgram(const types::Program& program, Diagnostics& diags,
                                             const CodegenOptions& options);
std::unique_ptr<vm::Program> generateProgram(const types::Program& program, Diagnostics& diags,
                                             const EscapeResult* escapes = nullptr);

}  // namespace govm
