// The front end's entry point: one Go source file to its AST.
#pragma once

#include <memory>
#include <string>

#include "lexer/source.hpp"
#include "parser/ast.hpp"

namespace govm {

// A parsed file: the AST and everything its string views point into.
struct ParsedFile {
    std::string name;
    std::string text;  // the sanitized source (lexer.hpp)
    ast::AstArena arena;
    ast::File* root = nullptr;  // null when the file could not be parsed at all
};

// Parses `source`, reporting problems to `diags`. Always returns a
// ParsedFile; its root is usable only if diags has no errors.
std::unique_ptr<ParsedFile> parseFile(const SourceFile& source, Diagnostics& diags);

}  // namespace govm
