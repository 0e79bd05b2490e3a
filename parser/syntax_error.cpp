#include "parser/syntax_error.hpp"

#include <algorithm>
#include <string>

#include "parser/builder.hpp"

namespace govm {
namespace {

// How gc names the token it did not expect.
std::string unexpectedText(const Token& token) {
    switch (token.kind) {
    case Tok::Name:
    case Tok::Semi:
        return std::string(token.text);
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Rune: case Tok::String:
        return "literal " + std::string(token.text);
    default:
        return std::string(tokSpelling(token.kind));
    }
}

// How gc names a token it expected.
std::string expectedText(std::string_view bisonName) {
    if (bisonName == ",") return "comma";
    if (bisonName == ";") return "semicolon or newline";
    if (bisonName == "LBODY") return "{";
    return std::string(bisonName);
}

class ExpectedSet {
public:
    explicit ExpectedSet(const std::vector<std::string_view>& names) : names_(names) {}
    bool has(std::string_view name) const { return std::find(names_.begin(), names_.end(), name) != names_.end(); }
    size_t size() const { return names_.size(); }
    std::string_view only() const { return names_.front(); }
    // Expressions may continue here: the previous token ended an operand.
    bool afterOperand() const { return has("+") && has("."); }

private:
    const std::vector<std::string_view>& names_;
};

// The part after "unexpected X": ", expecting ..." or " at/in/after ...".
// Empty means a plain "syntax error: unexpected X".
std::string contextSuffix(AstBuilder& builder, const ExpectedSet& expected, const Token& token) {
    if (expected.has(",") && expected.has(")"))
        return expected.has("...") || expected.afterOperand() ? " in argument list; possibly missing comma or )"
                                                              : " in parameter list; possibly missing comma or )";
    if (expected.has(",") && expected.has("}") && !expected.has(";"))
        return " in composite literal; possibly missing comma or }";
    if (expected.has("case") && expected.has("default") && expected.has("}") && !expected.has("if"))
        return ", expecting case or default or }";
    if (expected.has(",") && expected.has(":") && expected.has("]")) return ", expecting comma, : or ]";
    if (expected.has("=") && expected.has("[") && expected.has("name") && !expected.has("+"))
        return " in type declaration";
    if (expected.has(":=") && expected.has("=") && expected.has(",") && !expected.has(";"))
        return ", expecting := or = or comma";
    if (expected.has(";") && expected.has("}") && expected.afterOperand()) return " at end of statement";
    if (expected.has(";") && (expected.has("}") || expected.has("case")) && !expected.has("if"))
        return " at end of statement";
    if (expected.has("}") && expected.has("if")) return ", expecting }";
    if (expected.has(";") && !expected.has("}") && (expected.afterOperand() || expected.size() <= 3) &&
        token.kind != Tok::Eof)
        return " after top level declaration";
    if (expected.has("LBODY") && !expected.has("name")) {
        Tok keyword = builder.lexer.headerKeyword();
        if (keyword == Tok::For || keyword == Tok::If)
            return ", expecting { after " + std::string(tokSpelling(keyword)) + " clause";
        return ", expecting {";
    }
    if (expected.size() == 1) return ", expecting " + expectedText(expected.only());
    if (expected.size() == 2 && expected.has(")")) return ", expecting " + expectedText(expected.only()) + " or )";
    if (expected.has("name") && expected.has("(") && expected.has("*") && !expected.has("+"))
        return ", expecting type";
    if (expected.has("name") && expected.has("(") && expected.has("+")) return ", expecting expression";
    return "";
}

}  // namespace

void reportSyntaxError(AstBuilder& builder, const std::vector<std::string_view>& names) {
    const Token& token = builder.lookahead;
    // gc: after a first error, an unexpected EOF is only its echo.
    if (token.kind == Tok::Eof && builder.diags.hasErrors()) return;
    ExpectedSet expected(names);
    if (expected.has("package") && expected.size() == 1) {
        builder.error(token.pos, "syntax error: package statement must be first");
        return;
    }
    bool topLevel = expected.has("func") && expected.has("var") && !expected.has("}") && !expected.has("if");
    if (topLevel && token.kind != Tok::Eof) {
        if (token.kind == Tok::Semi || token.kind == Tok::LBrace)
            builder.error(token.pos, "syntax error: unexpected semicolon or newline before {");
        else
            builder.error(token.pos, "syntax error: non-declaration statement outside function body");
        return;
    }
    if (token.kind == Tok::Var && expected.has("LBODY")) {
        // gc reports this one at the token after `var`.
        Token next = builder.lexer.next();
        builder.error(next.pos, "syntax error: var declaration not allowed in " +
                                    std::string(tokSpelling(builder.lexer.headerKeyword())) + " initializer");
        return;
    }
    if (token.kind == Tok::Semi && expected.has("{") && expected.size() <= 3) {
        builder.error(token.pos, "syntax error: unexpected semicolon or newline before {");
        return;
    }
    builder.error(token.pos, "syntax error: unexpected " + unexpectedText(token) + contextSuffix(builder, expected, token));
}

}  // namespace govm
