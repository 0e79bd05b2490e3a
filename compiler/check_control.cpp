// Switch, type switch, select, for and range statements (types2 stmt.go).
//
// Each case clause opens its own scope; a type switch with a binding
// declares one variable per clause (recorded in Info::implicits under the
// clause), typed by the clause's single type or the switch operand's type.
// Range accepts Go 1.22's integer operands. Duplicate constant cases and
// duplicate types are reported with gc's "previous case" continuation.
#include "compiler/checker.hpp"

namespace govm::types {

void Checker::multipleDefaults(const ast::List<ast::CaseClause*>& list) {
    ast::CaseClause* first = nullptr;
    for (ast::CaseClause* c : list) {
        if (!c->isDefault) continue;
        if (first) error(c->pos, "multiple defaults (first at " + posString(first->pos) + ")");
        else first = c;
    }
}

void Checker::switchStmt(uint32_t inner, ast::SwitchStmt* s) {
    openScope(s, s->pos, s->rbrace);
    simpleStmt(s->init);
    Operand x;
    ast::Ident* trueIdent = nullptr;
    if (s->tag) {
        expr(x, s->tag);
        assignment(x, nullptr, "switch expression");
        if (x.mode != Mode::Invalid && !comparable(x.type) && !hasNil(x.type)) {
            errorAt(x, "cannot switch on " + str(x) + " (" + str(x.type) + " is not comparable)");
            x.mode = Mode::Invalid;
        }
    } else {
        x.mode = Mode::Constant;
        x.type = basic(BasicKind::Bool);
        x.val = Constant::fromBool(true);
        Pos pos = s->clauses.empty() ? s->rbrace : s->clauses[0]->pos;
        // A synthesized `true` for messages ("invalid case x in switch on true").
        trueIdent = scratch_.make<ast::Ident>(pos, "true");
        x.expr = trueIdent;
    }
    multipleDefaults(s->clauses);
    std::vector<std::pair<Operand, Pos>> seen;
    for (size_t i = 0; i < s->clauses.size(); ++i) {
        ast::CaseClause* clause = s->clauses[i];
        uint32_t ctxt = inner;
        Pos end = s->rbrace;
        if (i + 1 < s->clauses.size()) {
            end = s->clauses[i + 1]->pos;
            ctxt |= kFallthroughOk;
        } else {
            ctxt |= kFinalSwitchCase;
        }
        caseValues(x, clause, seen);
        openScope(clause, clause->pos, end);
        stmtList(ctxt, clause->body);
        closeScope();
    }
    closeScope();
}

void Checker::caseValues(Operand& x, ast::CaseClause* clause, std::vector<std::pair<Operand, Pos>>& seen) {
    for (ast::Expr* e : clause->values) {
        Operand v;
        expr(v, e);
        if (x.mode == Mode::Invalid || v.mode == Mode::Invalid) continue;
        convertUntyped(v, x.type);
        if (v.mode == Mode::Invalid) continue;
        Operand res = v;
        comparison(res, x, Tok::Eql, true, e->pos);
        if (res.mode == Mode::Invalid) continue;
        if (v.mode != Mode::Constant) continue;
        ConstantKind k = v.val.kind();
        if (k != ConstantKind::Int && k != ConstantKind::Float && k != ConstantKind::String) continue;
        bool dup = false;
        for (auto& [other, pos] : seen) {
            if (Constant::compare(other.val, ConstantOp::Equal, v.val) && identical(other.type, v.type)) {
                errorAt(v, "duplicate case " + str(v) + " in expression switch\n\t" + posString(pos) + ": previous case");
                dup = true;
                break;
            }
        }
        if (!dup) seen.push_back({v, startPos(e)});
    }
}

Type* Checker::caseTypes(Operand* x, ast::CaseClause* clause, std::vector<std::pair<Type*, Pos>>& seen) {
    Type* T = nullptr;
    for (ast::Expr* e : clause->values) {
        bool isNilCase = false;
        if (auto* id = ast::unparen(e)->as<ast::Ident>())
            if (Object* obj = env_.scope->lookupParent(id->name); obj && obj->kind == ObjectKind::Nil) isNilCase = true;
        if (isNilCase) {
            T = nullptr;
            Operand dummy;
            expr(dummy, e);
        } else {
            T = varType(e);
            if (isInvalid(T)) continue;
        }
        bool dup = false;
        for (auto& [t, pos] : seen) {
            if ((!T && !t) || (T && t && identical(T, t))) {
                error(startPos(e), "duplicate case " + (T ? str(T) : std::string("nil")) + " in type switch\n\t" +
                                       posString(pos) + ": previous case");
                dup = true;
                break;
            }
        }
        if (dup) continue;
        seen.push_back({T, startPos(e)});
        if (x && T) typeAssertion(e, *x, T, true);
    }
    return T;
}

void Checker::typeSwitchStmt(uint32_t inner, ast::TypeSwitchStmt* s) {
    openScope(s, s->pos, s->rbrace);
    simpleStmt(s->init);
    ast::Ident* lhs = s->binding;
    if (lhs) {
        if (lhs->name == "_") {
            softError(lhs->pos, "no new variable on left side of :=");
            lhs = nullptr;
        } else {
            recordDef(lhs, nullptr);
        }
    }
    Operand x;
    expr(x, s->subject);
    if (x.mode == Mode::Invalid) {
        closeScope();
        return;
    }
    Operand* sx = nullptr;
    if (under(x.type)->as<Interface>()) sx = &x;
    else errorAt(x, str(x) + " is not an interface");
    multipleDefaults(s->clauses);
    std::vector<Var*> lhsVars;
    std::vector<std::pair<Type*, Pos>> seen;
    for (size_t i = 0; i < s->clauses.size(); ++i) {
        ast::CaseClause* clause = s->clauses[i];
        Pos end = i + 1 < s->clauses.size() ? s->clauses[i + 1]->pos : s->rbrace;
        Type* T = caseTypes(sx, clause, seen);
        openScope(clause, clause->pos, end);
        if (lhs) {
            if (clause->values.size() != 1 || !T) T = x.type;
            Var* obj = newVar(lhs->name, lhs->pos, T);
            obj->owner = env_.owner;
            declare(env_.scope, nullptr, obj, Pos{});
            recordImplicit(clause, obj);
            lhsVars.push_back(obj);
        }
        stmtList(inner, clause->body);
        closeScope();
    }
    if (lhs) {
        bool used = false;
        for (Var* v : lhsVars) {
            used = used || v->used;
            v->used = true;
        }
        if (!used) softError(lhs->pos, std::string(lhs->name) + " declared but not used");
    }
    closeScope();
}

void Checker::selectStmt(uint32_t inner, ast::SelectStmt* s) {
    ast::CommClause* firstDefault = nullptr;
    for (ast::CommClause* c : s->clauses) {
        if (c->comm) continue;
        if (firstDefault) error(c->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
        else firstDefault = c;
    }
    for (size_t i = 0; i < s->clauses.size(); ++i) {
        ast::CommClause* clause = s->clauses[i];
        bool valid = false;
        ast::Expr* rhs = nullptr;
        if (!clause->comm || clause->comm->kind == ast::StmtKind::Send) {
            valid = true;
        } else if (auto* a = clause->comm->as<ast::AssignStmt>()) {
            if (a->rhs.size() == 1) rhs = a->rhs[0];
        } else if (auto* e = clause->comm->as<ast::ExprStmt>()) {
            rhs = e->expr;
        }
        if (rhs) {
            auto* u = ast::unparen(rhs)->as<ast::UnaryExpr>();
            if (u && u->op == Tok::Arrow) valid = true;
        }
        if (!valid) {
            error(clause->comm->pos, "select case must be send or receive (possibly with assignment)");
            continue;
        }
        Pos end = i + 1 < s->clauses.size() ? s->clauses[i + 1]->pos : s->rbrace;
        openScope(clause, clause->pos, end);
        if (clause->comm) stmt(inner, clause->comm);
        stmtList(inner, clause->body);
        closeScope();
    }
}

void Checker::forStmt(uint32_t inner, ast::ForStmt* s) {
    openScope(s, s->pos, s->body->rbrace);
    simpleStmt(s->init);
    if (s->cond) {
        Operand x;
        expr(x, s->cond);
        if (x.mode != Mode::Invalid && !isBoolean(x.type))
            error(startPos(s->cond), "non-boolean condition in for statement");
    }
    simpleStmt(s->post);
    if (auto* a = s->post ? s->post->as<ast::AssignStmt>() : nullptr; a && a->op == Tok::Define) useLHS(a->lhs);
    stmt(inner, s->body);
    closeScope();
}

bool Checker::rangeKeyVal(Operand& x, Type*& key, Type*& val, std::string&) {
    Type* t = under(x.type);
    if (auto* p = t->as<Pointer>())
        if (auto* a = under(p->elem)->as<Array>()) t = a;
    key = val = nullptr;
    switch (t->kind) {
    case TypeKind::Basic:
        if (isString(t)) {
            key = basic(BasicKind::Int);
            val = prog_.universe.runeType;
        } else if (isInteger(t)) {
            // Go 1.22: range over an integer n yields 0..n-1 of n's type.
            if (isUntyped(x.type)) {
                assignment(x, nullptr, "range clause");
                if (x.mode == Mode::Invalid) return false;
            }
            key = x.type;
        }
        break;
    case TypeKind::Array:
        key = basic(BasicKind::Int);
        val = static_cast<Array*>(t)->elem;
        break;
    case TypeKind::Slice:
        key = basic(BasicKind::Int);
        val = static_cast<Slice*>(t)->elem;
        break;
    case TypeKind::Map:
        key = static_cast<Map*>(t)->key;
        val = static_cast<Map*>(t)->elem;
        break;
    case TypeKind::Chan: key = static_cast<Chan*>(t)->elem; break;
    default: break;
    }
    return key != nullptr;
}

void Checker::rangeStmt(uint32_t inner, ast::RangeStmt* s) {
    Operand x;
    expr(x, s->range);
    Type* key = nullptr;
    Type* val = nullptr;
    if (x.mode != Mode::Invalid) {
        std::string cause;
        Type* u = under(x.type);
        bool oneVar = u->kind == TypeKind::Chan || isInteger(u);
        if (auto* ch = u->as<Chan>(); ch && ch->dir == ast::ChanDir::Send) cause = "receive from send-only channel";
        if (oneVar && s->value)
            softError(startPos(s->value), "range over " + str(x) + " permits only one iteration variable");
        bool ok = rangeKeyVal(x, key, val, cause);
        if (x.mode != Mode::Invalid && (!ok || !cause.empty())) {
            if (cause.empty()) softError(startPos(s->range), "cannot range over " + str(x));
            else softError(startPos(s->range), "cannot range over " + str(x) + " (" + cause + ")");
            key = val = nullptr;
        }
    }
    openScope(s, s->pos, s->body->rbrace);
    ast::Expr* lhs[2] = {s->key, s->value};
    Type* rhs[2] = {key, val};
    if (s->tok == Tok::Define) {
        std::vector<Var*> vars;
        for (int i = 0; i < 2; ++i) {
            if (!lhs[i]) continue;
            Var* obj = nullptr;
            if (auto* id = lhs[i]->as<ast::Ident>()) {
                obj = newVar(id->name, id->pos, nullptr);
                recordDef(id, obj);
                if (id->name != "_") vars.push_back(obj);
            } else {
                error(startPos(lhs[i]), "cannot declare " + exprStr(lhs[i]));
                obj = newVar("_", lhs[i]->pos, nullptr);
            }
            obj->owner = env_.owner;
            if (rhs[i]) {
                Operand v;
                v.mode = Mode::Value;
                v.expr = lhs[i];
                v.type = rhs[i];
                initVar(obj, v, "range clause");
            } else {
                obj->type = invalidType();
                obj->used = true;
            }
        }
        if (!vars.empty())
            for (Var* v : vars) declare(env_.scope, nullptr, v, Pos{});
        else
            error(s->pos, "no new variables on left side of :=");
    } else {
        for (int i = 0; i < 2; ++i) {
            if (!lhs[i] || !rhs[i]) continue;
            Operand v;
            v.mode = Mode::Value;
            v.expr = lhs[i];
            v.type = rhs[i];
            assignVar(lhs[i], v);
        }
    }
    stmt(inner, s->body);
    closeScope();
}

}  // namespace govm::types
