// Identifiers and type expressions (types2 typexpr.go, struct.go,
// interface.go, signature.go).
//
// Every type expression is recorded in Info with mode TypeExpr. A type
// being defined (`type T struct{...}`) is passed down as `def` so that its
// underlying type is set as soon as the literal is created: recursive
// references through pointers, slices, maps, functions and methods then
// see a complete Named. Parameters are declared in the function's scope
// (the signature's scope, which becomes the body's outer scope).
#include "compiler/checker.hpp"

namespace govm::types {

void Checker::ident(Operand& x, ast::Ident* e, Named* def, bool wantType) {
    (void)def;
    x.mode = Mode::Invalid;
    x.expr = e;
    Scope* scope = nullptr;
    Object* obj = env_.scope ? env_.scope->lookupParent(e->name, &scope) : nullptr;
    if (!obj) {
        if (e->name == "_") error(e->pos, "cannot use _ as value or type");
        else if (e->name == "complex64" || e->name == "complex128") error(e->pos, "complex numbers are not supported by govm");
        else error(e->pos, "undefined: " + std::string(e->name));
        return;
    }
    recordUse(e, obj);
    Type* t = obj->type;
    if (!t || (obj->kind == ObjectKind::TypeName && wantType)) {
        objDecl(obj, nullptr);
        t = obj->type;
    }
    if (!t) t = invalidType();
    if (auto it = dotImports_.find(obj->name); it != dotImports_.end() && scope == fileScope_) it->second->used = true;
    switch (obj->kind) {
    case ObjectKind::PkgName:
        error(e->pos, "use of package " + std::string(obj->name) + " not in selector");
        return;
    case ObjectKind::Const:
        addDeclDep(obj);
        if (isInvalid(t)) return;
        if (obj->name == "iota" && !obj->pkg) {
            if (!env_.hasIota) {
                error(e->pos, "cannot use iota outside constant declaration");
                return;
            }
            x.val = env_.iota;
        } else {
            x.val = static_cast<Const*>(obj)->value;
        }
        x.mode = Mode::Constant;
        break;
    case ObjectKind::TypeName: x.mode = Mode::TypeExpr; break;
    case ObjectKind::Var:
        if (obj->pkg == pkg_) static_cast<Var*>(obj)->used = true;
        addDeclDep(obj);
        if (isInvalid(t)) return;
        x.mode = Mode::Variable;
        break;
    case ObjectKind::Func:
        addDeclDep(obj);
        if (isInvalid(t)) return;
        x.mode = Mode::Value;
        break;
    case ObjectKind::Builtin:
        x.id = static_cast<Builtin*>(obj)->id;
        x.mode = Mode::Builtin;
        break;
    case ObjectKind::Nil: x.mode = Mode::NilValue; break;
    default: return;
    }
    x.type = t;
}

Type* Checker::typ(ast::Expr* e) { return varType(e); }

Type* Checker::varType(ast::Expr* e) {
    Type* t = definedType(e, nullptr);
    validVarType(e, t);
    return t;
}

void Checker::validVarType(ast::Expr*, Type*) {}

Type* Checker::definedType(ast::Expr* e, Named* def) {
    Type* t = typInternal(e, def);
    recordTypeAndValue(e, Mode::TypeExpr, t, nullptr);
    return t;
}

bool Checker::genericError(ast::FieldList* tparams) {
    error(tparams->open, "generic type parameters are not supported by govm");
    return false;
}

namespace {

void setUnderlying(Named* def, Type* t) {
    if (def) def->underlying = t;
}

}  // namespace

Type* Checker::typInternal(ast::Expr* e, Named* def) {
    switch (e->kind) {
    case ast::ExprKind::Ident:
    case ast::ExprKind::Selector: {
        Operand x;
        if (auto* id = e->as<ast::Ident>()) ident(x, id, def, true);
        else selector(x, static_cast<ast::SelectorExpr*>(e), true);
        switch (x.mode) {
        case Mode::TypeExpr: setUnderlying(def, x.type); return x.type;
        case Mode::Invalid: break;
        case Mode::NoValue: error(e->pos, str(x) + " used as type"); break;
        default: error(e->pos, str(x) + " is not a type"); break;
        }
        break;
    }
    case ast::ExprKind::Index: {
        // Instantiation of a generic type, whose declaration was reported already.
        Operand x;
        exprOrType(x, static_cast<ast::IndexExpr*>(e)->operand);
        if (x.mode != Mode::Invalid && !isInvalid(x.type))
            error(e->pos, "generic type parameters are not supported by govm");
        break;
    }
    case ast::ExprKind::Paren: return definedType(static_cast<ast::ParenExpr*>(e)->inner, def);
    case ast::ExprKind::Ellipsis:
        error(e->pos, "invalid use of '...'");
        break;
    case ast::ExprKind::Star: {
        auto* p = make<Pointer>(invalidType());
        setUnderlying(def, p);
        p->elem = varType(static_cast<ast::StarExpr*>(e)->operand);
        if (isInvalid(p->elem)) return invalidType();
        return p;
    }
    default: {
        Type* t = typExprKind(e, def);
        if (t) return t;
        error(e->pos, exprStr(e) + " is not a type");
        break;
    }
    }
    setUnderlying(def, invalidType());
    return invalidType();
}

// Type literals: arrays, slices, structs, funcs, interfaces, maps, chans.
Type* Checker::typExprKind(ast::Expr* e, Named* def) {
    switch (e->kind) {
    case ast::ExprKind::ArrayType: {
        auto* at = static_cast<ast::ArrayType*>(e);
        if (!at->length) {
            auto* s = make<Slice>(invalidType());
            setUnderlying(def, s);
            s->elem = varType(at->elem);
            return s;
        }
        auto* a = make<Array>(invalidType(), -1);
        setUnderlying(def, a);
        if (at->length->kind == ast::ExprKind::Ellipsis) {
            error(at->length->pos, "invalid use of [...] array (outside a composite literal)");
            a->elem = varType(at->elem);
            return invalidType();
        }
        a->length = arrayLength(at->length);
        a->elem = varType(at->elem);
        return a->length >= 0 ? static_cast<Type*>(a) : invalidType();
    }
    case ast::ExprKind::StructType: {
        auto* s = make<Struct>();
        setUnderlying(def, s);
        structType(s, static_cast<ast::StructType*>(e));
        return s;
    }
    case ast::ExprKind::FuncType: {
        auto* sig = make<Signature>();
        setUnderlying(def, sig);
        auto* ft = static_cast<ast::FuncType*>(e);
        if (ft->typeParams) genericError(ft->typeParams);
        funcType(sig, nullptr, ft, nullptr);
        return sig;
    }
    case ast::ExprKind::InterfaceType: {
        auto* iface = make<Interface>();
        setUnderlying(def, iface);
        interfaceType(iface, static_cast<ast::InterfaceType*>(e), def);
        return iface;
    }
    case ast::ExprKind::MapType: {
        auto* mt = static_cast<ast::MapType*>(e);
        auto* m = make<Map>(invalidType(), invalidType());
        setUnderlying(def, m);
        m->key = varType(mt->key);
        m->elem = varType(mt->value);
        later([this, m, mt] {
            if (!comparable(m->key) && !isInvalid(m->key)) error(startPos(mt->key), "invalid map key type " + str(m->key));
        });
        return m;
    }
    case ast::ExprKind::ChanType: {
        auto* ct = static_cast<ast::ChanType*>(e);
        auto* c = make<Chan>(ct->dir, invalidType());
        setUnderlying(def, c);
        c->elem = varType(ct->elem);
        return c;
    }
    default: return nullptr;
    }
}

int64_t Checker::arrayLength(ast::Expr* e) {
    if (auto* name = e->as<ast::Ident>()) {
        Object* obj = env_.scope->lookupParent(name->name);
        if (!obj) {
            error(name->pos, "undefined: " + std::string(name->name));
            return -1;
        }
        if (obj->kind != ObjectKind::Const) {
            error(name->pos, "invalid array length " + std::string(name->name));
            return -1;
        }
    }
    Operand x;
    expr(x, e);
    if (x.mode != Mode::Constant) {
        if (x.mode != Mode::Invalid) error(e->pos, "array length " + str(x) + " must be constant");
        return -1;
    }
    if (isUntyped(x.type) || isInteger(x.type)) {
        Constant v = x.val.toInt();
        if (v.kind() == ConstantKind::Int) {
            if (v.representAs(ConstantType::Int).ok()) {
                auto n = v.int64Value();
                if (n.exact && n.value >= 0) return n.value;
                error(e->pos, "invalid array length " + str(x));
                return -1;
            }
        }
    }
    error(e->pos, "array length " + str(x) + " must be integer");
    return -1;
}

namespace {

ast::Ident* embeddedFieldIdent(ast::Expr* e) {
    for (;;) {
        switch (e->kind) {
        case ast::ExprKind::Ident: return static_cast<ast::Ident*>(e);
        case ast::ExprKind::Star: {
            auto* s = static_cast<ast::StarExpr*>(e);
            // *T is valid, **T is not
            if (s->operand->kind == ast::ExprKind::Star) return nullptr;
            e = s->operand;
            break;
        }
        case ast::ExprKind::Selector: return static_cast<ast::SelectorExpr*>(e)->selector;
        case ast::ExprKind::Index: e = static_cast<ast::IndexExpr*>(e)->operand; break;
        case ast::ExprKind::Paren: e = static_cast<ast::ParenExpr*>(e)->inner; break;
        default: return nullptr;
        }
    }
}

}  // namespace

void Checker::structType(Struct* s, ast::StructType* e) {
    std::unordered_map<std::string_view, Var*> seen;
    bool anyTag = false;
    for (ast::Field* f : e->fields->fields) {
        Type* t = varType(f->type);
        std::string tag;
        if (f->tag) {
            ConstantResult r = Constant::fromStringLiteral(f->tag->text);
            tag = r.value.stringValue();
            anyTag = anyTag || !tag.empty();
        }
        auto add = [&](ast::Ident* id, bool embedded, Pos pos) {
            Var* fld = make<Var>(id->name, pos, t, pkg_);
            fld->isField = true;
            fld->embedded = embedded;
            if (id->name != "_") {
                auto [it, inserted] = seen.emplace(id->name, fld);
                if (!inserted) {
                    errorAlt(pos, std::string(id->name) + " redeclared", it->second);
                    return;
                }
            }
            s->fields.push_back(fld);
            s->tags.push_back(tag);
            recordDef(id, fld);
        };
        if (!f->names.empty()) {
            for (ast::Ident* id : f->names) add(id, false, id->pos);
            continue;
        }
        ast::Ident* name = embeddedFieldIdent(f->type);
        if (!name) {
            error(f->type->pos, "invalid embedded field type " + exprStr(f->type));
            continue;
        }
        add(name, true, f->type->pos);
        Pos pos = f->type->pos;
        later([this, t, pos] {
            bool isPtr = false;
            Type* base = t;
            if (auto* p = t->as<Pointer>()) {
                isPtr = true;
                base = p->elem;
            }
            Type* u = under(base);
            if (u->kind == TypeKind::Pointer) error(pos, "embedded field type cannot be a pointer");
            else if (u->kind == TypeKind::Interface && isPtr)
                error(pos, "embedded field type cannot be a pointer to an interface");
        });
    }
    if (!anyTag) s->tags.clear();
}

void Checker::interfaceType(Interface* ityp, ast::InterfaceType* e, Named* def) {
    for (ast::Field* f : e->elements->fields) {
        if (f->names.empty()) {
            if (f->type->kind == ast::ExprKind::Binary || f->type->kind == ast::ExprKind::Unary) {
                error(f->type->pos, "generic type parameters are not supported by govm");
                continue;
            }
            Type* t = typ(f->type);
            if (!isInvalid(t) && !isInterface(t)) {
                later([this, t, f] {
                    if (!isInvalid(t) && !isInterface(t))
                        error(f->type->pos, "cannot use " + str(t) + " in interface: govm does not support type constraints");
                });
            }
            ityp->embeddeds.push_back(t);
            continue;
        }
        ast::Ident* name = f->names[0];
        if (name->name == "_") {
            error(name->pos, "methods must have a unique non-blank name");
            continue;
        }
        auto* sig = make<Signature>();
        auto* ft = f->type->as<ast::FuncType>();
        if (!ft) continue;
        funcType(sig, nullptr, ft, nullptr);
        recordTypeAndValue(f->type, Mode::TypeExpr, sig, nullptr);
        Type* recvType = def ? static_cast<Type*>(def) : ityp;
        sig->recv = newParam("", name->pos, recvType);
        Func* m = make<Func>(name->name, name->pos, sig, pkg_);
        recordDef(name, m);
        ityp->explicitMethods.push_back(m);
    }
    later([this, ityp] {
        // Duplicate methods (explicit or through embedding) with different signatures.
        std::vector<Func*> seen;
        for (Func* m : ityp->explicitMethods) {
            for (Func* o : seen)
                if (o->name == m->name) errorAlt(m->pos, "duplicate method " + std::string(m->name), o);
            seen.push_back(m);
        }
        completeInterface(ityp);
    });
}

void Checker::funcType(Signature* sig, ast::Field* recvPar, ast::FuncType* ftyp, const void* owner) {
    Scope* scope = make<Scope>();
    scope->parent = env_.scope;
    scope->isFunc = true;
    scope->node = ftyp;
    if (env_.scope) env_.scope->children.push_back(scope);
    sigScopes_[sig] = scope;
    bool dummy = false;
    std::vector<Var*> recvList;
    if (recvPar) {
        ast::FieldList one;
        ast::Field* fields[1] = {recvPar};
        one.fields = ast::List<ast::Field*>{fields, 1};
        recvList = collectParams(scope, &one, false, dummy, owner);
    }
    bool variadic = false;
    std::vector<Var*> params = collectParams(scope, ftyp->params, true, variadic, owner);
    std::vector<Var*> results = collectParams(scope, ftyp->results, false, dummy, owner);
    if (recvPar) {
        Var* recv = recvList.empty() ? newParam("", Pos{}, invalidType()) : recvList[0];
        sig->recv = recv;
        later([this, recv] { validateReceiver(recv); });
    }
    sig->params = newTuple(std::move(params));
    sig->results = newTuple(std::move(results));
    sig->variadic = variadic;
}

void Checker::validateReceiver(Var* recv) {
    Type* rtyp = recv->type;
    if (auto* p = rtyp->as<Pointer>()) rtyp = p->elem;
    if (isInvalid(rtyp)) return;
    if (auto* n = rtyp->as<Named>()) {
        if (n->obj->pkg != pkg_) {
            error(recv->pos, "cannot define new methods on non-local type " + str(rtyp));
            return;
        }
        Type* u = under(n);
        if (u->kind == TypeKind::Pointer || u->kind == TypeKind::Interface)
            error(recv->pos, "invalid receiver type " + str(recv->type) + " (pointer or interface type)");
        return;
    }
    if (rtyp->kind == TypeKind::Basic) {
        error(recv->pos, "cannot define new methods on non-local type " + str(rtyp));
        return;
    }
    error(recv->pos, "invalid receiver type " + str(recv->type));
}

std::vector<Var*> Checker::collectParams(Scope* scope, ast::FieldList* list, bool variadicOk, bool& variadic,
                                         const void* owner) {
    std::vector<Var*> params;
    if (!list) return params;
    for (uint32_t i = 0; i < list->fields.size(); ++i) {
        ast::Field* field = list->fields[i];
        ast::Expr* ftype = field->type;
        if (auto* dots = ftype->as<ast::EllipsisExpr>()) {
            ftype = dots->elem;
            if (variadicOk && i + 1 == list->fields.size() && field->names.size() <= 1) variadic = true;
            else error(dots->pos, "can only use ... with final parameter in list");
        }
        Type* t = varType(ftype);
        if (ftype != field->type && variadic && i + 1 == list->fields.size()) {
            t = make<Slice>(t);
            recordTypeAndValue(field->type, Mode::TypeExpr, t, nullptr);
        }
        if (field->names.empty()) {
            Var* par = newParam("", field->pos, t);
            par->owner = owner;
            recordImplicit(field, par);
            params.push_back(par);
            continue;
        }
        for (ast::Ident* name : field->names) {
            Var* par = newParam(name->name, name->pos, t);
            par->owner = owner;
            declare(scope, name, par, Pos{});
            params.push_back(par);
        }
    }
    return params;
}

}  // namespace govm::types
