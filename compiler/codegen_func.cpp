// Function bodies: the capture/address analysis, prologues, closures and
// the wrappers interface calls and method values need.
#include <algorithm>
#include <functional>

#include "compiler/codegen_impl.hpp"

namespace govm::codegen {

namespace {

// Calls `visit` on every expression under a statement or expression,
// tracking the stack of enclosing function literals.
struct Walker {
    std::function<void(ast::Expr*, const std::vector<const void*>&)> visit;
    std::vector<const void*> funcs;  // outermost first: the FuncDecl, then FuncLits

    void expr(ast::Expr* e) {
        if (!e) return;
        visit(e, funcs);
        switch (e->kind) {
            case ast::ExprKind::CompositeLit: {
                auto* x = static_cast<ast::CompositeLit*>(e);
                for (ast::Expr* el : x->elements) expr(el);
                break;
            }
            case ast::ExprKind::FuncLit: {
                auto* x = static_cast<ast::FuncLit*>(e);
                funcs.push_back(x);
                stmt(x->body);
                funcs.pop_back();
                break;
            }
            case ast::ExprKind::Paren: expr(static_cast<ast::ParenExpr*>(e)->inner); break;
            case ast::ExprKind::Selector: expr(static_cast<ast::SelectorExpr*>(e)->operand); break;
            case ast::ExprKind::Index: {
                auto* x = static_cast<ast::IndexExpr*>(e);
                expr(x->operand);
                for (ast::Expr* i : x->indices) expr(i);
                break;
            }
            case ast::ExprKind::Slice: {
                auto* x = static_cast<ast::SliceExpr*>(e);
                expr(x->operand), expr(x->low), expr(x->high), expr(x->max);
                break;
            }
            case ast::ExprKind::TypeAssert: expr(static_cast<ast::TypeAssertExpr*>(e)->operand); break;
            case ast::ExprKind::Call: {
                auto* x = static_cast<ast::CallExpr*>(e);
                expr(x->callee);
                for (ast::Expr* a : x->args) expr(a);
                break;
            }
            case ast::ExprKind::Star: expr(static_cast<ast::StarExpr*>(e)->operand); break;
            case ast::ExprKind::Unary: expr(static_cast<ast::UnaryExpr*>(e)->operand); break;
            case ast::ExprKind::Binary: {
                auto* x = static_cast<ast::BinaryExpr*>(e);
                expr(x->left), expr(x->right);
                break;
            }
            case ast::ExprKind::KeyValue: {
                auto* x = static_cast<ast::KeyValueExpr*>(e);
                expr(x->key), expr(x->value);
                break;
            }
            default: break;
        }
    }

    void stmts(const ast::List<ast::Stmt*>& list) {
        for (ast::Stmt* s : list) stmt(s);
    }

    void stmt(ast::Stmt* s) {
        if (!s) return;
        switch (s->kind) {
            case ast::StmtKind::Decl: {
                ast::GenDecl* d = static_cast<ast::DeclStmt*>(s)->decl;
                for (ast::Spec* spec : d->specs)
                    if (spec->kind == ast::SpecKind::Value)
                        for (ast::Expr* v : static_cast<ast::ValueSpec*>(spec)->values) expr(v);
                break;
            }
            case ast::StmtKind::Labeled: stmt(static_cast<ast::LabeledStmt*>(s)->body); break;
            case ast::StmtKind::Expr: expr(static_cast<ast::ExprStmt*>(s)->expr); break;
            case ast::StmtKind::Send: {
                auto* x = static_cast<ast::SendStmt*>(s);
                expr(x->channel), expr(x->value);
                break;
            }
            case ast::StmtKind::IncDec: expr(static_cast<ast::IncDecStmt*>(s)->operand); break;
            case ast::StmtKind::Assign: {
                auto* x = static_cast<ast::AssignStmt*>(s);
                for (ast::Expr* e : x->lhs) expr(e);
                for (ast::Expr* e : x->rhs) expr(e);
                break;
            }
            case ast::StmtKind::Go: expr(static_cast<ast::GoStmt*>(s)->call); break;
            case ast::StmtKind::Defer: expr(static_cast<ast::DeferStmt*>(s)->call); break;
            case ast::StmtKind::Return:
                for (ast::Expr* e : static_cast<ast::ReturnStmt*>(s)->results) expr(e);
                break;
            case ast::StmtKind::Block: stmts(static_cast<ast::BlockStmt*>(s)->stmts); break;
            case ast::StmtKind::If: {
                auto* x = static_cast<ast::IfStmt*>(s);
                stmt(x->init), expr(x->cond), stmt(x->then), stmt(x->otherwise);
                break;
            }
            case ast::StmtKind::CaseClause: {
                auto* x = static_cast<ast::CaseClause*>(s);
                for (ast::Expr* e : x->values) expr(e);
                stmt(x->comm);
                stmts(x->body);
                break;
            }
            case ast::StmtKind::Switch: {
                auto* x = static_cast<ast::SwitchStmt*>(s);
                stmt(x->init), expr(x->tag);
                for (ast::CaseClause* c : x->clauses) stmt(c);
                break;
            }
            case ast::StmtKind::TypeSwitch: {
                auto* x = static_cast<ast::TypeSwitchStmt*>(s);
                stmt(x->init), expr(x->subject);
                for (ast::CaseClause* c : x->clauses) stmt(c);
                break;
            }
            case ast::StmtKind::CommClause: {
                auto* x = static_cast<ast::CommClause*>(s);
                stmt(x->comm);
                stmts(x->body);
                break;
            }
            case ast::StmtKind::Select:
                for (ast::CommClause* c : static_cast<ast::SelectStmt*>(s)->clauses) stmt(c);
                break;
            case ast::StmtKind::For: {
                auto* x = static_cast<ast::ForStmt*>(s);
                stmt(x->init), expr(x->cond), stmt(x->post), stmt(x->body);
                break;
            }
            case ast::StmtKind::Range: {
                auto* x = static_cast<ast::RangeStmt*>(s);
                expr(x->key), expr(x->value), expr(x->range), stmt(x->body);
                break;
            }
            default: break;
        }
    }
};


}  // namespace

// Finds the variables of `decl` (and its closures) that must live in cells,
// and each closure's captured variables in first-use order.
void Codegen::analyzeFunction(ast::FuncDecl* decl) {
    Walker w;
    auto localVar = [&](ast::Expr* e) -> Var* {
        auto* id = e->as<ast::Ident>();
        if (!id) return nullptr;
        auto it = info.uses.find(id);
        Var* v = it != info.uses.end() && it->second ? it->second->as<Var>() : nullptr;
        return v && v->owner ? v : nullptr;
    };
    w.visit = [&](ast::Expr* e, const std::vector<const void*>& funcs) {
        if (Var* v = localVar(e)) {
            size_t ownerDepth = 0;
            for (size_t i = 0; i < funcs.size(); ++i)
                if (funcs[i] == v->owner) ownerDepth = i;
            for (size_t i = ownerDepth + 1; i < funcs.size(); ++i) {
                auto& list = litCaptures[static_cast<const ast::FuncLit*>(funcs[i])];
                if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
                boxed.insert(v);
            }
            return;
        }
        if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == Tok::And) {
            if (Var* v = localVar(ast::unparen(u->operand))) boxed.insert(v);
            return;
        }
        if (auto* call = e->as<ast::CallExpr>()) {
            // x.M() with a pointer method on an addressable non-pointer x takes &x.
            auto* sel = ast::unparen(call->callee)->as<ast::SelectorExpr>();
            if (!sel) return;
            auto it = info.selections.find(sel);
            if (it == info.selections.end() || it->second.kind != SelectionKind::MethodVal) return;
            Func* m = it->second.obj->as<Func>();
            Var* v = localVar(ast::unparen(sel->operand));
            if (m && v && m->signature()->recv && under(m->signature()->recv->type)->as<Pointer>() &&
                !under(v->type)->as<Pointer>() && !isInterface(v->type))
                boxed.insert(v);
            return;
        }
        if (auto* sl = e->as<ast::SliceExpr>()) {
            if (Var* v = localVar(ast::unparen(sl->operand)); v && under(v->type)->as<types::Array>()) boxed.insert(v);
        }
        if (auto* sel = e->as<ast::SelectorExpr>()) {
            // A method value bound to a pointer method of an addressable variable.
            auto it = info.selections.find(sel);
            if (it != info.selections.end() && it->second.kind == SelectionKind::MethodVal) {
                Func* m = it->second.obj->as<Func>();
                Var* v = localVar(ast::unparen(sel->operand));
                if (m && v && m->signature()->recv && under(m->signature()->recv->type)->as<Pointer>() &&
                    !under(v->type)->as<Pointer>())
                    boxed.insert(v);
            }
        }
    };
    w.funcs.push_back(decl);
    if (decl->body) w.stmt(decl->body);
}

std::vector<const Var*> FuncBuilder::capturesOf(ast::FuncLit* lit) {
    auto it = gen.litCaptures.find(lit);
    return it == gen.litCaptures.end() ? std::vector<const Var*>{} : it->second;
}

// ---- parameters and bodies

// Binds parameters (already in R[0:paramSlots]) to variables, boxing the
// ones that need cells and copying aggregate parameters (callee-copies).
void FuncBuilder::bindParams(Signature* s, const ast::FuncType* type, ast::FieldList* recvList) {
    (void)type;
    (void)recvList;
    std::vector<Var*> params;
    if (s->recv) params.push_back(s->recv);
    for (Var* p : s->params->vars) params.push_back(p);
    // Claim every parameter slot before anything else allocates.
    int reg = 0;
    std::vector<int> regs;
    for (Var* v : params) {
        regs.push_back(reg);
        for (SlotTag tag : shapeOf(v->type)) {
            tags.push_back(tag);
            busy.push_back(true);
            ++reg;
        }
    }
    for (size_t i = 0; i < params.size(); ++i) {
        Var* v = params[i];
        if (!v || v->name == "_" || v->name.empty()) continue;
        Value value{regs[i], slotCount(v->type), false};
        if (isAggregate(v->type)) {
            value = copyAggregate(value, v->type);
            keep(value);
            declareVar(v, value);
        } else if (gen.boxed.count(v)) {
            declareVar(v, value);
        } else {
            vars[v] = {VarLoc::Registers, value.reg, 0, v->type};
        }
    }
}

void Codegen::compileDecl(PendingFunc& p) {
    Func* f = p.func;
    vm::Function& fn = *out->functions[p.index];
    ast::FuncDecl* decl = f->decl;
    analyzeFunction(decl);
    FuncBuilder b(*this, fn, p.pkg);
    b.owner = decl;
    b.sig = f->signature();
    b.setLine(decl->pos);
    b.bindParams(b.sig, decl->type, decl->receiver);
    b.compileBody(decl->body);
    b.finish();
}

void Codegen::compileLit(PendingFunc& p) {
    vm::Function& fn = *out->functions[p.index];
    FuncBuilder b(*this, fn, p.pkg);
    ast::FuncLit* lit = p.lit;
    b.owner = lit;
    b.sig = info.types.at(lit).type->as<Signature>();
    b.setLine(lit->pos);
    std::vector<vm::SlotKind> kinds;
    for (Var* v : b.sig->params->vars)
        for (SlotTag tag : shapeOf(v->type)) kinds.push_back(gcKind(tag));
    fn.paramKinds = kinds;
    fn.paramSlots = uint16_t(kinds.size());
    int results = 0;
    for (Var* v : b.sig->results->vars) results += slotCount(v->type);
    fn.resultSlots = uint16_t(results);
    b.bindParams(b.sig, lit->type, nullptr);
    // Captured cells arrive through the closure.
    for (size_t i = 0; i < p.captures.size(); ++i) {
        const Var* v = p.captures[i];
        Value cell = b.allocValue(under(v->type)->as<types::Struct>() || under(v->type)->as<types::Array>()
                                      ? v->type
                                      : checked.universe.basic(BasicKind::UnsafePointer));
        b.keep(cell);
        b.emit(Opcode::CAPTURE, cell.reg, int(i), 0);
        VarLoc loc{isAggregate(v->type) ? VarLoc::Registers : VarLoc::Boxed, cell.reg, 0, v->type};
        b.vars[v] = loc;
    }
    b.compileBody(lit->body);
    b.finish();
}

}  // namespace govm::codegen
