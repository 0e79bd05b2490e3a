// Declarations: package-level objects on demand, local declarations, and
// cycle detection (types2 decl.go, validtype.go).
//
// objDecl checks an object the first time it is needed. Objects being
// checked are grey and sit on objPath_; meeting a grey object again is a
// cycle, which is valid only if it goes through a type definition and no
// value (`type L struct{ next *L }`) or consists only of values whose
// dependency is through a function body (reported by initorder instead).
// validType catches types that contain themselves without indirection.
#include "compiler/checker.hpp"
#include "compiler/ffi.hpp"

namespace govm::types {

namespace {

constexpr int kBlack = 1;
constexpr int kGrey = 2;  // grey + index into objPath_

}  // namespace

void Checker::objDecl(Object* obj, Named* def) {
    int color = color_.count(obj) ? color_[obj] : 0;
    if (color == 0 && obj->type) {
        color_[obj] = kBlack;
        return;
    }
    if (color == kBlack) return;
    if (color >= kGrey) {
        bool valid = validCycle(obj);
        if (obj->kind == ObjectKind::Const || obj->kind == ObjectKind::Var) {
            if (!valid || !obj->type) obj->type = invalidType();
        } else if (obj->kind == ObjectKind::TypeName && !valid) {
            obj->type = invalidType();
        }
        return;
    }
    auto it = objMap_.find(obj);
    if (it == objMap_.end()) return;
    DeclInfo* d = it->second;
    color_[obj] = kGrey + int(objPath_.size());
    objPath_.push_back(obj);

    Environment saved = std::move(env_);
    env_ = Environment{};
    env_.scope = d->fileScope;
    switch (obj->kind) {
    case ObjectKind::Const:
        env_.decl = d;
        constDecl(static_cast<Const*>(obj), d->vtype, d->init, d->inherited);
        break;
    case ObjectKind::Var:
        env_.decl = d;
        varDecl(static_cast<Var*>(obj), d->lhs, d->vtype, d->init);
        break;
    case ObjectKind::TypeName:
        typeDecl(static_cast<TypeName*>(obj), d->tdecl, def);
        collectMethods(static_cast<TypeName*>(obj));
        break;
    case ObjectKind::Func: funcDecl(static_cast<Func*>(obj), d); break;
    default: break;
    }
    env_ = std::move(saved);
    objPath_.pop_back();
    color_[obj] = kBlack;
}

bool Checker::validCycle(Object* obj) {
    size_t start = size_t(color_[obj] - kGrey);
    std::vector<Object*> cycle(objPath_.begin() + std::ptrdiff_t(start), objPath_.end());
    size_t nval = 0, ndef = 0;
    for (Object* o : cycle) {
        if (o->kind == ObjectKind::Const || o->kind == ObjectKind::Var) {
            ++nval;
        } else if (auto* tn = o->as<TypeName>()) {
            auto it = objMap_.find(tn);
            bool alias = it != objMap_.end() && it->second->tdecl ? it->second->tdecl->isAlias : tn->isAlias;
            if (!alias) ++ndef;
        }
    }
    if (nval == cycle.size()) return true;
    if (nval == 0 && ndef > 0) return true;
    cycleError(cycle);
    return false;
}

void Checker::cycleError(const std::vector<Object*>& cycle) {
    // Start the report at the object that comes first in the source.
    size_t i = 0;
    for (size_t k = 1; k < cycle.size(); ++k)
        if (cycle[k]->pos < cycle[i]->pos) i = k;
    Object* obj = cycle[i];
    Pos at = obj->pos;
    std::string msg = obj->kind == ObjectKind::TypeName ? "invalid recursive type " + std::string(obj->name)
                                                         : "illegal cycle in declaration of " + std::string(obj->name);
    for (size_t n = 0; n < cycle.size(); ++n) {
        msg += "\n\t" + posString(obj->pos) + ": " + std::string(obj->name) + " refers to";
        i = (i + 1) % cycle.size();
        obj = cycle[i];
    }
    msg += "\n\t" + posString(obj->pos) + ": " + std::string(obj->name);
    error(at, msg);
}

void Checker::constDecl(Const* obj, ast::Expr* typExpr, ast::Expr* init, bool inherited) {
    bool savedHasIota = env_.hasIota;
    Constant savedIota = env_.iota;
    Pos savedErrPos = errPos_;
    env_.hasIota = true;
    env_.iota = obj->value;
    errPos_ = Pos{};
    obj->value = Constant::unknown();
    if (typExpr) {
        Type* t = typ(typExpr);
        if (!isConstType(t)) {
            if (!isInvalid(under(t))) error(typExpr->pos, "invalid constant type " + str(t));
            obj->type = invalidType();
            env_.hasIota = savedHasIota;
            env_.iota = savedIota;
            errPos_ = savedErrPos;
            return;
        }
        obj->type = t;
    }
    Operand x;
    if (init) {
        if (inherited) errPos_ = obj->pos;
        expr(x, init);
    }
    initConst(obj, x);
    env_.hasIota = savedHasIota;
    env_.iota = savedIota;
    errPos_ = savedErrPos;
}

void Checker::varDecl(Var* obj, const std::vector<Var*>& lhs, ast::Expr* typExpr, ast::Expr* init) {
    if (typExpr) obj->type = varType(typExpr);
    if (!init) {
        if (!typExpr) obj->type = invalidType();
    } else if (lhs.size() <= 1) {
        Operand x;
        expr(x, init);
        initVar(obj, x, "variable declaration");
    } else {
        if (typExpr)
            for (Var* v : lhs) v->type = obj->type;
        ast::List<ast::Expr*> rhs{&init, 1};
        initVars(lhs, rhs, nullptr);
    }
    if (isInvalid(obj->type)) obj->used = true;
    for (Var* v : lhs)
        if (isInvalid(v->type)) v->used = true;
}

void Checker::typeDecl(TypeName* obj, ast::TypeSpec* tdecl, Named* def) {
    if (tdecl->typeParams) {
        genericError(tdecl->typeParams);
        obj->type = invalidType();
        return;
    }
    if (tdecl->isAlias) {
        obj->isAlias = true;
        obj->type = invalidType();  // while resolving: a cycle through it is invalid
        Type* rhs = typ(tdecl->type);
        obj->type = rhs;
        return;
    }
    auto* named = make<Named>(obj);
    obj->type = named;
    if (def) def->underlying = named;
    later([this, named] { validType(named); });
    Type* rhs = definedType(tdecl->type, named);
    fromRHS_[named] = rhs;
    // Resolve the underlying type through other named types.
    Type* u = rhs;
    for (int guard = 0; u && u->kind == TypeKind::Named && guard < 100; ++guard) {
        auto* n = static_cast<Named*>(u);
        if (n == named) {
            u = nullptr;
            break;
        }
        u = n->underlying;
    }
    named->underlying = u ? u : invalidType();
    if (named->underlying->kind == TypeKind::Named) named->underlying = invalidType();
}

void Checker::collectMethods(TypeName* obj) {
    auto it = methods_.find(obj);
    if (it == methods_.end()) return;
    std::vector<Func*> methods = std::move(it->second);
    methods_.erase(it);
    auto* base = obj->type ? obj->type->as<Named>() : nullptr;
    if (base) later([this, base] { checkFieldUniqueness(base); });
    for (Func* m : methods) {
        Func* alt = nullptr;
        if (base)
            for (Func* have : base->methods)
                if (have->name == m->name) alt = have;
        if (alt) {
            errorAlt(m->pos, std::string(obj->name) + "." + std::string(m->name) + " redeclared in this block", alt);
            continue;
        }
        if (base) base->methods.push_back(m);
    }
}

void Checker::checkFieldUniqueness(Named* base) {
    auto* s = under(base)->as<Struct>();
    if (!s) return;
    for (Var* f : s->fields) {
        if (f->name == "_") continue;
        for (Func* m : base->methods)
            if (m->name == f->name) errorAlt(m->pos, "field and method with the same name " + std::string(f->name), f);
    }
}

namespace {

bool isGenericReceiver(ast::Field* recv) {
    if (!recv) return false;
    ast::Expr* t = recv->type;
    for (;;) {
        if (auto* p = t->as<ast::ParenExpr>()) t = p->inner;
        else if (auto* s = t->as<ast::StarExpr>()) t = s->operand;
        else break;
    }
    return t->kind == ast::ExprKind::Index;
}

}  // namespace

void Checker::funcDecl(Func* obj, DeclInfo* decl) {
    auto* sig = make<Signature>();
    obj->type = sig;
    int saved = color_[obj];
    color_[obj] = kBlack;
    ast::FuncDecl* fdecl = decl->fdecl;
    ast::Field* recv = fdecl->receiver && !fdecl->receiver->fields.empty() ? fdecl->receiver->fields[0] : nullptr;
    if (fdecl->type->typeParams || isGenericReceiver(recv)) {
        // Reported once at the declaration (a generic receiver's type was reported
        // with its type declaration); the signature and body are not checked.
        if (fdecl->type->typeParams) genericError(fdecl->type->typeParams);
        sig->params = newTuple({});
        sig->results = newTuple({});
        if (fdecl->type->typeParams) obj->type = invalidType();  // uses stay silent
        color_[obj] = saved;
        return;
    }
    funcType(sig, recv, fdecl->type, fdecl);
    if (fdecl->receiver && fdecl->receiver->fields.size() != 1) {
        Pos p = fdecl->receiver->fields.empty() ? fdecl->receiver->open : fdecl->receiver->fields[1]->pos;
        error(p, fdecl->receiver->fields.empty() ? "method has no receiver" : "method has multiple receivers");
    }
    color_[obj] = saved;
    if (!fdecl->body) {
        // //extern and //go:linkname bind a C function instead (compiler/ffi.hpp).
        bool external = pkg_->files[0] == &mainFile_ && !externSymbol(*mainFile_.root, *fdecl).empty();
        if (pkg_->files[0] == &mainFile_ && obj->name != "init" && !external)
            missingBodies_.push_back(fdecl->receiver ? fdecl->receiver->open : obj->pos);
        return;
    }
    later([this, decl, obj, sig, fdecl] {
        Environment savedEnv = std::move(env_);
        env_ = Environment{};
        funcBody(decl, obj->name, sig, fdecl->body, fdecl, nullptr);
        env_ = std::move(savedEnv);
    });
}

// --- local declarations -----------------------------------------------------

void Checker::declStmt(ast::GenDecl* decl) {
    ast::ValueSpec* last = nullptr;
    for (ast::Spec* s : decl->specs) {
        if (s->kind == ast::SpecKind::Type) {
            localTypeSpec(static_cast<ast::TypeSpec*>(s));
            continue;
        }
        if (s->kind != ast::SpecKind::Value) continue;
        auto* spec = static_cast<ast::ValueSpec*>(s);
        if (decl->tok == Tok::Const) {
            if (spec->type || !spec->values.empty() || !last) localConstSpec(spec, spec), last = spec;
            else localConstSpec(spec, last);
        } else {
            localVarSpec(spec);
        }
    }
}

void Checker::localConstSpec(ast::ValueSpec* spec, ast::ValueSpec* last) {
    bool inherited = spec != last;
    std::vector<Const*> lhs;
    for (uint32_t i = 0; i < spec->names.size(); ++i) {
        ast::Ident* name = spec->names[i];
        auto* obj = make<Const>(name->name, name->pos, nullptr, pkg_, Constant::fromInt64(spec->iota));
        lhs.push_back(obj);
        ast::Expr* init = i < last->values.size() ? last->values[i] : nullptr;
        constDecl(obj, last->type, init, inherited);
    }
    arity(spec->pos, spec->names, last->values, true, inherited);
    for (uint32_t i = 0; i < spec->names.size(); ++i) declare(env_.scope, spec->names[i], lhs[i], Pos{});
}

void Checker::localVarSpec(ast::ValueSpec* spec) {
    std::vector<Var*> lhs0;
    for (ast::Ident* name : spec->names) {
        Var* v = newVar(name->name, name->pos, nullptr);
        v->owner = env_.owner;
        lhs0.push_back(v);
    }
    size_t nvals = spec->values.size();
    for (size_t i = 0; i < lhs0.size(); ++i) {
        std::vector<Var*> lhs;
        ast::Expr* init = nullptr;
        if (nvals == lhs0.size()) {
            init = spec->values[i];
        } else if (nvals == 1) {
            lhs = lhs0;
            init = spec->values[0];
        } else if (i < nvals) {
            init = spec->values[i];
        }
        varDecl(lhs0[i], lhs, spec->type, init);
        if (nvals == 1) break;
    }
    if (!spec->type || nvals) arity(spec->pos, spec->names, spec->values, false, false);
    for (size_t i = 0; i < lhs0.size(); ++i) {
        if (!lhs0[i]->type) lhs0[i]->type = invalidType();
        declare(env_.scope, spec->names[i], lhs0[i], Pos{});
    }
}

void Checker::localTypeSpec(ast::TypeSpec* spec) {
    auto* obj = make<TypeName>(spec->name->name, spec->name->pos, nullptr, pkg_);
    declare(env_.scope, spec->name, obj, Pos{});
    color_[obj] = kGrey + int(objPath_.size());
    objPath_.push_back(obj);
    typeDecl(obj, spec, nullptr);
    objPath_.pop_back();
    color_[obj] = kBlack;
}

void Checker::addDeclDep(Object* to) {
    DeclInfo* from = env_.decl;
    if (!from) return;
    if (!objMap_.count(to)) return;
    from->addDep(to);
}

// --- valid types -----------------------------------------------------------

void Checker::validType(Named* t) {
    std::vector<Named*> nest, path;
    validType0(t, nest, path);
}

bool Checker::validType0(Type* typ, std::vector<Named*>& nest, std::vector<Named*>& path) {
    if (!typ) return true;
    switch (typ->kind) {
    case TypeKind::Array: return validType0(static_cast<Array*>(typ)->elem, nest, path);
    case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(typ)->fields)
            if (!validType0(f->type, nest, path)) return false;
        return true;
    case TypeKind::Interface:
        for (Type* e : static_cast<Interface*>(typ)->embeddeds)
            if (!validType0(e, nest, path)) return false;
        return true;
    case TypeKind::Named: {
        auto* t = static_cast<Named*>(typ);
        if (valids_.count(t)) return true;
        if (isInvalid(t->underlying)) return false;
        for (Named* e : nest) {
            if (e != t) continue;
            t->underlying = invalidType();
            for (size_t start = 0; start < path.size(); ++start) {
                if (path[start] != t) continue;
                std::vector<Object*> cycle;
                for (size_t k = start; k < path.size(); ++k) cycle.push_back(path[k]->obj);
                cycleError(cycle);
                return false;
            }
            return false;
        }
        auto rhs = fromRHS_.find(t);
        if (rhs == fromRHS_.end()) return true;  // another package's type: already valid
        nest.push_back(t);
        path.push_back(t);
        bool ok = validType0(rhs->second, nest, path);
        nest.pop_back();
        path.pop_back();
        if (!ok) return false;
        valids_.insert(t);
        return true;
    }
    default: return true;
    }
}

}  // namespace govm::types
