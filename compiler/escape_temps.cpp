// Escape analysis: gc's .autotmp_N temporaries that -m lines name.
//
// Before escape analysis gc rewrites a few calls through temporaries
// (typecheck.RewriteMultiValueCall, RewriteNonNameCall):
//   f(g()), return g(), a, b = g() (when a conversion is needed)
//                      t1, t2 := g(); f(t1, t2)
//   f()(x), f().M(x)   t := f(); t(x), t.M(x)
// A temporary converted to an interface is printed by its name
// (".autotmp_4 escapes to heap"), and a call through one as "t(x)". N is the
// number of names the function declared before it (fn.Dcl, filled while
// irgen walks the body): the receiver and named parameters, every result,
// then each local variable and temporary in irgen's order, which is source
// order except that an assignment's right side comes before the names it
// defines and a call's temporaries come after its operands.
#include "compiler/escape_impl.hpp"
#include "parser/walk.hpp"

namespace govm::escape {

using namespace types;

namespace {

// A call or receive in an operand (typecheck.callOrChan), `new` aside:
// what makes gc move a callee into a temporary.
struct CallFinder final : ast::ChildVisitor {
    const Escape& esc;
    bool found = false;
    explicit CallFinder(const Escape& e) : esc(e) {}
    void expr(const ast::Expr* e) override {
        if (!e || found || e->kind == ast::ExprKind::FuncLit) return;
        auto tv = esc.info.types.find(e);
        if (tv != esc.info.types.end() && tv->second.mode == Mode::Constant) return;
        if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == Tok::Arrow) found = true;
        if (auto* c = e->as<ast::CallExpr>()) found = callsSomething(c);
        if (!found) ast::forEachChild(e, *this);
    }
    void stmt(const ast::Stmt*) override {}
    bool callsSomething(const ast::CallExpr* c) const {
        auto tv = esc.info.types.find(ast::unparen(c->callee));
        if (tv == esc.info.types.end()) return true;
        if (tv->second.isType()) return false;  // a conversion
        if (!tv->second.isBuiltin()) return true;
        auto* id = ast::unparen(c->callee)->as<ast::Ident>();
        auto u = id ? esc.info.uses.find(id) : esc.info.uses.end();
        auto* b = u != esc.info.uses.end() && u->second ? u->second->as<Builtin>() : nullptr;
        return !b || b->id != BuiltinId::New;
    }
};

// Walks one function body in irgen's order, counting declared names.
struct TempNumbering final : ast::ChildVisitor {
    Escape& esc;
    int next;
    TempNumbering(Escape& e, int declared) : esc(e), next(declared) {}

    void define(const ast::Ident* id) {
        if (id && id->name != "_" && esc.info.defs.count(id) && esc.varOf(id)) ++next;
    }
    int tupleSize(const ast::Expr* e) const {
        Type* t = e ? esc.typeOf(e) : nullptr;
        return t && t->kind == TypeKind::Tuple ? int(static_cast<Tuple*>(t)->size()) : 0;
    }
    void spread(const void* node, const ast::Expr* call) {
        if (int n = tupleSize(call)) {
            esc.autotmps[node] = next;
            next += n;
        }
    }
    // a, b = g() needs temporaries only when a result is converted.
    template <typename List>
    void spreadIfConverted(const void* node, const List& lhs, const ast::Expr* rhs) {
        Type* t = esc.typeOf(rhs);
        if (!t || t->kind != TypeKind::Tuple) return;
        auto* tuple = static_cast<Tuple*>(t);
        for (size_t i = 0; i < lhs.size() && i < tuple->size(); ++i) {
            const ast::Expr* e = lhs[i];
            auto* id = e->as<ast::Ident>();
            Var* v = id ? esc.varOf(id) : nullptr;
            Type* lt = id && id->name == "_" ? nullptr : v ? v->type : esc.typeOf(e);
            if (lt && !identical(lt, tuple->vars[i]->type)) return spread(node, rhs);
        }
    }

    void expr(const ast::Expr* e) override {
        if (!e || e->kind == ast::ExprKind::FuncLit) return;  // a literal numbers its own names
        ast::forEachChild(e, *this);
        if (auto* c = e->as<ast::CallExpr>()) call(c);
    }
    void call(const ast::CallExpr* c) {
        bool regular = esc.isRegularCall(c);
        if (!regular && !esc.isAppend(c)) return;
        if (regular) {
            const ast::Expr* callee = ast::unparen(c->callee);
            if (auto* sel = callee->as<ast::SelectorExpr>()) {
                auto it = esc.info.selections.find(sel);
                if (it != esc.info.selections.end() && it->second.kind == SelectionKind::MethodVal) callee = sel->operand;
            }
            CallFinder finder(esc);
            finder.expr(callee);
            if (finder.found) esc.calleeTemps[c] = next++;
        }
        if (c->args.size() == 1 && !c->hasEllipsis) spread(c, c->args[0]);
    }
    void exprs(const ast::List<ast::Expr*>& list) {
        for (const ast::Expr* e : list) expr(e);
    }

    void stmt(const ast::Stmt* s) override {
        if (!s) return;
        switch (s->kind) {
        case ast::StmtKind::Decl: return declStmt(static_cast<const ast::DeclStmt*>(s));
        case ast::StmtKind::Assign: return assignStmt(static_cast<const ast::AssignStmt*>(s));
        case ast::StmtKind::Return: {
            auto* r = static_cast<const ast::ReturnStmt*>(s);
            exprs(r->results);
            if (r->results.size() == 1) spread(r, r->results[0]);
            return;
        }
        case ast::StmtKind::Range: {
            auto* r = static_cast<const ast::RangeStmt*>(s);
            for (const ast::Expr* e : {r->key, r->value}) {
                if (r->tok == Tok::Define) define(e ? e->as<ast::Ident>() : nullptr);
                else expr(e);
            }
            expr(r->range);
            return stmt(r->body);
        }
        case ast::StmtKind::TypeSwitch: {
            auto* sw = static_cast<const ast::TypeSwitchStmt*>(s);
            stmt(sw->init);
            expr(sw->subject);
            for (auto* c : sw->clauses) {
                auto it = esc.info.implicits.find(c);
                if (it != esc.info.implicits.end() && it->second && it->second->as<Var>() && it->second->name != "_")
                    ++next;
                for (const ast::Stmt* b : c->body) stmt(b);
            }
            return;
        }
        default: ast::forEachChild(s, *this);
        }
    }
    void declStmt(const ast::DeclStmt* s) {
        if (s->decl->tok != Tok::Var) return;
        for (auto* spec : s->decl->specs) {
            auto* vs = static_cast<const ast::ValueSpec*>(spec);
            for (auto* name : vs->names) define(name);
            exprs(vs->values);
            if (vs->values.size() == 1 && vs->names.size() > 1) spreadIfConverted(vs, vs->names, vs->values[0]);
        }
    }
    void assignStmt(const ast::AssignStmt* s) {
        exprs(s->rhs);
        if (s->op != Tok::Define) {
            exprs(s->lhs);
            if (s->op == Tok::Assign && s->rhs.size() == 1 && s->lhs.size() > 1) spreadIfConverted(s, s->lhs, s->rhs[0]);
            return;
        }
        for (const ast::Expr* e : s->lhs) define(e->as<ast::Ident>());
    }
};

}  // namespace

bool Escape::isAppend(const ast::CallExpr* c) const {
    auto* id = ast::unparen(c->callee)->as<ast::Ident>();
    auto u = id ? info.uses.find(id) : info.uses.end();
    auto* b = u != info.uses.end() && u->second ? u->second->as<Builtin>() : nullptr;
    return b && b->id == BuiltinId::Append;
}

void Escape::numberTemps(EFunc* fn) {
    if (!fn->body) return;
    int declared = 0;
    for (Var* p : fn->params)
        if (p && p->name != "_") ++declared;
    declared += int(fn->results.size());  // unnamed and blank results get ~r/~b names
    TempNumbering walk(*this, declared);
    walk.stmt(fn->body);
    fn->declaredNames = walk.next;
}

std::string Escape::autotmpName(int n) { return ".autotmp_" + std::to_string(n); }

}  // namespace govm::escape
