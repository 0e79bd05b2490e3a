// The parser's companion: it owns the lexer and arena during a parse and
// builds AST nodes for the grammar actions, so that parser.y stays a grammar.
// It also holds the rules gc checks that are not context-free (parameter
// grouping, expression depth, what may stand in a statement position).
#pragma once

#include <string>
#include <vector>

#include "lexer/lexer.hpp"
#include "parser/ast.hpp"

namespace govm {

// One entry of a parameter list before grouping: `a`, `a T`, `T` or `...T`.
struct ParamEntry {
    ast::Ident* name = nullptr;  // set when the entry had two parts
    ast::Expr* type = nullptr;   // the only part, or the second
    Pos pos;
};

class AstBuilder {
public:
    AstBuilder(Lexer& lexer, ast::AstArena& arena, Diagnostics& diags) : lexer(lexer), arena(arena), diags(diags) {}

    Lexer& lexer;
    ast::AstArena& arena;
    Diagnostics& diags;
    ast::File* file = nullptr;
    Token lookahead;  // the token most recently handed to the parser

    void error(Pos pos, std::string message) { diags.error(pos, std::move(message)); }

    template <typename T, typename... Args>
    T* make(Args&&... args) {
        return arena.make<T>(std::forward<Args>(args)...);
    }
    template <typename T>
    ast::List<T> list(const std::vector<T>& items) {
        return ast::copyList(arena, items);
    }

    // Expression nodes whose depth must be tracked.
    ast::Expr* finish(ast::Expr* node, std::initializer_list<const ast::Expr*> children);
    ast::Expr* finish(ast::Expr* node, const std::vector<ast::Expr*>& children, const ast::Expr* first = nullptr);

    ast::Ident* ident(Pos pos, std::string_view name) { return make<ast::Ident>(pos, name); }
    ast::Expr* literal(Pos pos, Tok kind, std::string_view text);
    ast::Expr* unary(Pos pos, Tok op, ast::Expr* operand);
    ast::Expr* binary(Pos pos, Tok op, ast::Expr* left, ast::Expr* right);

    // gc's grouping of `a, b int, c string` and its "mixed named and unnamed
    // parameters" error.
    ast::FieldList* params(Pos open, const std::vector<ParamEntry>& entries, Pos close);
    ast::FieldList* fields(Pos open, const std::vector<ast::Field*>& fields, Pos close);
    ast::FieldList* singleResult(ast::Expr* type);

    // Statements in positions gc restricts.
    ast::Stmt* simpleStmt(ast::Expr* expr);
    ast::Expr* headerCondition(ast::Stmt* stmt, const char* keyword, Pos bodyPos);
    ast::Expr* callOf(ast::Expr* expr, const char* keyword);
    ast::Stmt* switchStmt(Pos pos, ast::Stmt* init, ast::Stmt* tag, const std::vector<ast::CaseClause*>& clauses,
                          Pos rbrace);
    ast::Stmt* selectStmt(Pos pos, const std::vector<ast::CaseClause*>& clauses, Pos rbrace);

    // Declarations.
    ast::GenDecl* genDecl(Pos pos, Tok tok, bool grouped, const std::vector<ast::Spec*>& specs);
    ast::ValueSpec* valueSpec(Pos pos, const std::vector<ast::Ident*>& names, ast::Expr* type,
                              const std::vector<ast::Expr*>& values);
    void numberConstSpecs(std::vector<ast::Spec*>& specs);
    ast::List<Directive> directivesAbove(uint32_t line);

private:
    ast::Expr* withDepth(ast::Expr* node, uint32_t deepestChild);
};

// The Bison parser's entry point (defined in parser.y).
bool runParser(AstBuilder& builder);

}  // namespace govm
