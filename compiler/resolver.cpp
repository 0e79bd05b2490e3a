// Collecting a package's objects before checking them (types2 resolver.go).
//
// collectObjects declares every package-level name (imports go into the
// file scope, everything else into the package scope) with a DeclInfo that
// remembers its syntax; methods are attached to their receiver base type
// name. packageObjects then checks them in source order, type declarations
// first, and unusedImports reports imports nobody referred to.
#include "compiler/checker.hpp"

namespace govm::types {

namespace {


std::string_view importPath(const ast::ImportSpec* spec) {
    std::string_view t = spec->path->text;
    return t.size() >= 2 ? t.substr(1, t.size() - 2) : t;
}

}  // namespace

std::string Checker::posString(Pos pos) const {
    std::string name = pkg_ && !pkg_->files.empty() && pkg_->files[0] != &mainFile_ ? pkgFileName_ : diags_.fileName();
    return name + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

void Checker::errorAlt(Pos pos, std::string msg, Object* alt) {
    if (alt && alt->pos.isKnown()) msg += "\n\t" + posString(alt->pos) + ": other declaration of " + std::string(alt->name);
    error(pos, std::move(msg));
}

void Checker::declare(Scope* scope, ast::Ident* id, Object* obj, Pos) {
    if (obj->name != "_") {
        if (Object* alt = scope->insert(obj)) {
            errorAlt(obj->pos, std::string(obj->name) + " redeclared in this block", alt);
            return;
        }
    }
    if (id) recordDef(id, obj);
}

void Checker::checkPackage(Package* pkg, ast::File* file) {
    pkg_ = pkg;
    objMap_.clear();
    objList_.clear();
    color_.clear();
    methods_.clear();
    imports_.clear();
    dotImports_.clear();
    untyped_.clear();
    delayed_.clear();
    pkg->scope = make<Scope>();
    pkg->scope->parent = prog_.universe.scope;
    prog_.universe.scope->children.push_back(pkg->scope);
    fileScope_ = make<Scope>();
    fileScope_->parent = pkg->scope;
    fileScope_->node = file;
    pkg->scope->children.push_back(fileScope_);
    recordScope(file, fileScope_);
    collectObjects(file);
    packageObjects();
    processDelayed(0);
    initOrder();
    unusedImports();
    recordUntyped();
    pkg->checked = true;
}

void Checker::collectImport(ast::ImportSpec* spec, Scope* fileScope) {
    Package* imp = prog_.package(importPath(spec));
    if (!imp) return;  // reported while loading
    std::string_view name = spec->name ? spec->name->name : std::string_view(imp->name);
    if (name == "init") {
        error(spec->pos, "cannot import package as init - init must be a func");
        return;
    }
    auto* pkgName = make<PkgName>(name, spec->pos, pkg_, imp, invalidType());
    if (spec->name) recordDef(spec->name, pkgName);
    else recordImplicit(spec, pkgName);
    if (name == "_") {
        recordImplicit(spec, pkgName);
        return;
    }
    imports_.push_back(pkgName);
    if (name == ".") {
        for (Object* obj : imp->scope->elems) {
            if (!obj->exported()) continue;
            if (Object* alt = fileScope->lookup(obj->name)) {
                errorAlt(spec->name->pos, std::string(alt->name) + " redeclared in this block", alt);
                continue;
            }
            // Insert without reparenting: the object belongs to the imported package.
            Scope* parent = obj->parent;
            fileScope->insert(obj);
            obj->parent = parent;
            dotImports_[obj->name] = pkgName;
        }
        return;
    }
    declare(fileScope, nullptr, pkgName, Pos{});
}

void Checker::declarePkgObj(ast::Ident* id, Object* obj, DeclInfo* d) {
    if (id->name == "init") {
        error(id->pos, "cannot declare init - must be func");
        return;
    }
    if (id->name == "main" && pkg_->name == "main") {
        error(id->pos, "cannot declare main - must be func");
        return;
    }
    declare(pkg_->scope, id, obj, Pos{});
    objMap_[obj] = d;
    objList_.push_back(obj);
}

DeclInfo* Checker::newDeclInfo() {
    declInfos_.push_back(std::make_unique<DeclInfo>());
    DeclInfo* d = declInfos_.back().get();
    d->fileScope = fileScope_;
    return d;
}

void Checker::collectValueSpec(ast::GenDecl* decl, ast::ValueSpec* spec, ast::ValueSpec*& last, Scope*) {
    if (decl->tok == Tok::Const) {
        bool inherited = true;
        if (spec->type || !spec->values.empty() || !last) {
            last = spec;
            inherited = false;
        }
        for (uint32_t i = 0; i < spec->names.size(); ++i) {
            ast::Ident* name = spec->names[i];
            auto* obj = make<Const>(name->name, name->pos, nullptr, pkg_, Constant::fromInt64(spec->iota));
            DeclInfo* d = newDeclInfo();
            d->vtype = last->type;
            d->init = i < last->values.size() ? last->values[i] : nullptr;
            d->inherited = inherited;
            d->iota = spec->iota;
            d->constSpec = spec;
            declarePkgObj(name, obj, d);
        }
        arity(spec->pos, spec->names, last->values, true, inherited);
        return;
    }
    std::vector<Var*> lhs;
    for (ast::Ident* name : spec->names) lhs.push_back(make<Var>(name->name, name->pos, nullptr, pkg_));
    DeclInfo* shared = nullptr;
    if (spec->values.size() == 1 && spec->names.size() > 1) {
        shared = newDeclInfo();
        shared->lhs = lhs;
        shared->vtype = spec->type;
        shared->init = spec->values[0];
    }
    for (uint32_t i = 0; i < spec->names.size(); ++i) {
        DeclInfo* d = shared;
        if (!d) {
            d = newDeclInfo();
            d->vtype = spec->type;
            d->init = i < spec->values.size() ? spec->values[i] : nullptr;
        }
        declarePkgObj(spec->names[i], lhs[i], d);
        pkgVars_.push_back(lhs[i]);
    }
    if (!spec->type || !spec->values.empty()) arity(spec->pos, spec->names, spec->values, false, false);
}

void Checker::arity(Pos pos, const ast::List<ast::Ident*>& names, const ast::List<ast::Expr*>& inits, bool isConst,
                    bool inherited) {
    size_t l = names.size(), r = inits.size();
    if (l < r) {
        ast::Expr* n = inits[l];
        if (inherited) error(pos, "extra init expr at " + posString(n->pos));
        else error(n->pos, "extra init expr " + exprStr(n));
    } else if (l > r && (isConst || r != 1)) {
        error(names[r]->pos, "missing init expr for " + std::string(names[r]->name));
    }
}

void Checker::collectFunc(ast::FuncDecl* decl, Scope*) {
    std::string_view name = decl->name->name;
    auto* obj = make<Func>(name, decl->name->pos, nullptr, pkg_);
    obj->decl = decl;
    if (!decl->receiver) {
        if (name == "init" || (name == "main" && pkg_->name == "main")) {
            bool hasParams = decl->type->params && !decl->type->params->fields.empty();
            bool hasResults = decl->type->results && !decl->type->results->fields.empty();
            if (hasParams || hasResults)
                error(decl->name->pos, "func " + std::string(name) + " must have no arguments and no return values");
        }
        if (name == "init") {
            obj->parent = pkg_->scope;
            recordDef(decl->name, obj);
            if (!decl->body) error(obj->pos, "missing function body");
        } else {
            declare(pkg_->scope, decl->name, obj, Pos{});
        }
    } else {
        recordDef(decl->name, obj);
        if (name != "_" && !decl->receiver->fields.empty())
            pendingMethods_.push_back({obj, decl->receiver->fields[0]->type});
    }
    DeclInfo* d = newDeclInfo();
    d->fdecl = decl;
    objMap_[obj] = d;
    objList_.push_back(obj);
    pkg_->funcs.push_back(obj);
}

void Checker::collectObjects(ast::File* file) {
    Scope* fileScope = fileScope_;
    pendingMethods_.clear();
    pkgVars_.clear();
    for (const ast::Decl& d : file->decls) {
        if (d.func) {
            collectFunc(d.func, fileScope);
            continue;
        }
        ast::GenDecl* g = d.gen;
        ast::ValueSpec* last = nullptr;
        for (ast::Spec* s : g->specs) {
            switch (s->kind) {
            case ast::SpecKind::Import: collectImport(static_cast<ast::ImportSpec*>(s), fileScope); break;
            case ast::SpecKind::Value:
                collectValueSpec(g, static_cast<ast::ValueSpec*>(s), last, fileScope);
                break;
            case ast::SpecKind::Type: {
                auto* spec = static_cast<ast::TypeSpec*>(s);
                auto* obj = make<TypeName>(spec->name->name, spec->name->pos, nullptr, pkg_);
                DeclInfo* info = newDeclInfo();
                info->tdecl = spec;
                declarePkgObj(spec->name, obj, info);
                break;
            }
            }
        }
    }
    for (Object* obj : fileScope->elems) {
        if (Object* alt = pkg_->scope->lookup(obj->name)) {
            if (auto* pn = obj->as<PkgName>())
                errorAlt(alt->pos, std::string(alt->name) + " already declared through import of package " +
                                       pn->imported->name + " (\"" + pn->imported->path + "\")", pn);
            else
                error(alt->pos, std::string(alt->name) + " already declared through dot-import of package " +
                                    obj->pkg->name + " (\"" + obj->pkg->path + "\")");
        }
    }
    for (auto& [m, recvType] : pendingMethods_) {
        bool ptr = false;
        TypeName* base = nullptr;
        if (resolveBaseTypeName(recvType, ptr, base) && base) methods_[base].push_back(m);
    }
}

bool Checker::resolveBaseTypeName(ast::Expr* typ, bool& ptr, TypeName*& base) {
    ptr = false;
    std::vector<TypeName*> seen;
    for (;;) {
        typ = ast::unparen(typ);
        if (auto* star = typ ? typ->as<ast::StarExpr>() : nullptr) {
            if (ptr) return false;
            ptr = true;
            typ = ast::unparen(star->operand);
        }
        auto* name = typ ? typ->as<ast::Ident>() : nullptr;
        if (!name) return false;
        auto* tname = pkg_->scope->lookup(name->name);
        if (!tname || tname->kind != ObjectKind::TypeName) return false;
        auto* tn = static_cast<TypeName*>(tname);
        if (std::find(seen.begin(), seen.end(), tn) != seen.end()) return false;
        auto it = objMap_.find(tn);
        if (it == objMap_.end() || !it->second->tdecl) return false;
        if (!it->second->tdecl->isAlias) {
            base = tn;
            return true;
        }
        typ = it->second->tdecl->type;
        seen.push_back(tn);
    }
}

void Checker::packageObjects() {
    std::vector<Object*> list = objList_;
    std::vector<TypeName*> aliases;
    std::vector<Object*> others;
    for (Object* obj : list) {
        if (auto* tn = obj->as<TypeName>()) {
            if (objMap_[tn]->tdecl->isAlias) aliases.push_back(tn);
            else objDecl(tn, nullptr);
        } else {
            others.push_back(obj);
        }
    }
    for (TypeName* tn : aliases) objDecl(tn, nullptr);
    for (Object* obj : others) objDecl(obj, nullptr);
    methods_.clear();
}

void Checker::unusedImports() {
    for (PkgName* obj : imports_) {
        if (obj->used || obj->name == "_") continue;
        std::string path = obj->imported->path;
        std::string elem = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
        if (obj->name.empty() || obj->name == "." || obj->name == elem)
            softError(obj->pos, "imported and not used: \"" + path + "\"");
        else
            softError(obj->pos, "imported and not used: \"" + path + "\" as " + std::string(obj->name));
    }
}

}  // namespace govm::types
