// Renders expressions and simple statements as gc prints them in
// diagnostics and `-m` lines: `make([]int, N * 2, N * 4)`, `&Point{...}`,
// `[]int{...}`, `func literal`, `x := 1`.
#pragma once

#include <string>

#include "parser/ast.hpp"

namespace govm {

std::string exprString(const ast::Expr* expr);
std::string stmtString(const ast::Stmt* stmt);

}  // namespace govm
