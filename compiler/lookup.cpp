// Field and method lookup, interface method sets, and the typed
// assignability/convertibility relations (types2 lookup.go, operand.go,
// conversions.go).
//
// lookupFieldOrMethod is a breadth-first search through embedded fields:
// the shallowest match wins, two matches at the same depth are ambiguous.
// Method sets follow the spec: a pointer-receiver method is in the method
// set of *T only, so finding one through a non-addressable T fails with
// `notAddressable`. Interface method sets are completed lazily (embedded
// interfaces may be declared later in the source) and sorted by method id.
#include <algorithm>

#include "compiler/checker.hpp"

namespace govm::types {

namespace {

std::string methodId(const Func* f) {
    if (f->exported() || !f->pkg) return std::string(f->name);
    return f->pkg->path + "." + std::string(f->name);
}

struct Embedded {
    Type* typ;
    std::vector<int> index;
    bool indirect;
    bool multiples;
};

Type* derefPtr(Type* t, bool& isPtr) {
    if (auto* p = t->as<Pointer>()) {
        isPtr = true;
        return p->elem;
    }
    isPtr = false;
    return t;
}

bool hasPtrRecv(Func* f) {
    Signature* sig = f->signature();
    return sig && sig->recv && sig->recv->type && sig->recv->type->kind == TypeKind::Pointer;
}

int findMethod(const std::vector<Func*>& methods, const Package* pkg, std::string_view name) {
    for (size_t i = 0; i < methods.size(); ++i)
        if (sameId(methods[i], pkg, name)) return int(i);
    return -1;
}

// Merges entries for the same type at one depth, marking them as multiples.
std::vector<Embedded> consolidateMultiples(std::vector<Embedded> list) {
    std::vector<Embedded> out;
    for (Embedded& e : list) {
        bool merged = false;
        for (Embedded& o : out)
            if (identical(o.typ, e.typ)) {
                o.multiples = true;
                merged = true;
                break;
            }
        if (!merged) out.push_back(std::move(e));
    }
    return out;
}

std::vector<int> concat(const std::vector<int>& a, int i) {
    std::vector<int> r = a;
    r.push_back(i);
    return r;
}

struct Search {
    LookupResult& res;
    const Package* pkg;
    std::string_view name;
    bool found = false;

    // Records a match; returns false when it makes the lookup ambiguous.
    bool match(Object* obj, std::vector<int> index, const Embedded& e) {
        if (found || e.multiples) {
            res = LookupResult{};
            res.ambiguous = true;
            res.index = std::move(index);
            return false;
        }
        found = true;
        res.obj = obj;
        res.index = std::move(index);
        res.indirect = e.indirect;
        return true;
    }

    bool visitStruct(Struct* s, const Embedded& e, std::vector<Embedded>& next) {
        for (size_t i = 0; i < s->fields.size(); ++i) {
            Var* f = s->fields[i];
            if (sameId(f, pkg, name)) {
                if (!match(f, concat(e.index, int(i)), e)) return false;
                continue;
            }
            if (!found && f->embedded) {
                bool isPtr;
                Type* t = derefPtr(f->type, isPtr);
                next.push_back({t, concat(e.index, int(i)), e.indirect || isPtr, e.multiples});
            }
        }
        return true;
    }

    bool visit(const Embedded& e, std::vector<Embedded>& next, std::vector<Named*>& seen) {
        Type* t = e.typ;
        if (auto* named = t->as<Named>()) {
            if (std::find(seen.begin(), seen.end(), named) != seen.end()) return true;
            seen.push_back(named);
            int i = findMethod(named->methods, pkg, name);
            if (i >= 0) return match(named->methods[i], concat(e.index, i), e);
        }
        Type* u = under(t);
        if (auto* s = u->as<Struct>()) return visitStruct(s, e, next);
        if (auto* iface = u->as<Interface>()) {
            completeInterface(iface);
            int i = findMethod(iface->allMethods, pkg, name);
            if (i >= 0) return match(iface->allMethods[i], concat(e.index, i), e);
        }
        return true;
    }
};

LookupResult lookupImpl(Type* t, bool addressable, const Package* pkg, std::string_view name) {
    LookupResult res;
    if (!t || name == "_") return res;
    bool isPtr;
    Type* typ = derefPtr(t, isPtr);
    if (isPtr && isInterface(typ)) return res;
    std::vector<Embedded> current{{typ, {}, isPtr, false}};
    std::vector<Named*> seen;
    Search search{res, pkg, name};
    while (!current.empty()) {
        std::vector<Embedded> next;
        for (const Embedded& e : current)
            if (!search.visit(e, next, seen)) return res;
        if (search.found) {
            if (auto* f = res.obj->as<Func>(); f && hasPtrRecv(f) && !res.indirect && !addressable) {
                res = LookupResult{};
                res.notAddressable = true;
                res.indirect = true;
            }
            return res;
        }
        current = consolidateMultiples(std::move(next));
    }
    return res;
}

}  // namespace

namespace {

void addCandidate(std::vector<Func*>& out, Func* m) {
    for (Func* have : out)
        if (sameId(have, m->pkg, m->name)) return;
    out.push_back(m);
}

void collectCandidates(Type* t, std::vector<Func*>& out, std::vector<Named*>& seen, int depth) {
    if (!t || depth > 100) return;
    if (auto* p = t->as<Pointer>()) t = p->elem;
    if (!t) return;
    if (auto* n = t->as<Named>()) {
        if (std::find(seen.begin(), seen.end(), n) != seen.end()) return;
        seen.push_back(n);
        for (Func* m : n->methods) addCandidate(out, m);
    }
    Type* u = under(t);
    if (!u) return;
    if (auto* iface = u->as<Interface>()) {
        if (depth == 0) return;  // an interface's own methods are not a method table
        if (!iface->complete) completeInterface(iface);
        for (Func* m : iface->allMethods) addCandidate(out, m);
        return;
    }
    if (auto* s = u->as<Struct>())
        for (Var* f : s->fields)
            if (f->embedded) collectCandidates(f->type, out, seen, depth + 1);
}

}  // namespace

std::vector<Func*> methodCandidates(Type* t) {
    std::vector<Func*> out;
    std::vector<Named*> seen;
    collectCandidates(t, out, seen, 0);
    return out;
}

LookupResult lookupFieldOrMethod(Type* t, bool addressable, const Package* pkg, std::string_view name) {
    if (auto* n = t ? t->as<Named>() : nullptr) {
        if (auto* p = n->underlying ? n->underlying->as<Pointer>() : nullptr) {
            LookupResult r = lookupImpl(p, false, pkg, name);
            if (r.obj && r.obj->kind == ObjectKind::Func) return LookupResult{};
            return r;
        }
    }
    return lookupImpl(t, addressable, pkg, name);
}

void completeInterface(Interface* iface) {
    if (iface->complete) return;
    iface->complete = true;  // first, so that a (reported) cycle does not recurse forever
    std::vector<Func*> all = iface->explicitMethods;
    for (Type* e : iface->embeddeds) {
        auto* embedded = under(e) ? under(e)->as<Interface>() : nullptr;
        if (!embedded) continue;
        completeInterface(embedded);
        for (Func* m : embedded->allMethods) {
            bool dup = false;
            for (Func* have : all)
                if (sameId(have, m->pkg, m->name)) dup = true;
            if (!dup) all.push_back(m);
        }
    }
    std::stable_sort(all.begin(), all.end(), [](Func* a, Func* b) { return methodId(a) < methodId(b); });
    iface->allMethods = std::move(all);
}

Func* missingMethodAlt(Type* v, Interface* iface, bool isStatic, Func** alt, bool* wrongType) {
    completeInterface(iface);
    *alt = nullptr;
    if (wrongType) *wrongType = false;
    if (iface->allMethods.empty()) return nullptr;
    if (auto* vi = under(v)->as<Interface>()) {
        completeInterface(vi);
        for (Func* m : iface->allMethods) {
            int i = findMethod(vi->allMethods, m->pkg, m->name);
            if (i < 0) {
                if (!isStatic) continue;
                return m;
            }
            if (!identical(vi->allMethods[i]->type, m->type)) {
                *alt = vi->allMethods[i];
                if (wrongType) *wrongType = true;
                return m;
            }
        }
        return nullptr;
    }
    for (Func* m : iface->allMethods) {
        LookupResult r = lookupImpl(v, false, m->pkg, m->name);
        if (!r.obj) {
            // A pointer-receiver method makes the "missing" message more precise.
            if (r.notAddressable) {
                LookupResult pr = lookupImpl(v, true, m->pkg, m->name);
                if (pr.obj) *alt = pr.obj->as<Func>();
            }
            return m;
        }
        auto* f = r.obj->as<Func>();
        if (!f) return m;
        if (!identical(f->type, m->type)) {
            *alt = f;
            if (wrongType) *wrongType = true;
            return m;
        }
    }
    return nullptr;
}

Func* missingMethod(Type* v, Interface* iface, bool isStatic, bool* wrongType) {
    Func* alt = nullptr;
    return missingMethodAlt(v, iface, isStatic, &alt, wrongType);
}

bool implements(Type* v, Interface* iface) {
    if (isInvalid(v)) return true;
    return missingMethod(v, iface, true) == nullptr;
}

bool assignableTo(Type* v, Type* t) {
    if (identical(v, t)) return true;
    Type* vu = under(v);
    Type* tu = under(t);
    if (identical(vu, tu) && (!isNamed(v) || !isNamed(t))) return true;
    if (auto* ti = tu->as<Interface>()) return implements(v, ti);
    if (auto* vc = vu->as<Chan>(); vc && vc->dir == ast::ChanDir::Both) {
        if (auto* tc = tu->as<Chan>(); tc && identical(vc->elem, tc->elem)) return !isNamed(v) || !isNamed(t);
    }
    return false;
}

namespace {

bool isBytesOrRunes(Type* t) {
    if (auto* s = under(t)->as<Slice>()) {
        Type* e = under(s->elem);
        return isBasic(e, BasicKind::Uint8) || isBasic(e, BasicKind::Int32);
    }
    return false;
}

}  // namespace

bool convertibleTo(Type* v, Type* t) {
    if (assignableTo(v, t)) return true;
    Type* vu = under(v);
    Type* tu = under(t);
    if (identicalIgnoreTags(vu, tu)) return true;
    if (auto* vp = v->as<Pointer>())
        if (auto* tp = t->as<Pointer>())
            if (identicalIgnoreTags(under(vp->elem), under(tp->elem))) return true;
    if ((isInteger(vu) || isFloat(vu)) && (isInteger(tu) || isFloat(tu))) return true;
    if ((isInteger(vu) || isBytesOrRunes(vu)) && isString(tu)) return true;
    if (isString(vu) && isBytesOrRunes(tu)) return true;
    if (auto* s = vu->as<Slice>()) {
        if (auto* p = tu->as<Pointer>())
            if (auto* a = under(p->elem)->as<Array>()) return identical(s->elem, a->elem);
        if (auto* a = tu->as<Array>()) return identical(s->elem, a->elem);
    }
    return false;
}

}  // namespace govm::types
