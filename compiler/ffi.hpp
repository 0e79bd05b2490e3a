// Calling C functions through libffi: the front-end half (the runtime half,
// with the marshalling table, is runtime/ffi.hpp).
//
// A body-less function of package main binds a C function when a directive
// names its symbol:
//
//     //govm:cimport "libm.so.6"
//
//     //extern cos                          (gccgo's form: directly above)
//     func cos(x float64) float64
//
//     //go:linkname mycos cos               (gc's form: anywhere in the file)
//     func mycos(x float64) float64
//
// `//govm:cimport "LIB"` lines (file-level, any number) name the libraries
// searched for every symbol, in order; they are dlopen'ed once per compiled
// program and closed with it. Without any, symbols are looked up in the
// process (RTLD_DEFAULT). `//govm:noescape` (or gc's `//go:noescape`)
// directly above a declaration tells escape analysis that its pointer and
// string arguments do not escape; without it a body-less function leaks
// them to the heap. A body-less function without //extern or //go:linkname
// keeps gc's "missing function body".
//
// Types a C function may take (T = its underlying type): bool (C uint8_t),
// int8..int64, int (int64), uint8..uint64, uint and uintptr (uint64),
// float32, float64, string (a NUL-terminated copy, `const char*`), and *P
// where P is pointer-free Go memory (numbers, bools, arrays and structs of
// them), or nil: C may read and write it during the call but must not keep
// it afterwards (the GC does not see C's copies). Without //govm:noescape
// the object is on the heap; with it, it may be in the caller's frame
// arena, valid until the caller returns. Results: none or one of the same scalars,
// or string (copied from a C `char*`; NULL gives ""). Pointer results are
// refused (C memory is not Go memory: take a uintptr). Anything else is a
// compile-time error at the declaration naming the type.
//
// Binding is refused unless the FfiPolicy allows it: `govm run --allow-ffi`
// allows every library and process-wide lookup; `--allow-ffi=libm.so.6,...`
// only the listed //govm:cimport libraries (exact names), and then a
// program must cimport each library it uses.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/check.hpp"
#include "lexer/source.hpp"
#include "runtime/native.hpp"

namespace govm {

struct FfiPolicy {
    bool allowed = false;
    // With `allowed`: empty allows every library and lookups in the whole
    // process; otherwise only these //govm:cimport names.
    std::vector<std::string> libraries;
    // How the user allows FFI, for the refusal message.
    std::string howToAllow = "govm run --allow-ffi";

    bool allowsAll() const { return allowed && libraries.empty(); }
    bool allowsLibrary(std::string_view name) const;
};

// Applies the CLI flag `--allow-ffi` (every library) or
// `--allow-ffi=a.so,b.so` (adds to the list) to `policy`. Returns false if
// `arg` is not such a flag or is malformed (`--allow-ffi=`, empty names).
bool parseAllowFfiFlag(std::string_view arg, FfiPolicy& policy);

// The C symbol that body-less `decl` of `file` binds, or "" if none (also
// for methods and functions with a body).
std::string_view externSymbol(const ast::File& file, const ast::FuncDecl& decl);
// Whether `//govm:noescape` or `//go:noescape` is directly above `decl`.
bool hasNoescapeDirective(const ast::FuncDecl& decl);
// The libraries of the file's //govm:cimport lines, in order.
std::vector<std::string> cimportLibraries(const ast::File& file);

// Reports malformed //extern and //govm:cimport lines of `file`.
void checkFfiDirectives(const ast::File& file, Diagnostics& diags);

using NativeBinder = std::function<std::shared_ptr<const rt::NativeBinding>(const types::Func& fn, std::string& error)>;

// A CodegenOptions::bindNative for package main's //extern functions.
// For a function that is not one it returns null and clears `error`, so a
// host binder can be tried before or after it; for one it cannot bind
// (refused, bad type, missing library or symbol) it returns null with the
// message. `program` must outlive the binder; the bindings it makes do not
// need either.
NativeBinder ffiBinder(const types::Program& program, const FfiPolicy& policy);

}  // namespace govm
