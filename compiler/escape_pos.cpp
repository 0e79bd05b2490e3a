// Escape analysis: where go1.19 reports an implicit conversion.
//
// gc's irgen creates an implicit conversion node at base.Pos, a global that
// every converted expression sets to its own position on the way down
// (noder/expr.go, expr0), that constants and types leave alone, and that a
// call sets back to its own position once its arguments are converted
// (transformCall). So a box created by an assignment, a declaration, a map
// index or panic sits at the position of the last expression irgen visited
// before it, which is rarely the converted operand.
#include "compiler/escape_impl.hpp"
#include "parser/walk.hpp"

namespace govm::escape {

using namespace types;

namespace {

// Folds irgenPos over the expressions of a function literal's body, in
// source order: the literal is converted in place, body included.
struct BodyPos final : ast::ChildVisitor {
    const Escape& esc;
    Pos pos;
    BodyPos(const Escape& e, Pos p) : esc(e), pos(p) {}
    void expr(const ast::Expr* e) override { pos = esc.irgenPos(e, pos); }
    void stmt(const ast::Stmt* s) override {
        if (s) ast::forEachChild(s, *this);
    }
};

}  // namespace

bool Escape::isRegularCall(const ast::CallExpr* c) const {
    auto tv = info.types.find(ast::unparen(c->callee));
    return tv == info.types.end() || !(tv->second.isType() || tv->second.isBuiltin());
}

Pos Escape::irgenPos(const ast::Expr* e, Pos before) const {
    if (!e) return before;
    e = ast::unparen(e);
    if (auto* id = e->as<ast::Ident>(); id && id->name == "_") return before;
    auto tv = info.types.find(e);
    if (tv != info.types.end() &&
        (tv->second.mode == Mode::Constant || tv->second.isType() || tv->second.isBuiltin()))
        return before;
    Pos p = e->pos;
    switch (e->kind) {
    case ast::ExprKind::CompositeLit: {
        auto* lit = static_cast<const ast::CompositeLit*>(e);
        Type* t = typeOf(e);
        Type* u = t ? under(t) : nullptr;
        if (u && u->kind == TypeKind::Pointer) u = under(static_cast<Pointer*>(u)->elem);
        bool isStruct = u && u->kind == TypeKind::Struct;
        for (const ast::Expr* el : lit->elements) {
            if (auto* kv = el->as<ast::KeyValueExpr>()) {
                if (!isStruct) p = irgenPos(kv->key, p);
                p = irgenPos(kv->value, p);
            } else {
                p = irgenPos(el, p);
            }
        }
        return p;  // transformCompLit restores what the elements left
    }
    case ast::ExprKind::FuncLit: {
        BodyPos body(*this, p);
        body.stmt(static_cast<const ast::FuncLit*>(e)->body);
        return body.pos;
    }
    case ast::ExprKind::Selector: {
        auto* sel = static_cast<const ast::SelectorExpr*>(e);
        if (!info.selections.count(sel)) return p;  // a qualified identifier
        return irgenPos(sel->operand, p);
    }
    case ast::ExprKind::Call: {
        auto* c = static_cast<const ast::CallExpr*>(e);
        p = irgenPos(c->callee, p);
        for (const ast::Expr* a : c->args) p = irgenPos(a, p);
        return isRegularCall(c) ? c->pos : p;
    }
    default: {
        BodyPos children(*this, p);
        ast::forEachChild(e, children);
        return children.pos;
    }
    }
}

Pos Escape::irgenPos(const ast::List<ast::Expr*>& list, Pos before) const {
    for (const ast::Expr* e : list) before = irgenPos(e, before);
    return before;
}

}  // namespace govm::escape
