// A readable, stable text form of the AST for `govm build --dump-ast` and
// the parser tests: one node per line, indented by depth, each with its
// position as line:col.
#pragma once

#include <string>

#include "parser/ast.hpp"

namespace govm {

std::string dumpAst(const ast::File& file);

}  // namespace govm
