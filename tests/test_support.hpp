// Helpers shared by the front-end tests.
#pragma once

#include <string>
#include <vector>

#include "lexer/lexer.hpp"
#include "parser/parse.hpp"

namespace govm::test {

// Diagnostics of parsing `text` as NAME, formatted as gc prints them.
std::vector<std::string> parseErrors(const std::string& text, const std::string& name = "prog.go");

// The AST dump of `text`, or the diagnostics if it does not parse.
std::string dump(const std::string& text);

std::string readFile(const std::string& path);
std::vector<std::string> listFiles(const std::string& dir, const std::string& suffix, bool recursive = false);

// Every token of `text` as "Kind" or "Kind:text", for lexer tests.
std::vector<std::string> tokens(const std::string& text);

}  // namespace govm::test
