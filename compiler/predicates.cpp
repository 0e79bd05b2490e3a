// Type predicates and type identity (types2 predicates.go).
//
// Identity is structural except for Named types, which are identical only
// to themselves; Basic types compare by kind so `byte` and `uint8` are one
// type. Cycles in the type graph pass through a Named type, or through an
// interface pair already under comparison (IfacePair), so the structural
// recursion here terminates.
#include "compiler/checker.hpp"

namespace govm::types {

Type* under(Type* t) {
    if (t && t->kind == TypeKind::Named) {
        Type* u = static_cast<Named*>(t)->underlying;
        return u ? u : t;
    }
    return t;
}

namespace {

uint32_t basicInfo(Type* t) {
    Type* u = under(t);
    if (u && u->kind == TypeKind::Basic) return static_cast<Basic*>(u)->info;
    return 0;
}

// The interface pairs under comparison, innermost first. Interfaces are the
// only types whose cycles no Named type breaks (type T interface { m()
// interface{ T } }): a pair met again is taken as identical, as go/types does.
struct IfacePair {
    Interface* x;
    Interface* y;
    const IfacePair* prev;
};

bool identicalImpl(Type* x, Type* y, bool cmpTags, const IfacePair* seen);

bool identicalTuples(Tuple* x, Tuple* y, bool cmpTags, const IfacePair* seen) {
    if (!x || !y) return x == y || ((!x || x->vars.empty()) && (!y || y->vars.empty()));
    if (x->vars.size() != y->vars.size()) return false;
    for (size_t i = 0; i < x->vars.size(); ++i)
        if (!identicalImpl(x->vars[i]->type, y->vars[i]->type, cmpTags, seen)) return false;
    return true;
}

bool identicalStructs(Struct* x, Struct* y, bool cmpTags, const IfacePair* seen) {
    if (x->fields.size() != y->fields.size()) return false;
    for (size_t i = 0; i < x->fields.size(); ++i) {
        Var* f = x->fields[i];
        Var* g = y->fields[i];
        if (f->embedded != g->embedded) return false;
        if (cmpTags && x->tags.size() == x->fields.size() && y->tags.size() == y->fields.size() &&
            x->tags[i] != y->tags[i])
            return false;
        if (!sameId(f, g->pkg, g->name)) return false;
        if (!identicalImpl(f->type, g->type, cmpTags, seen)) return false;
    }
    return true;
}

bool identicalInterfaces(Interface* x, Interface* y, bool cmpTags, const IfacePair* seen) {
    for (const IfacePair* p = seen; p; p = p->prev)
        if ((p->x == x && p->y == y) || (p->x == y && p->y == x)) return true;
    IfacePair pair{x, y, seen};
    completeInterface(x);
    completeInterface(y);
    if (x->allMethods.size() != y->allMethods.size()) return false;
    for (size_t i = 0; i < x->allMethods.size(); ++i) {
        Func* f = x->allMethods[i];
        Func* g = y->allMethods[i];
        if (!sameId(f, g->pkg, g->name)) return false;
        if (!identicalImpl(f->type, g->type, cmpTags, &pair)) return false;
    }
    return true;
}

bool identicalImpl(Type* x, Type* y, bool cmpTags, const IfacePair* seen) {
    if (x == y) return true;
    if (!x || !y || x->kind != y->kind) return false;
    switch (x->kind) {
    case TypeKind::Basic: return static_cast<Basic*>(x)->basicKind == static_cast<Basic*>(y)->basicKind;
    case TypeKind::Pointer:
        return identicalImpl(static_cast<Pointer*>(x)->elem, static_cast<Pointer*>(y)->elem, cmpTags, seen);
    case TypeKind::Slice: return identicalImpl(static_cast<Slice*>(x)->elem, static_cast<Slice*>(y)->elem, cmpTags, seen);
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(x);
        auto* b = static_cast<Array*>(y);
        return a->length == b->length && identicalImpl(a->elem, b->elem, cmpTags, seen);
    }
    case TypeKind::Map: {
        auto* a = static_cast<Map*>(x);
        auto* b = static_cast<Map*>(y);
        return identicalImpl(a->key, b->key, cmpTags, seen) && identicalImpl(a->elem, b->elem, cmpTags, seen);
    }
    case TypeKind::Chan: {
        auto* a = static_cast<Chan*>(x);
        auto* b = static_cast<Chan*>(y);
        return a->dir == b->dir && identicalImpl(a->elem, b->elem, cmpTags, seen);
    }
    case TypeKind::Struct: return identicalStructs(static_cast<Struct*>(x), static_cast<Struct*>(y), cmpTags, seen);
    case TypeKind::Tuple: return identicalTuples(static_cast<Tuple*>(x), static_cast<Tuple*>(y), cmpTags, seen);
    case TypeKind::Signature: {
        auto* a = static_cast<Signature*>(x);
        auto* b = static_cast<Signature*>(y);
        return a->variadic == b->variadic && identicalTuples(a->params, b->params, cmpTags, seen) &&
               identicalTuples(a->results, b->results, cmpTags, seen);
    }
    case TypeKind::Interface:
        return identicalInterfaces(static_cast<Interface*>(x), static_cast<Interface*>(y), cmpTags, seen);
    case TypeKind::Named: return false;
    }
    return false;
}

}  // namespace

bool identical(Type* x, Type* y) { return identicalImpl(x, y, true, nullptr); }
bool identicalIgnoreTags(Type* x, Type* y) { return identicalImpl(x, y, false, nullptr); }

bool isBoolean(Type* t) { return basicInfo(t) & kIsBoolean; }
bool isInteger(Type* t) { return basicInfo(t) & kIsInteger; }
bool isUnsigned(Type* t) { return basicInfo(t) & kIsUnsigned; }
bool isFloat(Type* t) { return basicInfo(t) & kIsFloat; }
bool isNumeric(Type* t) { return basicInfo(t) & kIsNumeric; }
bool isString(Type* t) { return basicInfo(t) & kIsString; }
bool isOrdered(Type* t) { return basicInfo(t) & kIsOrdered; }
bool isConstType(Type* t) { return basicInfo(t) & kIsConstType; }

bool isUntyped(Type* t) {
    // Untyped types are never named, so no need for under().
    return t && t->kind == TypeKind::Basic && (static_cast<Basic*>(t)->info & kIsUntyped);
}

bool isTyped(Type* t) { return !isUntyped(t); }
bool isInterface(Type* t) { return t && under(t)->kind == TypeKind::Interface; }
bool isNamed(Type* t) { return t && (t->kind == TypeKind::Named || t->kind == TypeKind::Basic); }

bool isBasic(Type* t, BasicKind k) {
    Type* u = under(t);
    return u && u->kind == TypeKind::Basic && static_cast<Basic*>(u)->basicKind == k;
}

bool isInvalid(Type* t) { return !t || isBasic(t, BasicKind::Invalid); }

bool hasNil(Type* t) {
    Type* u = under(t);
    if (!u) return false;
    switch (u->kind) {
    case TypeKind::Basic: return static_cast<Basic*>(u)->basicKind == BasicKind::UnsafePointer;
    case TypeKind::Slice:
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Interface: return true;
    default: return false;
    }
}

namespace {

bool comparableDepth(Type* t, int depth) {
    if (depth > 100) return true;  // a recursive struct is invalid anyway; do not loop
    Type* u = under(t);
    if (!u) return false;
    switch (u->kind) {
    case TypeKind::Basic: return static_cast<Basic*>(u)->basicKind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface: return true;
    case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(u)->fields)
            if (!comparableDepth(f->type, depth + 1)) return false;
        return true;
    case TypeKind::Array: return comparableDepth(static_cast<Array*>(u)->elem, depth + 1);
    default: return false;
    }
}

}  // namespace

bool comparable(Type* t) { return comparableDepth(t, 0); }

Type* defaultType(Type* t) {
    if (t && t->kind == TypeKind::Basic) {
        auto* b = static_cast<Basic*>(t);
        if ((b->info & kIsUntyped) && b->defaultTyped) return b->defaultTyped;
    }
    return t;
}

bool sameId(const Object* a, const Package* pkg, std::string_view name) {
    if (a->name != name) return false;
    if (a->exported()) return true;
    // Unexported names from different packages differ. Universe objects have no package.
    const Package* apkg = a->pkg;
    if (!apkg || !pkg) return true;
    return apkg == pkg;
}

}  // namespace govm::types
