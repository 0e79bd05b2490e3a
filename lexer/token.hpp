// Go's tokens. The table below is the single list of them: it generates
// the Tok enum and the spelling gc uses for each token in diagnostics.
#pragma once

#include <cstdint>
#include <string_view>

#include "lexer/source.hpp"

namespace govm {

// X(name, spelling)
#define GOVM_TOKENS(X)                                                                            \
    X(Eof, "EOF")                                                                                 \
    X(Semi, ";")                                                                                  \
    X(Name, "name")                                                                               \
    X(Int, "literal")                                                                             \
    X(Float, "literal")                                                                           \
    X(Imag, "literal")                                                                            \
    X(Rune, "literal")                                                                            \
    X(String, "literal")                                                                          \
    /* binary operators */                                                                        \
    X(Add, "+") X(Sub, "-") X(Mul, "*") X(Quo, "/") X(Rem, "%")                                   \
    X(And, "&") X(Or, "|") X(Xor, "^") X(Shl, "<<") X(Shr, ">>") X(AndNot, "&^")                  \
    X(AndAnd, "&&") X(OrOr, "||")                                                                 \
    X(Eql, "==") X(Neq, "!=") X(Lss, "<") X(Leq, "<=") X(Gtr, ">") X(Geq, ">=")                   \
    /* assignment operators */                                                                    \
    X(AddAssign, "+=") X(SubAssign, "-=") X(MulAssign, "*=") X(QuoAssign, "/=")                   \
    X(RemAssign, "%=") X(AndAssign, "&=") X(OrAssign, "|=") X(XorAssign, "^=")                    \
    X(ShlAssign, "<<=") X(ShrAssign, ">>=") X(AndNotAssign, "&^=")                                \
    X(Assign, "=") X(Define, ":=")                                                                \
    /* other operators and punctuation */                                                         \
    X(Arrow, "<-") X(Inc, "++") X(Dec, "--") X(Not, "!") X(Tilde, "~")                            \
    X(LParen, "(") X(RParen, ")") X(LBrack, "[") X(RBrack, "]") X(LBrace, "{") X(RBrace, "}")     \
    X(Comma, "comma") X(Period, ".") X(Ellipsis, "...") X(Colon, ":")                             \
    /* '{' opening the body of an if/for/switch/select (see lexer.hpp) */                         \
    X(LBody, "{")                                                                                 \
    /* keywords */                                                                                \
    X(Break, "break") X(Case, "case") X(Chan, "chan") X(Const, "const") X(Continue, "continue")   \
    X(Default, "default") X(Defer, "defer") X(Else, "else") X(Fallthrough, "fallthrough")         \
    X(For, "for") X(Func, "func") X(Go, "go") X(Goto, "goto") X(If, "if") X(Import, "import")     \
    X(Interface, "interface") X(Map, "map") X(Package, "package") X(Range, "range")               \
    X(Return, "return") X(Select, "select") X(Struct, "struct") X(Switch, "switch")               \
    X(Type, "type") X(Var, "var")

enum class Tok : uint8_t {
#define GOVM_TOKEN_ENUM(name, spelling) name,
    GOVM_TOKENS(GOVM_TOKEN_ENUM)
#undef GOVM_TOKEN_ENUM
};

// gc's spelling of a token kind: "EOF", "name", "comma", "+", "func"...
std::string_view tokSpelling(Tok tok);
// The kind's identifier in the table: "Eof", "Name", "AddAssign"...
std::string_view tokName(Tok tok);

struct Token {
    Tok kind = Tok::Eof;
    Pos pos;
    // For names and literals, the source text; for Semi, why it is there:
    // "semicolon", "newline" or "EOF" (gc's wording in syntax errors).
    std::string_view text;
    bool bad = false;  // a literal with an error already reported
};

}  // namespace govm
