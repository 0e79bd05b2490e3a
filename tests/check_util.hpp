// Helpers for the type checker tests (tests/check_*.cpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compiler/check.hpp"
#include "parser/parse.hpp"
#include "test_support.hpp"

namespace govm::test {

// One checked source file: the parsed file must outlive the Program.
struct Checked {
    std::unique_ptr<ParsedFile> file;
    std::unique_ptr<types::Program> program;
    std::vector<std::string> errors;  // gc-formatted diagnostics
};

// Parses and checks `text` as file `name`. Like gc, a parse that reported
// only non-syntax errors (e.g. "expression in go must be function call")
// is still type-checked.
inline Checked check(const std::string& text, const std::string& name = "prog.go",
                     const types::CheckOptions& options = {}) {
    Checked out;
    SourceFile src{name, text};
    Diagnostics diags(name);
    out.file = parseFile(src, diags);
    bool syntax = false;
    for (const Diagnostic& d : diags.list())
        if (d.message.rfind("syntax error", 0) == 0) syntax = true;
    if (!syntax && out.file->root) out.program = types::checkProgram(*out.file, diags, options);
    out.errors = diags.formatted();
    return out;
}

inline std::string joinLines(const std::vector<std::string>& lines) {
    std::string s;
    for (const std::string& l : lines) s += l + "\n";
    return s;
}

inline std::string baseName(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace govm::test
