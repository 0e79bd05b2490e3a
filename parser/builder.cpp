#include "parser/builder.hpp"

#include <algorithm>

#include "parser/printer.hpp"

namespace govm {

using namespace ast;

Expr* AstBuilder::withDepth(Expr* node, uint32_t deepestChild) {
    node->depth = deepestChild + 1;
    if (node->depth == kMaxExprDepth + 1)
        error(node->pos, "expression nested too deeply (limit " + std::to_string(kMaxExprDepth) + ")");
    return node;
}

Expr* AstBuilder::finish(Expr* node, std::initializer_list<const Expr*> children) {
    uint32_t deepest = 0;
    for (const Expr* child : children)
        if (child) deepest = std::max(deepest, child->depth);
    return withDepth(node, deepest);
}

Expr* AstBuilder::finish(Expr* node, const std::vector<Expr*>& children, const Expr* first) {
    uint32_t deepest = first ? first->depth : 0;
    for (const Expr* child : children)
        if (child) deepest = std::max(deepest, child->depth);
    return withDepth(node, deepest);
}

Expr* AstBuilder::literal(Pos pos, Tok kind, std::string_view text) {
    // govm leaves complex numbers out of its Go subset (DESIGN.md).
    if (kind == Tok::Imag)
        error(pos, "imaginary literal " + std::string(text) + " not supported: govm has no complex numbers");
    return make<BasicLit>(pos, kind, text);
}

Expr* AstBuilder::unary(Pos pos, Tok op, Expr* operand) { return finish(make<UnaryExpr>(pos, op, operand), {operand}); }

Expr* AstBuilder::binary(Pos pos, Tok op, Expr* left, Expr* right) {
    return finish(make<BinaryExpr>(pos, op, left, right), {left, right});
}

FieldList* AstBuilder::fields(Pos open, const std::vector<Field*>& items, Pos close) {
    return make<FieldList>(FieldList{list(items), open, close});
}

FieldList* AstBuilder::singleResult(Expr* type) {
    Field* field = make<Field>(Field{{}, type, nullptr, type->pos});
    return fields(type->pos, {field}, type->pos);
}

// A list is either all types (`int, string`) or all named. In a named list a
// lone identifier is a name that shares the type of the next named entry:
// `a, b int, c string` is {a b: int} {c: string}.
FieldList* AstBuilder::params(Pos open, const std::vector<ParamEntry>& entries, Pos close) {
    bool named = std::any_of(entries.begin(), entries.end(), [](const ParamEntry& e) { return e.name; });
    std::vector<Field*> out;
    if (!named) {
        for (const ParamEntry& e : entries) out.push_back(make<Field>(Field{{}, e.type, nullptr, e.pos}));
        return fields(open, out, close);
    }
    std::vector<Ident*> pendingNames;
    Expr* groupType = nullptr;
    Pos groupPos;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->name) {
            if (groupType) {
                std::reverse(pendingNames.begin(), pendingNames.end());
                out.push_back(make<Field>(Field{list(pendingNames), groupType, nullptr, groupPos}));
            }
            pendingNames = {it->name};
            groupType = it->type;
            groupPos = it->pos;
            continue;
        }
        Ident* name = it->type->as<Ident>();
        if (!name || !groupType) {
            error(it->pos, "syntax error: mixed named and unnamed parameters");
            return fields(open, {}, close);
        }
        pendingNames.push_back(name);
        groupPos = it->pos;
    }
    std::reverse(pendingNames.begin(), pendingNames.end());
    out.push_back(make<Field>(Field{list(pendingNames), groupType, nullptr, groupPos}));
    std::reverse(out.begin(), out.end());
    return fields(open, out, close);
}

Stmt* AstBuilder::simpleStmt(Expr* expr) { return make<ExprStmt>(expr->pos, expr); }

Expr* AstBuilder::headerCondition(Stmt* stmt, const char* keyword, Pos bodyPos) {
    if (!stmt) {
        if (keyword && std::string_view(keyword) == "if") error(bodyPos, "syntax error: missing condition in if statement");
        return nullptr;
    }
    if (auto* expr = stmt->as<ExprStmt>()) return expr->expr;
    error(stmt->pos, "syntax error: cannot use " + stmtString(stmt) + " as value");
    return nullptr;
}

// gc's callStmt: both complaints sit at the expression's own position (a
// selector's is its dot), and the parentheses are dropped before the second.
Expr* AstBuilder::callOf(Expr* expr, const char* keyword) {
    if (expr->kind == ExprKind::Paren) {
        error(expr->pos, std::string("expression in ") + keyword + " must not be parenthesized");
        expr = unparen(expr);
    }
    if (expr->kind != ExprKind::Call)
        error(expr->pos, std::string("expression in ") + keyword + " must be function call");
    return expr;
}

Stmt* AstBuilder::switchStmt(Pos pos, Stmt* init, Stmt* tag, const std::vector<CaseClause*>& clauses, Pos rbrace) {
    for (CaseClause* clause : clauses)
        if (clause->comm) error(clause->comm->pos, "syntax error: unexpected :=, expecting :");
    // switch [init;] [x :=] y.(type)
    if (tag) {
        Ident* binding = nullptr;
        Expr* guard = nullptr;
        if (auto* expr = tag->as<ExprStmt>()) {
            guard = expr->expr;
        } else if (auto* assign = tag->as<AssignStmt>();
                   assign && assign->op == Tok::Define && assign->lhs.size() == 1 && assign->rhs.size() == 1) {
            binding = assign->lhs[0]->as<Ident>();
            guard = assign->rhs[0];
        }
        auto* assertion = guard ? guard->as<TypeAssertExpr>() : nullptr;
        if (assertion && !assertion->type)
            return make<TypeSwitchStmt>(pos, init, binding, assertion->operand, list(clauses), rbrace);
    }
    return make<SwitchStmt>(pos, init, headerCondition(tag, "switch", pos), list(clauses), rbrace);
}

Stmt* AstBuilder::selectStmt(Pos pos, const std::vector<CaseClause*>& clauses, Pos rbrace) {
    std::vector<CommClause*> comms;
    for (CaseClause* clause : clauses) {
        Stmt* comm = clause->comm;
        if (!comm && !clause->isDefault) {
            if (clause->values.size() == 1) comm = make<ExprStmt>(clause->values[0]->pos, clause->values[0]);
            else error(clause->pos, "syntax error: select case must be receive, send or assign recv");
        }
        comms.push_back(make<CommClause>(clause->pos, comm, clause->body));
    }
    return make<SelectStmt>(pos, list(comms), rbrace);
}

GenDecl* AstBuilder::genDecl(Pos pos, Tok tok, bool grouped, const std::vector<Spec*>& specs) {
    return make<GenDecl>(GenDecl{tok, pos, grouped, list(specs), {}});
}

ValueSpec* AstBuilder::valueSpec(Pos pos, const std::vector<Ident*>& names, Expr* type,
                                 const std::vector<Expr*>& values) {
    return make<ValueSpec>(ValueSpec{{SpecKind::Value, pos}, list(names), type, list(values), 0});
}

void AstBuilder::numberConstSpecs(std::vector<Spec*>& specs) {
    for (size_t i = 0; i < specs.size(); ++i) static_cast<ValueSpec*>(specs[i])->iota = uint32_t(i);
}

// The directives on the lines directly above `line`, without gaps.
List<Directive> AstBuilder::directivesAbove(uint32_t line) {
    const std::vector<Directive>& all = lexer.directives();
    auto end = std::lower_bound(all.begin(), all.end(), line,
                                [](const Directive& d, uint32_t l) { return d.line < l; });
    auto begin = end;
    uint32_t expected = line - 1;
    while (begin != all.begin() && std::prev(begin)->line == expected) {
        --begin;
        --expected;
    }
    return list(std::vector<Directive>(begin, end));
}

}  // namespace govm
