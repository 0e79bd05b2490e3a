// Helpers for the libffi tests (tests/ffi_*.cpp): compile a Go source string
// with an FfiPolicy the way `govm run` does, and run it in-process with its
// output captured.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compiler/check.hpp"
#include "compiler/escape.hpp"
#include "compiler/ffi.hpp"
#include "parser/parse.hpp"
#include "vm/program.hpp"
#include "vm/vm.hpp"

namespace govm::test {

// Everything a compiled program points into stays alive together.
struct FfiCompiled {
    std::unique_ptr<ParsedFile> parsed;
    std::unique_ptr<types::Program> checked;
    std::unique_ptr<vm::Program> program;
    std::vector<std::string> errors;  // gc-formatted diagnostics ("prog.go:L:C: message")
    std::vector<std::string> escapeLines;  // -m decisions when mLevel > 0
};

FfiCompiled compileFfi(const std::string& source, const FfiPolicy& policy,
                       EscapeMode mode = EscapeMode::Govm, int mLevel = 0);

struct FfiRun {
    int status = -1;  // 1 when the program did not compile (err holds the diagnostics)
    std::string out;
    std::string err;
};

FfiRun runCompiled(const vm::Program& program, vm::VMConfig config = {});
FfiRun runFfi(const std::string& source, const FfiPolicy& policy, vm::VMConfig config = {},
              EscapeMode mode = EscapeMode::Govm);

FfiPolicy allowAll();
FfiPolicy allowOnly(std::vector<std::string> libraries);

}  // namespace govm::test
