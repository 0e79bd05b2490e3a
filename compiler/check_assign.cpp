// Assignability and assignments (types2 assignments.go, operand.go).
//
// assignment() is the one place where a value meets a destination type: an
// untyped operand is converted (and must be representable), then the
// typed assignability rules apply. Declarations (`var`, `:=`) and
// assignments (`=`) share initVars/assignVars, which handle the n:n and
// the n:1 (multi-value call, comma-ok) forms.
#include "compiler/checker.hpp"

namespace govm::types {

std::string Checker::implementsError(Type* v, Type* t) {
    Type* vu = under(v);
    Type* tu = under(t);
    if (isInvalid(vu) || isInvalid(tu)) return "";
    auto* ti = tu->as<Interface>();
    if (!ti) {
        auto* p = tu->as<Pointer>();
        if (p && isInterface(p->elem))
            return str(v) + " does not implement " + str(t) + " (type " + str(t) + " is pointer to interface, not interface)";
        return str(v) + " does not implement " + str(t) + " (" + str(t) + " is not an interface)";
    }
    completeInterface(ti);
    if (ti->allMethods.empty()) return "";
    resolveMethods(v);
    Func* alt = nullptr;
    Func* m = missingMethodAlt(v, ti, true, &alt, nullptr);
    if (!m) return "";
    return str(v) + " does not implement " + str(t) + " " + missingMethodReason(v, t, m, alt);
}

void Checker::resolveMethods(Type* t, int depth) {
    if (!t || depth > 8) return;
    if (auto* p = t->as<Pointer>()) t = p->elem;
    if (auto* n = t->as<Named>()) {
        for (Func* m : n->methods)
            if (!m->type) objDecl(m, nullptr);
    }
    if (auto* s = under(t) ? under(t)->as<Struct>() : nullptr) {
        for (Var* f : s->fields)
            if (f->embedded) resolveMethods(f->type, depth + 1);
    }
}

bool Checker::assignableToOp(Operand& x, Type* T, std::string* reason) {
    if (x.mode == Mode::Invalid || isInvalid(T)) return true;
    Type* V = x.type;
    if (identical(V, T)) return true;
    Type* vu = under(V);
    Type* tu = under(T);
    if (isUntyped(vu)) {
        Type* nt = nullptr;
        Constant v;
        implicitTypeAndValue(x, T, nt, v);
        return nt != nullptr;
    }
    if (identical(vu, tu) && (!isNamed(V) || !isNamed(T))) return true;
    auto* tp = tu->as<Pointer>();
    if (tu->kind == TypeKind::Interface || (tp && isInterface(tp->elem))) {
        std::string err = implementsError(V, T);
        if (!err.empty()) {
            if (reason) *reason = err;
            return false;
        }
        return true;
    }
    if (vu->kind == TypeKind::Interface) {
        if (implementsError(T, V).empty()) {
            if (reason) *reason = "need type assertion";
            return false;
        }
    }
    if (auto* vc = vu->as<Chan>(); vc && vc->dir == ast::ChanDir::Both) {
        if (auto* tc = tu->as<Chan>(); tc && identical(vc->elem, tc->elem)) return !isNamed(V) || !isNamed(T);
    }
    return false;
}

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
    singleValue(x);
    switch (x.mode) {
    case Mode::Invalid: return;
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::NilValue:
    case Mode::CommaOk: break;
    default:
        errorAt(x, "cannot assign " + str(x) + " to " + (T ? str(T) : std::string("<nil>")) + " in " + context);
        x.mode = Mode::Invalid;
        return;
    }
    if (isUntyped(x.type)) {
        Type* target = T;
        if (x.isNil()) {
            if (!T) {
                errorAt(x, "use of untyped nil in " + context);
                x.mode = Mode::Invalid;
                return;
            }
        } else if (!T || isInterface(T)) {
            target = defaultType(x.type);
        }
        Type* newType = nullptr;
        Constant val;
        int code = implicitTypeAndValue(x, target, newType, val);
        if (code != 0) {
            std::string msg = "cannot use " + str(x) + " as " + str(target) + " value in " + context;
            if (code == int(Representability::Truncated)) msg += " (truncated)";
            else if (code == int(Representability::Overflows)) msg += " (overflows)";
            errorAt(x, msg);
            x.mode = Mode::Invalid;
            return;
        }
        if (x.mode == Mode::Constant && !val.isUnknown()) {
            x.val = val;
            updateExprVal(x.expr, val);
        }
        if (newType != x.type) {
            x.type = newType;
            updateExprType(x.expr, newType, false);
        }
    }
    if (!T) return;
    std::string reason;
    if (!assignableToOp(x, T, &reason)) {
        if (!reason.empty()) errorAt(x, "cannot use " + str(x) + " as type " + str(T) + " in " + context + ":\n\t" + reason);
        else errorAt(x, "cannot use " + str(x) + " as type " + str(T) + " in " + context);
        x.mode = Mode::Invalid;
    }
}

void Checker::initConst(Const* lhs, Operand& x) {
    if (x.mode == Mode::Invalid || isInvalid(x.type) || (lhs->type && isInvalid(lhs->type))) {
        if (!lhs->type) lhs->type = invalidType();
        return;
    }
    if (x.mode != Mode::Constant) {
        errorAt(x, str(x) + " is not constant");
        if (!lhs->type) lhs->type = invalidType();
        return;
    }
    if (!lhs->type) lhs->type = x.type;
    assignment(x, lhs->type, "constant declaration");
    if (x.mode == Mode::Invalid) return;
    lhs->value = x.val;
}

Type* Checker::initVar(Var* lhs, Operand& x, const std::string& context) {
    if (x.mode == Mode::Invalid || isInvalid(x.type) || (lhs->type && isInvalid(lhs->type))) {
        if (!lhs->type) lhs->type = invalidType();
        lhs->used = true;
        return nullptr;
    }
    if (!lhs->type) {
        Type* t = x.type;
        if (isUntyped(t)) {
            if (isBasic(t, BasicKind::UntypedNil)) {
                errorAt(x, "use of untyped nil in " + context);
                lhs->type = invalidType();
                return nullptr;
            }
            t = defaultType(t);
        }
        lhs->type = t;
    }
    assignment(x, lhs->type, context);
    if (x.mode == Mode::Invalid) {
        lhs->used = true;
        return nullptr;
    }
    return x.type;
}

Type* Checker::assignVar(ast::Expr* lhs, Operand& x) {
    if (x.mode == Mode::Invalid || isInvalid(x.type)) {
        ast::List<ast::Expr*> one{&lhs, 1};
        useLHS(one);
        return nullptr;
    }
    auto* ident = ast::unparen(lhs)->as<ast::Ident>();
    if (ident && ident->name == "_") {
        recordDef(ident, nullptr);
        assignment(x, nullptr, "assignment to _ identifier");
        return x.mode == Mode::Invalid ? nullptr : x.type;
    }
    Var* v = nullptr;
    bool vUsed = false;
    if (ident) {
        if (Object* obj = env_.scope->lookupParent(ident->name))
            if (auto* w = obj->as<Var>(); w && w->pkg == pkg_) {
                v = w;
                vUsed = w->used;
            }
    }
    Operand z;
    expr(z, lhs);
    if (v) v->used = vUsed;
    if (z.mode == Mode::Invalid || isInvalid(z.type)) return nullptr;
    if (z.mode != Mode::Variable && z.mode != Mode::MapIndex) {
        if (auto* sel = z.expr->as<ast::SelectorExpr>()) {
            Operand op;
            expr(op, sel->operand);
            if (op.mode == Mode::MapIndex) {
                errorAt(z, "cannot assign to struct field " + exprStr(z.expr) + " in map");
                return nullptr;
            }
        }
        errorAt(z, "cannot assign to " + str(z));
        return nullptr;
    }
    assignment(x, z.type, "assignment");
    return x.mode == Mode::Invalid ? nullptr : x.type;
}

void Checker::assignError(const ast::List<ast::Expr*>& rhs, size_t nvars, size_t nvals) {
    auto measure = [](size_t n, const char* unit) {
        std::string s = std::to_string(n) + " " + unit;
        if (n != 1) s += "s";
        return s;
    };
    std::string vars = measure(nvars, "variable");
    std::string vals = measure(nvals, "value");
    ast::Expr* rhs0 = rhs[0];
    if (rhs.size() == 1) {
        if (auto* call = ast::unparen(rhs0)->as<ast::CallExpr>()) {
            error(startPos(rhs0), "assignment mismatch: " + vars + " but " + exprStr(call->callee) + " returns " + vals);
            return;
        }
    }
    error(startPos(rhs0), "assignment mismatch: " + vars + " but " + vals);
}

void Checker::returnError(ast::Stmt* ret, const std::vector<Var*>& lhs, const std::vector<Operand>& rhs) {
    Pos at = ret->pos;
    std::string qualifier = "not enough";
    if (rhs.size() > lhs.size()) {
        at = startPos(rhs[lhs.size()].expr);
        qualifier = "too many";
    } else if (!rhs.empty()) {
        at = startPos(rhs.back().expr);
    }
    std::vector<Type*> have, want;
    for (const Operand& x : rhs) have.push_back(x.type);
    for (Var* v : lhs) want.push_back(v->type);
    error(at, qualifier + " return values\n\thave " + typesSummary(have, false) + "\n\twant " + typesSummary(want, false));
}

void Checker::initVars(const std::vector<Var*>& lhs, const ast::List<ast::Expr*>& origRhs, ast::Stmt* returnStmt) {
    bool commaOk = false;
    std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2 && !returnStmt, &commaOk);
    if (lhs.size() != rhs.size()) {
        for (Var* v : lhs) {
            v->used = true;
            if (!v->type) v->type = invalidType();
        }
        for (Operand& x : rhs)
            if (x.mode == Mode::Invalid) return;
        if (returnStmt) returnError(returnStmt, lhs, rhs);
        else assignError(origRhs, lhs.size(), rhs.size());
        return;
    }
    std::string context = returnStmt ? "return statement" : "assignment";
    if (commaOk) {
        Type* a0 = initVar(lhs[0], rhs[0], context);
        Type* a1 = initVar(lhs[1], rhs[1], context);
        recordCommaOkTypes(origRhs[0], a0, a1);
        return;
    }
    bool ok = true;
    for (size_t i = 0; i < lhs.size(); ++i)
        if (!initVar(lhs[i], rhs[i], context)) ok = false;
    if (!ok)
        for (Var* v : lhs) v->used = true;
}

void Checker::assignVars(const ast::List<ast::Expr*>& lhs, const ast::List<ast::Expr*>& origRhs) {
    bool commaOk = false;
    std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2, &commaOk);
    if (lhs.size() != rhs.size()) {
        useLHS(lhs);
        for (Operand& x : rhs)
            if (x.mode == Mode::Invalid) return;
        assignError(origRhs, lhs.size(), rhs.size());
        return;
    }
    if (commaOk) {
        Type* a0 = assignVar(lhs[0], rhs[0]);
        Type* a1 = assignVar(lhs[1], rhs[1]);
        recordCommaOkTypes(origRhs[0], a0, a1);
        return;
    }
    bool ok = true;
    for (size_t i = 0; i < lhs.size(); ++i)
        if (!assignVar(lhs[i], rhs[i])) ok = false;
    if (ok) return;
    for (ast::Expr* e : lhs) {
        if (auto* id = ast::unparen(e)->as<ast::Ident>())
            if (Object* obj = env_.scope->lookupParent(id->name))
                if (auto* v = obj->as<Var>(); v && v->pkg == pkg_) v->used = true;
    }
}

void Checker::shortVarDecl(Pos pos, const ast::List<ast::Expr*>& lhs, const ast::List<ast::Expr*>& rhs) {
    Scope* scope = env_.scope;
    std::vector<std::string_view> seen;
    std::vector<Var*> lhsVars(lhs.size(), nullptr);
    std::vector<Var*> newVars;
    bool hasErr = false;
    for (size_t i = 0; i < lhs.size(); ++i) {
        auto* ident = lhs[i]->as<ast::Ident>();
        if (!ident) {
            ast::List<ast::Expr*> one{&lhs[i], 1};
            useLHS(one);
            error(startPos(lhs[i]), "non-name " + exprStr(lhs[i]) + " on left side of :=");
            hasErr = true;
            continue;
        }
        std::string_view name = ident->name;
        if (name != "_") {
            if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
                error(ident->pos, exprStr(ident) + " repeated on left side of :=");
                hasErr = true;
                continue;
            }
            seen.push_back(name);
        }
        if (Object* alt = scope->lookup(name)) {
            recordUse(ident, alt);
            if (auto* v = alt->as<Var>()) lhsVars[i] = v;
            else {
                error(ident->pos, "cannot assign to " + exprStr(ident));
                hasErr = true;
            }
            continue;
        }
        Var* obj = newVar(name, ident->pos, nullptr);
        obj->owner = env_.owner;
        lhsVars[i] = obj;
        if (name != "_") newVars.push_back(obj);
        recordDef(ident, obj);
    }
    for (size_t i = 0; i < lhsVars.size(); ++i)
        if (!lhsVars[i]) lhsVars[i] = newVar("_", lhs[i]->pos, nullptr);
    initVars(lhsVars, rhs, nullptr);
    if (newVars.empty() && !hasErr) {
        softError(pos, "no new variables on left side of :=");
        return;
    }
    for (Var* v : newVars) declare(scope, nullptr, v, Pos{});
}

}  // namespace govm::types
