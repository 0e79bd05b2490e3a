// Completeness of Info over the corpus: every expression of a checked
// program has a recorded type (except the names go/types records only as
// defs or uses: declared names, selectors' field/method names, package
// qualifiers, struct literal keys, labels, and `[...]` lengths), and every
// identifier is in defs or uses. Code generation relies on both.
#include <catch2/catch.hpp>

#include "check_util.hpp"
#include "parser/printer.hpp"

using namespace govm;

namespace {

struct Walker {
    const types::Info& info;
    std::vector<std::string> missing;
    size_t seen = 0;

    void need(const ast::Expr* e) {
        ++seen;
        if (!info.types.count(e))
            missing.push_back(std::to_string(e->pos.line) + ":" + std::to_string(e->pos.col) + " " + exprString(e));
    }
    void ident(const ast::Ident* id) {
        if (!info.defs.count(id) && !info.uses.count(id) && id->name != "_")
            missing.push_back(std::to_string(id->pos.line) + ":" + std::to_string(id->pos.col) + " ident " +
                              std::string(id->name));
    }
    void fields(const ast::FieldList* list) {
        if (!list) return;
        for (const ast::Field* f : list->fields) {
            for (const ast::Ident* n : f->names) ident(n);
            expr(f->type);
        }
    }
    void exprs(const ast::List<ast::Expr*>& list) {
        for (const ast::Expr* e : list) expr(e);
    }
    void compositeElements(const ast::CompositeLit* c) {
        for (const ast::Expr* el : c->elements) {
            auto* kv = el->as<ast::KeyValueExpr>();
            if (!kv) {
                expr(el);
                continue;
            }
            if (auto* key = kv->key->as<ast::Ident>(); key && !info.types.count(key)) ident(key);  // field name
            else expr(kv->key);
            expr(kv->value);
        }
    }
    void expr(const ast::Expr* e);
    void stmt(const ast::Stmt* s);
    void stmts(const ast::List<ast::Stmt*>& list) {
        for (const ast::Stmt* s : list) stmt(s);
    }
};

void Walker::expr(const ast::Expr* e) {
    if (!e) return;
    switch (e->kind) {
    case ast::ExprKind::Ident: {
        auto* id = static_cast<const ast::Ident*>(e);
        ident(id);
        auto it = info.uses.find(id);
        if (it != info.uses.end() && it->second->kind == types::ObjectKind::PkgName) return;
        if (id->name != "_") need(e);
        return;
    }
    case ast::ExprKind::Selector: {
        auto* s = static_cast<const ast::SelectorExpr*>(e);
        need(e);
        ident(s->selector);
        expr(s->operand);
        return;
    }
    case ast::ExprKind::CompositeLit: {
        auto* c = static_cast<const ast::CompositeLit*>(e);
        need(e);
        if (c->type) {
            auto* at = c->type->as<ast::ArrayType>();
            if (at && at->length && at->length->kind == ast::ExprKind::Ellipsis) {
                need(at);
                expr(at->elem);
            } else {
                expr(c->type);
            }
        }
        compositeElements(c);
        return;
    }
    case ast::ExprKind::FuncLit: {
        auto* f = static_cast<const ast::FuncLit*>(e);
        need(e);
        expr(f->type);
        if (f->body) stmt(f->body);
        return;
    }
    case ast::ExprKind::FuncType: {
        auto* f = static_cast<const ast::FuncType*>(e);
        need(e);
        fields(f->params);
        fields(f->results);
        return;
    }
    case ast::ExprKind::StructType: need(e); fields(static_cast<const ast::StructType*>(e)->fields); return;
    case ast::ExprKind::InterfaceType: need(e); fields(static_cast<const ast::InterfaceType*>(e)->elements); return;
    case ast::ExprKind::Paren: need(e); expr(static_cast<const ast::ParenExpr*>(e)->inner); return;
    case ast::ExprKind::Index: {
        auto* i = static_cast<const ast::IndexExpr*>(e);
        need(e);
        expr(i->operand);
        exprs(i->indices);
        return;
    }
    case ast::ExprKind::Slice: {
        auto* s = static_cast<const ast::SliceExpr*>(e);
        need(e);
        expr(s->operand);
        expr(s->low);
        expr(s->high);
        expr(s->max);
        return;
    }
    case ast::ExprKind::TypeAssert: {
        auto* t = static_cast<const ast::TypeAssertExpr*>(e);
        if (t->type) need(e);
        expr(t->operand);
        expr(t->type);
        return;
    }
    case ast::ExprKind::Call: {
        auto* c = static_cast<const ast::CallExpr*>(e);
        need(e);
        expr(c->callee);
        exprs(c->args);
        return;
    }
    case ast::ExprKind::Star: need(e); expr(static_cast<const ast::StarExpr*>(e)->operand); return;
    case ast::ExprKind::Unary: need(e); expr(static_cast<const ast::UnaryExpr*>(e)->operand); return;
    case ast::ExprKind::Binary: {
        auto* b = static_cast<const ast::BinaryExpr*>(e);
        need(e);
        expr(b->left);
        expr(b->right);
        return;
    }
    case ast::ExprKind::Ellipsis: need(e); expr(static_cast<const ast::EllipsisExpr*>(e)->elem); return;
    case ast::ExprKind::ArrayType: {
        auto* a = static_cast<const ast::ArrayType*>(e);
        need(e);
        expr(a->length);
        expr(a->elem);
        return;
    }
    case ast::ExprKind::MapType: {
        auto* m = static_cast<const ast::MapType*>(e);
        need(e);
        expr(m->key);
        expr(m->value);
        return;
    }
    case ast::ExprKind::ChanType: need(e); expr(static_cast<const ast::ChanType*>(e)->elem); return;
    default: need(e); return;
    }
}

void Walker::stmt(const ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
    case ast::StmtKind::Decl: {
        auto* g = static_cast<const ast::DeclStmt*>(s)->decl;
        for (const ast::Spec* sp : g->specs) {
            if (sp->kind == ast::SpecKind::Value) {
                auto* v = static_cast<const ast::ValueSpec*>(sp);
                for (const ast::Ident* n : v->names) ident(n);
                expr(v->type);
                exprs(v->values);
            } else if (sp->kind == ast::SpecKind::Type) {
                auto* t = static_cast<const ast::TypeSpec*>(sp);
                ident(t->name);
                expr(t->type);
            }
        }
        return;
    }
    case ast::StmtKind::Labeled: {
        auto* l = static_cast<const ast::LabeledStmt*>(s);
        ident(l->label);
        stmt(l->body);
        return;
    }
    case ast::StmtKind::Expr: expr(static_cast<const ast::ExprStmt*>(s)->expr); return;
    case ast::StmtKind::Send:
        expr(static_cast<const ast::SendStmt*>(s)->channel);
        expr(static_cast<const ast::SendStmt*>(s)->value);
        return;
    case ast::StmtKind::IncDec: expr(static_cast<const ast::IncDecStmt*>(s)->operand); return;
    case ast::StmtKind::Assign: {
        auto* a = static_cast<const ast::AssignStmt*>(s);
        for (const ast::Expr* l : a->lhs) {
            auto* id = l->as<ast::Ident>();
            if (id && (a->op == Tok::Define || id->name == "_")) ident(id);
            else expr(l);
        }
        exprs(a->rhs);
        return;
    }
    case ast::StmtKind::Go: expr(static_cast<const ast::GoStmt*>(s)->call); return;
    case ast::StmtKind::Defer: expr(static_cast<const ast::DeferStmt*>(s)->call); return;
    case ast::StmtKind::Return: exprs(static_cast<const ast::ReturnStmt*>(s)->results); return;
    case ast::StmtKind::Branch:
        if (auto* l = static_cast<const ast::BranchStmt*>(s)->label) ident(l);
        return;
    case ast::StmtKind::Block: stmts(static_cast<const ast::BlockStmt*>(s)->stmts); return;
    case ast::StmtKind::If: {
        auto* i = static_cast<const ast::IfStmt*>(s);
        stmt(i->init);
        expr(i->cond);
        stmt(i->then);
        stmt(i->otherwise);
        return;
    }
    case ast::StmtKind::Switch: {
        auto* sw = static_cast<const ast::SwitchStmt*>(s);
        stmt(sw->init);
        expr(sw->tag);
        for (const ast::CaseClause* c : sw->clauses) {
            exprs(c->values);
            stmts(c->body);
        }
        return;
    }
    case ast::StmtKind::TypeSwitch: {
        auto* ts = static_cast<const ast::TypeSwitchStmt*>(s);
        stmt(ts->init);
        if (ts->binding && !info.defs.count(ts->binding)) ident(ts->binding);
        expr(ts->subject);
        for (const ast::CaseClause* c : ts->clauses) {
            exprs(c->values);
            stmts(c->body);
        }
        return;
    }
    case ast::StmtKind::Select:
        for (const ast::CommClause* c : static_cast<const ast::SelectStmt*>(s)->clauses) {
            stmt(c->comm);
            stmts(c->body);
        }
        return;
    case ast::StmtKind::For: {
        auto* f = static_cast<const ast::ForStmt*>(s);
        stmt(f->init);
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        return;
    }
    case ast::StmtKind::Range: {
        auto* r = static_cast<const ast::RangeStmt*>(s);
        for (const ast::Expr* k : {r->key, r->value}) {
            if (!k) continue;
            if (r->tok == Tok::Define) ident(k->as<ast::Ident>());
            else if (auto* id = k->as<ast::Ident>(); id && id->name == "_") ident(id);
            else expr(k);
        }
        expr(r->range);
        stmt(r->body);
        return;
    }
    default: return;
    }
}

void walkFile(Walker& w, const ast::File* file) {
    for (const ast::Decl& d : file->decls) {
        if (d.func) {
            w.ident(d.func->name);
            if (d.func->receiver) w.fields(d.func->receiver);
            w.fields(d.func->type->params);
            w.fields(d.func->type->results);
            if (d.func->body) w.stmt(d.func->body);
            continue;
        }
        for (const ast::Spec* sp : d.gen->specs) {
            if (sp->kind == ast::SpecKind::Import) continue;
            ast::DeclStmt fake(Pos{}, d.gen);
            ast::GenDecl one = *d.gen;
            const ast::Spec* specs[1] = {sp};
            one.specs = ast::List<ast::Spec*>{const_cast<ast::Spec**>(specs), 1};
            fake.decl = &one;
            w.stmt(&fake);
        }
    }
}

void checkComplete(const std::string& dir) {
    for (const std::string& path : test::listFiles(dir, ".go")) {
        test::Checked c = test::check(test::readFile(path), test::baseName(path));
        REQUIRE(c.program);
        Walker w{c.program->info, {}};
        walkFile(w, c.file->root);
        INFO(path);
        CHECK(w.seen > 0);
        CHECK(test::joinLines(w.missing) == "");
    }
}

}  // namespace

TEST_CASE("check complete: every expression and name is recorded") {
    checkComplete(std::string(GOVM_SHARED_DIR) + "/conformance/lang");
    checkComplete(std::string(GOVM_SHARED_DIR) + "/conformance/escape");
    checkComplete(std::string(GOVM_SHARED_DIR) + "/bench");
    checkComplete(std::string(GOVM_TEST_DATA_DIR) + "/go");
}
