// Calls, conversions-by-call-syntax, argument passing and selectors
// (types2 call.go).
//
// A call's callee decides what it is: a type (conversion), a builtin, or a
// function value. Arguments are assigned to the parameters; a variadic
// function without `...` takes its extra arguments as the element type.
// Selectors resolve qualified identifiers (pkg.Name, recorded in uses only)
// and otherwise fields, methods (method values) and method expressions
// (T.M), recording a Selection with the embedding path.
#include "compiler/checker.hpp"

namespace govm::types {

Checker::ExprKindResult Checker::callExpr(Operand& x, ast::CallExpr* call) {
    exprOrType(x, call->callee);
    switch (x.mode) {
    case Mode::Invalid:
        use(call->args);
        x.expr = call;
        return ExprKindResult::Statement;
    case Mode::TypeExpr: {
        Type* T = x.type;
        x.mode = Mode::Invalid;
        size_t n = call->args.size();
        if (n == 0) {
            error(startPos(call), "missing argument in conversion to " + str(T));
        } else if (n == 1) {
            expr(x, call->args[0]);
            if (x.mode != Mode::Invalid) {
                if (call->hasEllipsis) {
                    error(startPos(call->args[0]), "invalid use of ... in type conversion to " + str(T));
                    x.mode = Mode::Invalid;
                } else {
                    conversion(x, T);
                }
            }
        } else {
            use(call->args);
            error(startPos(call->args[n - 1]), "too many arguments in conversion to " + str(T));
        }
        x.expr = call;
        return ExprKindResult::Conversion;
    }
    case Mode::Builtin: {
        BuiltinId id = x.id;
        if (!builtin(x, call, id)) x.mode = Mode::Invalid;
        x.expr = call;
        if (x.mode != Mode::Invalid && x.mode != Mode::Constant) env_.hasCallOrRecv = true;
        // Builtins usable as statements: copy, delete, panic, print(ln), recover, close, clear.
        switch (id) {
        case BuiltinId::Close:
        case BuiltinId::Clear:
        case BuiltinId::Copy:
        case BuiltinId::Delete:
        case BuiltinId::Panic:
        case BuiltinId::Print:
        case BuiltinId::Println:
        case BuiltinId::Recover: return ExprKindResult::Statement;
        default: return ExprKindResult::Expression;
        }
    }
    default: break;
    }
    auto* sig = under(x.type)->as<Signature>();
    if (!sig) {
        errorAt(x, "invalid operation: cannot call non-function " + str(x));
        x.mode = Mode::Invalid;
        x.expr = call;
        return ExprKindResult::Statement;
    }
    std::vector<Operand> args = exprList(call->args, false, nullptr);
    arguments(call, sig, args);
    size_t nres = sig->results->size();
    if (nres == 0) {
        x.mode = Mode::NoValue;
    } else if (nres == 1) {
        x.mode = Mode::Value;
        x.type = sig->results->at(0);
    } else {
        x.mode = Mode::Value;
        x.type = sig->results;
    }
    x.expr = call;
    env_.hasCallOrRecv = true;
    return ExprKindResult::Statement;
}

std::vector<Operand> Checker::exprList(const ast::List<ast::Expr*>& elist, bool allowCommaOk, bool* commaOk) {
    std::vector<Operand> xlist;
    if (commaOk) *commaOk = false;
    if (elist.size() == 1) {
        ast::Expr* e = elist[0];
        Operand x;
        multiExpr(x, e);
        if (auto* t = x.type ? x.type->as<Tuple>() : nullptr; t && x.mode != Mode::Invalid) {
            for (Var* v : t->vars) {
                Operand o;
                o.mode = Mode::Value;
                o.expr = e;
                o.type = v->type;
                xlist.push_back(o);
            }
            return xlist;
        }
        bool ok = allowCommaOk && (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk);
        if (ok) x.mode = Mode::Value;
        xlist.push_back(x);
        if (ok) {
            Operand o;
            o.mode = Mode::Value;
            o.expr = e;
            o.type = basic(BasicKind::UntypedBool);
            xlist.push_back(o);
            if (commaOk) *commaOk = true;
        }
        return xlist;
    }
    for (ast::Expr* e : elist) {
        Operand x;
        expr(x, e);
        xlist.push_back(x);
    }
    return xlist;
}

std::string Checker::typesSummary(const std::vector<Type*>& list, bool variadic) {
    std::string out = "(";
    for (size_t i = 0; i < list.size(); ++i) {
        if (i) out += ", ";
        Type* t = list[i];
        if (isInvalid(t)) {
            out += "<T>";
        } else if (isUntyped(t)) {
            if (isNumeric(t)) {
                out += "number";
            } else {
                std::string name(static_cast<Basic*>(t)->name);
                if (name.rfind("untyped ", 0) == 0) name = name.substr(8);
                out += name;
            }
        } else if (variadic && i + 1 == list.size() && t->as<Slice>()) {
            out += "..." + str(static_cast<Slice*>(t)->elem);
        } else {
            out += str(t);
        }
    }
    return out + ")";
}

void Checker::arguments(ast::CallExpr* call, Signature* sig, std::vector<Operand>& args) {
    for (Operand& a : args) {
        if (a.mode == Mode::TypeExpr) {
            errorAt(a, str(a) + " used as value");
            return;
        }
        if (a.mode == Mode::Invalid) return;
    }
    size_t nargs = args.size();
    size_t npars = sig->params->size();
    std::vector<Type*> params;
    for (Var* v : sig->params->vars) params.push_back(v->type);
    if (sig->variadic) {
        if (call->hasEllipsis) {
            if (call->args.size() == 1 && nargs > 1) {
                error(startPos(call), "cannot use ... with " + std::to_string(nargs) + "-valued " + exprStr(call->args[0]));
                return;
            }
        } else if (nargs + 1 >= npars) {
            Type* elem = static_cast<Slice*>(params.back())->elem;
            params.pop_back();
            while (params.size() < nargs) params.push_back(elem);
            npars = nargs;
        } else {
            --npars;
        }
    } else if (call->hasEllipsis) {
        error(startPos(call), "cannot use ... in call to non-variadic " + exprStr(call->callee));
        return;
    }
    if (nargs != npars) {
        Pos at = startPos(call);
        std::string qualifier = "not enough";
        if (nargs > npars) {
            at = startPos(args[npars].expr);
            qualifier = "too many";
        } else if (nargs > 0) {
            at = startPos(args[nargs - 1].expr);
        }
        std::vector<Type*> have, want;
        for (Operand& a : args) have.push_back(a.type);
        for (Var* v : sig->params->vars) want.push_back(v->type);
        error(at, qualifier + " arguments in call to " + exprStr(call->callee) + "\n\thave " +
                      typesSummary(have, false) + "\n\twant " + typesSummary(want, sig->variadic));
        return;
    }
    std::string context = "argument to " + exprStr(call->callee);
    for (size_t i = 0; i < args.size(); ++i) assignment(args[i], params[i], context);
}

bool Checker::qualifiedIdent(Operand& x, ast::SelectorExpr* e) {
    auto* ident = e->operand->as<ast::Ident>();
    if (!ident) return false;
    Object* obj = env_.scope->lookupParent(ident->name);
    auto* pname = obj ? obj->as<PkgName>() : nullptr;
    if (!pname) return false;
    recordUse(ident, pname);
    pname->used = true;
    Package* pkg = pname->imported;
    std::string_view sel = e->selector->name;
    x.expr = e;
    Object* exp = pkg->scope->lookup(sel);
    if (!exp) {
        error(e->selector->pos, "undefined: " + pkg->name + "." + std::string(sel));
        x.mode = Mode::Invalid;
        return true;
    }
    if (!exp->exported()) error(e->selector->pos, std::string(sel) + " not exported by package " + pkg->name);
    recordUse(e->selector, exp);
    x.type = exp->type;
    switch (exp->kind) {
    case ObjectKind::Const:
        x.mode = Mode::Constant;
        x.val = static_cast<Const*>(exp)->value;
        break;
    case ObjectKind::TypeName: x.mode = Mode::TypeExpr; break;
    case ObjectKind::Var: x.mode = Mode::Variable; break;
    case ObjectKind::Func: x.mode = Mode::Value; break;
    default: x.mode = Mode::Invalid; break;
    }
    if (!x.type) x.mode = Mode::Invalid;
    return true;
}

void Checker::lookupError(Operand& x, ast::SelectorExpr* e, const LookupResult& r) {
    std::string_view sel = e->selector->name;
    Pos pos = e->selector->pos;
    if (r.ambiguous) {
        error(pos, "ambiguous selector " + exprStr(x.expr) + "." + std::string(sel));
        return;
    }
    if (r.notAddressable) {
        error(pos, "cannot call pointer method " + std::string(sel) + " on " + str(x.type));
        return;
    }
    std::string why;
    auto* p = under(x.type)->as<Pointer>();
    if (p && isInterface(p->elem)) {
        why = "type " + str(x.type) + " is pointer to interface, not interface";
    } else {
        why = "type " + str(x.type) + " has no field or method " + std::string(sel);
        if (!sel.empty()) {
            std::string changed(sel);
            char c = changed[0];
            if (c >= 'A' && c <= 'Z') changed[0] = char(c - 'A' + 'a');
            else if (c >= 'a' && c <= 'z') changed[0] = char(c - 'a' + 'A');
            if (lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg_, changed).obj)
                why += ", but does have " + changed;
        }
    }
    error(pos, exprStr(x.expr) + "." + std::string(sel) + " undefined (" + why + ")");
}

void Checker::selector(Operand& x, ast::SelectorExpr* e, bool) {
    if (qualifiedIdent(x, e)) return;
    exprOrType(x, e->operand);
    if (x.mode == Mode::Builtin) {
        error(e->pos, "cannot select on " + str(x));
        x.mode = Mode::Invalid;
    }
    if (x.mode == Mode::Invalid) {
        x.expr = e;
        return;
    }
    std::string_view sel = e->selector->name;
    LookupResult r = lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg_, sel);
    if (!r.obj) {
        if (!isInvalid(under(x.type))) lookupError(x, e, r);
        x.mode = Mode::Invalid;
        x.expr = e;
        return;
    }
    if (auto* m = r.obj->as<Func>()) {
        if (!m->type) objDecl(m, nullptr);
    }
    if (x.mode == Mode::TypeExpr) {
        methodExpr(x, e, r);
        return;
    }
    if (auto* v = r.obj->as<Var>()) {
        recordSelection(e, SelectionKind::FieldVal, x.type, v, r.index, r.indirect);
        x.mode = (x.mode == Mode::Variable || r.indirect) ? Mode::Variable : Mode::Value;
        x.type = v->type;
    } else {
        auto* m = static_cast<Func*>(r.obj);
        recordSelection(e, SelectionKind::MethodVal, x.type, m, r.index, r.indirect);
        x.mode = Mode::Value;
        auto* sig = make<Signature>();
        auto* msig = m->signature();
        if (msig) {
            sig->params = msig->params;
            sig->results = msig->results;
            sig->variadic = msig->variadic;
        } else {
            sig->params = newTuple({});
            sig->results = newTuple({});
        }
        x.type = sig;
        addDeclDep(m);
    }
    x.expr = e;
}

void Checker::methodExpr(Operand& x, ast::SelectorExpr* e, LookupResult& r) {
    auto* m = r.obj->as<Func>();
    if (!m) {
        error(e->selector->pos, exprStr(x.expr) + "." + std::string(e->selector->name) + " undefined (type " +
                                    str(x.type) + " has no method " + std::string(e->selector->name) + ")");
        x.mode = Mode::Invalid;
        x.expr = e;
        return;
    }
    recordSelection(e, SelectionKind::MethodExpr, x.type, m, r.index, r.indirect);
    Signature* msig = m->signature();
    if (!msig || !msig->recv) {
        error(startPos(e), "illegal cycle in method declaration");
        x.mode = Mode::Invalid;
        x.expr = e;
        return;
    }
    std::vector<Var*> params;
    std::string_view name;
    if (!msig->params->vars.empty() && !msig->params->vars[0]->name.empty())
        name = msig->recv->name.empty() ? std::string_view("_") : msig->recv->name;
    params.push_back(newParam(name, msig->recv->pos, x.type));
    for (Var* v : msig->params->vars) params.push_back(v);
    auto* sig = make<Signature>();
    sig->params = newTuple(std::move(params));
    sig->results = msig->results;
    sig->variadic = msig->variadic;
    x.mode = Mode::Value;
    x.type = sig;
    x.expr = e;
    addDeclDep(m);
}

}  // namespace govm::types
