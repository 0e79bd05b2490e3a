// Statements and function bodies (types2 stmt.go).
//
// A function body is checked in the signature's scope (which holds the
// parameters), with an environment naming the enclosing package-level
// declaration (so references feed the initialization order) and the
// function node that owns new variables. After the body: branch/label
// checks (gc does them in the parser: check_labels.cpp), the "missing
// return" check, and "declared but not used" for every variable of the
// function's scopes (closures report their own).
#include <algorithm>

#include "compiler/checker.hpp"

namespace govm::types {

void Checker::funcBody(DeclInfo* decl, std::string_view, Signature* sig, ast::BlockStmt* body, const void* owner,
                       const Constant* iota) {
    Environment saved = std::move(env_);
    env_ = Environment{};
    env_.decl = decl;
    env_.scope = sigScopes_[sig];
    env_.hasIota = iota != nullptr;
    if (iota) env_.iota = *iota;
    env_.sig = sig;
    env_.owner = owner;
    env_.scope->start = body->pos;
    env_.scope->end = body->rbrace;
    recordScope(owner, env_.scope);
    stmtList(0, body->stmts);
    checkBranches(body);
    if (sig->results->size() > 0 && !isTerminating(body, "")) error(body->rbrace, "missing return");
    usage(env_.scope);
    env_ = std::move(saved);
}

void Checker::usage(Scope* scope) {
    std::vector<Var*> unused;
    for (Object* obj : scope->elems)
        if (auto* v = obj->as<Var>(); v && !v->used && !v->isParam) unused.push_back(v);
    std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return a->pos < b->pos; });
    for (Var* v : unused) softError(v->pos, std::string(v->name) + " declared but not used");
    for (Scope* child : scope->children)
        if (!child->isFunc) usage(child);
}

void Checker::openScope(const void* node, Pos start, Pos end) {
    Scope* s = make<Scope>();
    s->parent = env_.scope;
    s->node = node;
    s->start = start;
    s->end = end;
    env_.scope->children.push_back(s);
    recordScope(node, s);
    env_.scope = s;
}

void Checker::closeScope() { env_.scope = env_.scope->parent; }

void Checker::stmtList(uint32_t ctxt, const ast::List<ast::Stmt*>& list) {
    bool ok = ctxt & kFallthroughOk;
    uint32_t inner = ctxt & ~uint32_t(kFallthroughOk);
    // Trailing empty statements do not count: a fallthrough followed by `;` is still last.
    size_t n = list.size();
    while (n > 0 && list[n - 1]->kind == ast::StmtKind::Empty) --n;
    for (size_t i = 0; i < list.size(); ++i) {
        uint32_t c = inner;
        if (ok && i + 1 == n) c |= kFallthroughOk;
        stmt(c, list[i]);
    }
}

void Checker::simpleStmt(ast::Stmt* s) {
    if (s) stmt(0, s);
}

void Checker::suspendedCall(const char* keyword, ast::Expr* call) {
    Operand x;
    if (!call->as<ast::CallExpr>()) {
        // The parser reported "expression in go must be function call"; like
        // gc's parser, treat the expression as the callee of a call without
        // arguments (the common mistake of missing parentheses).
        call = scratch_.make<ast::CallExpr>(call->pos, call, ast::List<ast::Expr*>{}, false, call->pos);
    }
    ExprKindResult kind = rawExpr(x, call, nullptr);
    const char* msg = nullptr;
    switch (kind) {
    case ExprKindResult::Conversion: msg = "requires function call, not conversion"; break;
    case ExprKindResult::Expression: msg = "discards result of"; break;
    case ExprKindResult::Statement: return;
    }
    errorAt(x, std::string(keyword) + " " + msg + " " + str(x));
}

void Checker::exprStmt(ast::ExprStmt* s) {
    Operand x;
    ExprKindResult kind = rawExpr(x, s->expr, nullptr);
    std::string msg;
    switch (x.mode) {
    case Mode::Builtin: msg = "must be called"; break;
    case Mode::TypeExpr: msg = "is not an expression"; break;
    default:
        if (kind == ExprKindResult::Statement) return;
        msg = "is not used";
        break;
    }
    errorAt(x, str(x) + " " + msg);
}

void Checker::sendStmt(ast::SendStmt* s) {
    Operand ch, val;
    expr(ch, s->channel);
    expr(val, s->value);
    if (ch.mode == Mode::Invalid || val.mode == Mode::Invalid) return;
    auto* uch = under(ch.type)->as<Chan>();
    Pos at = startPos(s->channel);
    if (!uch) {
        error(at, "invalid operation: cannot send to non-channel " + str(ch));
        return;
    }
    if (uch->dir == ast::ChanDir::Recv) {
        error(at, "invalid operation: cannot send to receive-only channel " + str(ch));
        return;
    }
    assignment(val, uch->elem, "send");
}

void Checker::incDecStmt(ast::IncDecStmt* s) {
    Operand x;
    expr(x, s->operand);
    if (x.mode == Mode::Invalid) return;
    if (!isNumeric(x.type)) {
        std::string op(tokSpelling(s->op));
        error(startPos(s->operand), "invalid operation: " + exprStr(s->operand) + op + " (non-numeric type " +
                                        str(x.type) + ")");
        return;
    }
    // x++ is x += 1: record the implicit constant 1 nowhere; the operand is assigned to itself.
    assignVar(s->operand, x);
}

namespace {

Tok binaryOpOf(Tok assignOp) {
    switch (assignOp) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    default: return Tok::AndNot;
    }
}

}  // namespace

void Checker::assignStmt(ast::AssignStmt* s) {
    if (s->op == Tok::Assign) {
        assignVars(s->lhs, s->rhs);
        return;
    }
    if (s->op == Tok::Define) {
        shortVarDecl(s->pos, s->lhs, s->rhs);
        return;
    }
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
        error(s->pos, "assignment operation " + std::string(tokSpelling(s->op)) + " requires single-valued expressions");
        return;
    }
    Operand x;
    binary(x, nullptr, s->lhs[0], s->rhs[0], binaryOpOf(s->op), s->pos);
    assignVar(s->lhs[0], x);
}

void Checker::returnStmt(ast::ReturnStmt* s) {
    Tuple* res = env_.sig ? env_.sig->results : nullptr;
    if (!res) return;
    if (s->results.empty() && res->size() > 0 && !res->vars[0]->name.empty()) {
        for (Var* obj : res->vars) {
            Object* alt = env_.scope->lookupParent(obj->name);
            if (alt && alt != obj)
                error(s->pos, "result parameter " + std::string(obj->name) + " not in scope at return\n\t" +
                                  posString(alt->pos) + ": inner declaration of var " + std::string(obj->name) + " " +
                                  str(alt->type));
        }
        return;
    }
    initVars(res->vars, s->results, s);
}

void Checker::ifStmt(uint32_t ctxt, ast::IfStmt* s) {
    openScope(s, s->pos, s->then->rbrace);
    simpleStmt(s->init);
    Operand x;
    expr(x, s->cond);
    if (x.mode != Mode::Invalid && !isBoolean(x.type))
        error(startPos(s->cond), "non-boolean condition in if statement");
    stmt(ctxt, s->then);
    if (s->otherwise) stmt(ctxt, s->otherwise);
    closeScope();
}

void Checker::stmt(uint32_t ctxt, ast::Stmt* s) {
    uint32_t inner = ctxt & ~uint32_t(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
    switch (s->kind) {
    case ast::StmtKind::Bad:
    case ast::StmtKind::Empty: break;
    case ast::StmtKind::Decl: declStmt(static_cast<ast::DeclStmt*>(s)->decl); break;
    case ast::StmtKind::Labeled:
        env_.hasLabel = true;
        stmt(ctxt, static_cast<ast::LabeledStmt*>(s)->body);
        break;
    case ast::StmtKind::Expr: exprStmt(static_cast<ast::ExprStmt*>(s)); break;
    case ast::StmtKind::Send: sendStmt(static_cast<ast::SendStmt*>(s)); break;
    case ast::StmtKind::IncDec: incDecStmt(static_cast<ast::IncDecStmt*>(s)); break;
    case ast::StmtKind::Assign: assignStmt(static_cast<ast::AssignStmt*>(s)); break;
    case ast::StmtKind::Go: suspendedCall("go", static_cast<ast::GoStmt*>(s)->call); break;
    case ast::StmtKind::Defer: suspendedCall("defer", static_cast<ast::DeferStmt*>(s)->call); break;
    case ast::StmtKind::Return: returnStmt(static_cast<ast::ReturnStmt*>(s)); break;
    case ast::StmtKind::Branch: break;  // checked by checkBranches, as gc's parser does
    case ast::StmtKind::Block: {
        auto* b = static_cast<ast::BlockStmt*>(s);
        openScope(b, b->pos, b->rbrace);
        stmtList(inner, b->stmts);
        closeScope();
        break;
    }
    case ast::StmtKind::If: ifStmt(inner, static_cast<ast::IfStmt*>(s)); break;
    case ast::StmtKind::Switch: switchStmt(inner | kBreakOk, static_cast<ast::SwitchStmt*>(s)); break;
    case ast::StmtKind::TypeSwitch:
        typeSwitchStmt(inner | kBreakOk | kInTypeSwitch, static_cast<ast::TypeSwitchStmt*>(s));
        break;
    case ast::StmtKind::Select: selectStmt(inner | kBreakOk, static_cast<ast::SelectStmt*>(s)); break;
    case ast::StmtKind::For: forStmt(inner | kBreakOk | kContinueOk, static_cast<ast::ForStmt*>(s)); break;
    case ast::StmtKind::Range: rangeStmt(inner | kBreakOk | kContinueOk, static_cast<ast::RangeStmt*>(s)); break;
    default: error(s->pos, "invalid statement"); break;
    }
}

// --- terminating statements (types2 return.go) -----------------------------------

namespace {

bool hasBreak(ast::Stmt* s, std::string_view label, bool implicit);

bool hasBreakList(const ast::List<ast::Stmt*>& list, std::string_view label, bool implicit) {
    for (ast::Stmt* s : list)
        if (hasBreak(s, label, implicit)) return true;
    return false;
}

bool hasBreak(ast::Stmt* s, std::string_view label, bool implicit) {
    switch (s->kind) {
    case ast::StmtKind::Labeled: return hasBreak(static_cast<ast::LabeledStmt*>(s)->body, label, implicit);
    case ast::StmtKind::Branch: {
        auto* b = static_cast<ast::BranchStmt*>(s);
        if (b->tok != Tok::Break) return false;
        if (!b->label) return implicit;
        return b->label->name == label;
    }
    case ast::StmtKind::Block: return hasBreakList(static_cast<ast::BlockStmt*>(s)->stmts, label, implicit);
    case ast::StmtKind::If: {
        auto* i = static_cast<ast::IfStmt*>(s);
        return hasBreak(i->then, label, implicit) || (i->otherwise && hasBreak(i->otherwise, label, implicit));
    }
    case ast::StmtKind::Switch:
        if (label.empty()) return false;
        for (ast::CaseClause* c : static_cast<ast::SwitchStmt*>(s)->clauses)
            if (hasBreakList(c->body, label, false)) return true;
        return false;
    case ast::StmtKind::TypeSwitch:
        if (label.empty()) return false;
        for (ast::CaseClause* c : static_cast<ast::TypeSwitchStmt*>(s)->clauses)
            if (hasBreakList(c->body, label, false)) return true;
        return false;
    case ast::StmtKind::Select:
        if (label.empty()) return false;
        for (ast::CommClause* c : static_cast<ast::SelectStmt*>(s)->clauses)
            if (hasBreakList(c->body, label, false)) return true;
        return false;
    case ast::StmtKind::For:
        return !label.empty() && hasBreak(static_cast<ast::ForStmt*>(s)->body, label, false);
    case ast::StmtKind::Range:
        return !label.empty() && hasBreak(static_cast<ast::RangeStmt*>(s)->body, label, false);
    default: return false;
    }
}

}  // namespace

bool Checker::isTerminating(ast::Stmt* s, std::string_view label) {
    switch (s->kind) {
    case ast::StmtKind::Labeled: {
        auto* l = static_cast<ast::LabeledStmt*>(s);
        return isTerminating(l->body, l->label->name);
    }
    case ast::StmtKind::Expr: {
        auto* call = ast::unparen(static_cast<ast::ExprStmt*>(s)->expr)->as<ast::CallExpr>();
        return call && isPanic_.count(call);
    }
    case ast::StmtKind::Return: return true;
    case ast::StmtKind::Branch: {
        Tok t = static_cast<ast::BranchStmt*>(s)->tok;
        return t == Tok::Goto || t == Tok::Fallthrough;
    }
    case ast::StmtKind::Block: return isTerminatingList(static_cast<ast::BlockStmt*>(s)->stmts, "");
    case ast::StmtKind::If: {
        auto* i = static_cast<ast::IfStmt*>(s);
        return i->otherwise && isTerminating(i->then, "") && isTerminating(i->otherwise, "");
    }
    case ast::StmtKind::Switch: return isTerminatingSwitch(static_cast<ast::SwitchStmt*>(s)->clauses, label);
    case ast::StmtKind::TypeSwitch: return isTerminatingSwitch(static_cast<ast::TypeSwitchStmt*>(s)->clauses, label);
    case ast::StmtKind::Select:
        for (ast::CommClause* c : static_cast<ast::SelectStmt*>(s)->clauses)
            if (!isTerminatingList(c->body, "") || hasBreakList(c->body, label, true)) return false;
        return true;
    case ast::StmtKind::For: {
        auto* f = static_cast<ast::ForStmt*>(s);
        return !f->cond && !hasBreak(f->body, label, true);
    }
    default: return false;
    }
}

bool Checker::isTerminatingList(const ast::List<ast::Stmt*>& list, std::string_view label) {
    for (size_t i = list.size(); i-- > 0;)
        if (list[i]->kind != ast::StmtKind::Empty) return isTerminating(list[i], label);
    return false;
}

bool Checker::isTerminatingSwitch(const ast::List<ast::CaseClause*>& body, std::string_view label) {
    bool hasDefault = false;
    for (ast::CaseClause* c : body) {
        if (c->isDefault) hasDefault = true;
        if (!isTerminatingList(c->body, "") || hasBreakList(c->body, label, true)) return false;
    }
    return hasDefault;
}

}  // namespace govm::types
