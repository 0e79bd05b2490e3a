// Token classes, literals, semicolon insertion, LBody and directives.
#include <catch2/catch.hpp>

#include "tests/test_support.hpp"

using govm::test::tokens;
using Tokens = std::vector<std::string>;

TEST_CASE("identifiers and keywords", "[lexer]") {
    CHECK(tokens("x _y returnValue return") ==
          Tokens{"Name:x", "Name:_y", "Name:returnValue", "Return", "Semi:EOF", "Eof"});
    CHECK(tokens("αβγ Ünïcode 日本") == Tokens{"Name:αβγ", "Name:Ünïcode", "Name:日本", "Semi:EOF", "Eof"});
    CHECK(tokens("break case chan const continue default defer else fallthrough for func go goto if import "
                 "interface map package range return select struct switch type var") ==
          Tokens{"Break", "Case", "Chan", "Const", "Continue", "Default", "Defer", "Else", "Fallthrough",
                 "For", "Func", "Go", "Goto", "If", "Import", "Interface", "Map", "Package", "Range",
                 "Return", "Select", "Struct", "Switch", "Type", "Var", "Eof"});
}

TEST_CASE("number literals", "[lexer]") {
    CHECK(tokens("42 0x_1F 0o17 017 0b1010 1_000_000") ==
          Tokens{"Int:42", "Int:0x_1F", "Int:0o17", "Int:017", "Int:0b1010", "Int:1_000_000", "Semi:EOF", "Eof"});
    CHECK(tokens("1.5 .5 1. 1e10 1E-3 0x1p-2 0X1.8P+3 1_0.2_5") ==
          Tokens{"Float:1.5", "Float:.5", "Float:1.", "Float:1e10", "Float:1E-3", "Float:0x1p-2",
                 "Float:0X1.8P+3", "Float:1_0.2_5", "Semi:EOF", "Eof"});
    CHECK(tokens("3i 1.5i 0x1p2i") == Tokens{"Imag:3i", "Imag:1.5i", "Imag:0x1p2i", "Semi:EOF", "Eof"});
}

TEST_CASE("rune and string literals", "[lexer]") {
    CHECK(tokens(R"('a' '\n' '\x41' '\u00e9' '\U0001F600' '\377' '\'' 'é')") ==
          Tokens{"Rune:'a'", "Rune:'\\n'", "Rune:'\\x41'", "Rune:'\\u00e9'", "Rune:'\\U0001F600'",
                 "Rune:'\\377'", "Rune:'\\''", "Rune:'é'", "Semi:EOF", "Eof"});
    CHECK(tokens(R"("a\tb\"c" `raw
line`)") == Tokens{"String:\"a\\tb\\\"c\"", "String:`raw\nline`", "Semi:EOF", "Eof"});
}

TEST_CASE("operators and punctuation", "[lexer]") {
    CHECK(tokens("+ - * / % & | ^ << >> &^ && || == != < <= > >=") ==
          Tokens{"Add", "Sub", "Mul", "Quo", "Rem", "And", "Or", "Xor", "Shl", "Shr", "AndNot", "AndAnd",
                 "OrOr", "Eql", "Neq", "Lss", "Leq", "Gtr", "Geq", "Eof"});
    CHECK(tokens("+= -= *= /= %= &= |= ^= <<= >>= &^= = := <- ! ~ ... . , : ;") ==
          Tokens{"AddAssign", "SubAssign", "MulAssign", "QuoAssign", "RemAssign", "AndAssign", "OrAssign",
                 "XorAssign", "ShlAssign", "ShrAssign", "AndNotAssign", "Assign", "Define", "Arrow", "Not",
                 "Tilde", "Ellipsis", "Period", "Comma", "Colon", "Semi:semicolon", "Eof"});
}

TEST_CASE("automatic semicolons", "[lexer]") {
    // After a name, literal, return/break/continue/fallthrough, ++, --, ) ] }.
    CHECK(tokens("x\n1\n\"s\"\nreturn\nbreak\ncontinue\nfallthrough\ni++\ni--\n)\n]\n}\n") ==
          Tokens{"Name:x", "Semi:newline", "Int:1", "Semi:newline", "String:\"s\"", "Semi:newline", "Return",
                 "Semi:newline", "Break", "Semi:newline", "Continue", "Semi:newline", "Fallthrough",
                 "Semi:newline", "Name:i", "Inc", "Semi:newline", "Name:i", "Dec", "Semi:newline", "RParen",
                 "Semi:newline", "RBrack", "Semi:newline", "RBrace", "Semi:newline", "Eof"});
    // Not after operators, commas, opening brackets or other keywords.
    CHECK(tokens("x +\ny,\nf(\nfunc\n") ==
          Tokens{"Name:x", "Add", "Name:y", "Comma", "Name:f", "LParen", "Func", "Eof"});
    // A comment spanning lines acts as a newline; a line comment keeps it.
    CHECK(tokens("x /* a\nb */ y // c\nz") ==
          Tokens{"Name:x", "Semi:newline", "Name:y", "Semi:newline", "Name:z", "Semi:EOF", "Eof"});
    CHECK(tokens("x /* one line */\ny") == Tokens{"Name:x", "Semi:newline", "Name:y", "Semi:EOF", "Eof"});
}

TEST_CASE("LBody marks the block brace of statement headers", "[lexer]") {
    CHECK(tokens("if x {") == Tokens{"If", "Name:x", "LBody", "Eof"});
    // Inside parentheses or brackets the header is suspended.
    CHECK(tokens("if f(T{}) {") ==
          Tokens{"If", "Name:f", "LParen", "Name:T", "LBrace", "RBrace", "RParen", "LBody", "Eof"});
    CHECK(tokens("for _, v := range a[T{}] {") ==
          Tokens{"For", "Name:_", "Comma", "Name:v", "Define", "Range", "Name:a", "LBrack", "Name:T", "LBrace",
                 "RBrace", "RBrack", "LBody", "Eof"});
    // Outside a header a brace is a plain LBrace.
    CHECK(tokens("x := T{}") == Tokens{"Name:x", "Define", "Name:T", "LBrace", "RBrace", "Semi:EOF", "Eof"});
}

TEST_CASE("positions are gc's: 1-based bytes, tab is one column", "[lexer]") {
    govm::Diagnostics diags("p.go");
    std::string text = "\tx := \"é\" + y\n";
    govm::Lexer lexer(text, diags);
    std::vector<std::pair<uint32_t, uint32_t>> positions;
    for (govm::Token t = lexer.next(); t.kind != govm::Tok::Eof; t = lexer.next()) positions.push_back({t.pos.line, t.pos.col});
    // x := "é" + y newline
    CHECK(positions == std::vector<std::pair<uint32_t, uint32_t>>{{1, 2}, {1, 4}, {1, 7}, {1, 12}, {1, 14}, {1, 15}});
}

TEST_CASE("directives above declarations are kept", "[lexer]") {
    std::string text = "package main\n//go:noinline\n//extern cos\nfunc f()\n// not a directive\n//govm:cimport \"libm.so.6\"\n";
    govm::Diagnostics diags("p.go");
    std::string clean = govm::sanitizeSource(text, diags);
    govm::Lexer lexer(clean, diags);
    while (lexer.next().kind != govm::Tok::Eof) {
    }
    REQUIRE(lexer.directives().size() == 3);
    CHECK(lexer.directives()[0].text == "go:noinline");
    CHECK(lexer.directives()[1].text == "extern cos");
    CHECK(lexer.directives()[1].line == 3);
    CHECK(lexer.directives()[2].text == "govm:cimport \"libm.so.6\"");
}

TEST_CASE("invalid bytes are reported where gc reports them", "[lexer]") {
    using govm::test::parseErrors;
    CHECK(parseErrors(std::string("package main\nvar x = 1 +\x00 2\n", 28)) ==
          std::vector<std::string>{"prog.go:2:12: invalid NUL character"});
    CHECK(parseErrors("package main\nvar s = \"a\xff\"\n") ==
          std::vector<std::string>{"prog.go:2:11: invalid UTF-8 encoding"});
    CHECK(parseErrors("\xEF\xBB\xBFpackage main\nvar x\xEF\xBB\xBF int\n") ==
          std::vector<std::string>{"prog.go:2:6: invalid BOM in the middle of the file"});
}
