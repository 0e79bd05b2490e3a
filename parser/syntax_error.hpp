// gc-style wording for the syntax errors Bison detects.
//
// Bison knows the lookahead token and the set of tokens it expected; gc's
// hand-written parser words its errors by context ("at end of statement",
// "in composite literal; possibly missing comma or }", "expecting := or =
// or comma"). This file maps one to the other: it recognizes the context
// from the shape of the expected set.
#pragma once

#include <string_view>
#include <vector>

namespace govm {

class AstBuilder;

// `expected` holds Bison's names of the expected tokens (the aliases in
// parser.y: "name", ";", "}", "func"...).
void reportSyntaxError(AstBuilder& builder, const std::vector<std::string_view>& expected);

}  // namespace govm
