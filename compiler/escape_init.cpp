// Escape analysis: initializers of package variables.
//
// gc lays out what it can of a package variable's initial value as static
// data (staticinit: constants, addresses, function literals and composite
// literals of those) and compiles the rest, in initialization order, into
// the package's init function, which escape analysis sees like any other:
// `var total = sum(a, b)` builds its "... argument" there, and a map
// literal, always built at run time, escapes into its variable.
#include "compiler/escape_impl.hpp"

namespace govm::escape {

using namespace types;

void Escape::analyzeInitializers() {
    bool any = false;
    for (const Initializer& init : info.initOrder)
        if (!init.lhs.empty() && init.lhs[0]->pkg == mainPkg) any = true;
    if (!any) return;
    EFunc& fn = funcStore.emplace_back();
    fn.name = "init";
    initFunc = &fn;
    analyzeBatch({&fn});
}

void Escape::initializers() {
    for (const Initializer& init : info.initOrder) {
        if (init.lhs.empty() || init.lhs[0]->pkg != mainPkg || !init.rhs) continue;
        if (init.lhs.size() > 1) {  // var a, b = f(): always run
            std::vector<Hole> ks(init.lhs.size(), heapHole());
            if (auto* c = ast::unparen(init.rhs)->as<ast::CallExpr>()) call(ks, c);
            else expr(heapHole(), init.rhs);
            continue;
        }
        staticInit(init.rhs, init.lhs[0]->type, init.lhs[0]->pos, init.lhs[0]->name);
    }
}

// Whether gc's staticAssign lays `e` out as data, or copies it in init
// without allocating: constants, functions, other variables, &variable.
bool Escape::isStaticValue(const ast::Expr* e) const {
    e = ast::unparen(e);
    auto tv = info.types.find(e);
    if (tv != info.types.end() && (tv->second.mode == Mode::Constant || tv->second.isNil())) return true;
    if (e->as<ast::FuncLit>() || e->as<ast::Ident>()) return true;
    auto* u = e->as<ast::UnaryExpr>();
    return u && u->op == Tok::And && ast::unparen(u->operand)->as<ast::Ident>();
}

// The part of `rhs` that init computes: composite literals other than maps
// are laid out statically, with each element that is not assigned in init.
void Escape::staticInit(const ast::Expr* rhs, Type* to, Pos declPos, std::string_view lhs) {
    if (isStaticValue(rhs)) return;
    Type* from = typeOf(rhs);
    if (to && from && isInterfaceType(to) && !isInterfaceType(from)) {
        // The box is static data too; init only computes the value in it.
        staticInit(rhs, from, declPos, lhs);
        return;
    }
    const ast::Expr* e = ast::unparen(rhs);
    if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == Tok::And) e = ast::unparen(u->operand);
    auto* lit = e->as<ast::CompositeLit>();
    Type* t = lit ? typeOf(lit) : nullptr;
    Type* u = t ? under(t) : nullptr;
    if (u && u->kind == TypeKind::Pointer) u = under(static_cast<Pointer*>(u)->elem);
    if (u && u->kind != TypeKind::Map) {
        for (size_t i = 0; i < lit->elements.size(); ++i) {
            const ast::Expr* el = lit->elements[i];
            auto* kv = el->as<ast::KeyValueExpr>();
            Type* et = nullptr;
            if (u->kind == TypeKind::Struct) {
                auto* st = static_cast<Struct*>(u);
                auto* key = kv ? kv->key->as<ast::Ident>() : nullptr;
                for (size_t f = 0; f < st->fields.size(); ++f)
                    if (key ? st->fields[f]->name == key->name : f == i) et = st->fields[f]->type;
            } else if (u->kind == TypeKind::Array) {
                et = static_cast<Array*>(u)->elem;
            } else if (u->kind == TypeKind::Slice) {
                et = static_cast<Slice*>(u)->elem;
            }
            staticInit(kv ? kv->value : el, et, declPos);
        }
        return;
    }
    basePos = irgenPos(rhs, declPos);
    forceBasePos = true;
    // The whole value (lhs known): init assigns `lhs = rhs`.
    exprConv(lhs.empty() ? heapHole() : defineNote(heapHole(), lhs, declPos, rhs), rhs, to);
    forceBasePos = false;
}

}  // namespace govm::escape
