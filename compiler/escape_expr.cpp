// Escape analysis: expression rules (ESCAPE.md §1.3).
//
// expr(k, e) evaluates e into hole k, adding the edges that describe where
// e's value may flow. Values of pointer-free types are not tracked (the
// hole becomes blank when it does not take an address), but their
// subexpressions are still walked for side effects and allocation sites.
#include "compiler/escape_impl.hpp"

namespace govm::escape {

using namespace types;

Type* Escape::typeOf(const ast::Expr* e) const {
    auto it = info.types.find(e);
    return it == info.types.end() ? nullptr : it->second.type;
}

int pointerHops(const Selection& s, size_t steps, Type*& t) {
    int hops = 0;
    for (size_t i = 0; i < steps; ++i) {
        Type* u = under(t);
        if (u->kind == TypeKind::Pointer) {
            ++hops;
            u = under(static_cast<Pointer*>(u)->elem);
        }
        auto* st = u->as<Struct>();
        if (!st || size_t(s.index[i]) >= st->fields.size()) break;
        t = st->fields[s.index[i]]->type;
    }
    return hops;
}

Var* Escape::varOf(const ast::Ident* id) const {
    Object* obj = info.objectOf(id);
    Var* v = obj ? obj->as<Var>() : nullptr;
    if (!v || v->isField || !v->owner) return nullptr;
    return v;
}

Location* Escape::locOfVar(Var* v) {
    auto it = varLocs.find(v);
    if (it != varLocs.end()) return it->second;
    EFunc* saved = curFn;
    int savedDepth = loopDepth;
    auto f = funcs.find(v->owner);
    if (f != funcs.end()) curFn = f->second;
    loopDepth = 1;
    std::vector<LoopSites> savedLoops = std::move(openLoops);  // not a site of the loops being walked
    openLoops.clear();
    Location* l = newLoc(nullptr, v, false);
    openLoops = std::move(savedLoops);
    curFn = saved;
    loopDepth = savedDepth;
    varLocs[v] = l;
    return l;
}

bool Escape::isBareName(const ast::Expr* e) const {
    e = ast::unparen(e);
    auto* id = e ? e->as<ast::Ident>() : nullptr;
    if (!id) return false;
    auto it = info.uses.find(id);
    if (it == info.uses.end()) return true;
    Object* obj = it->second;
    // Constants become literals that keep their position.
    return obj && (obj->kind == ObjectKind::Var || obj->kind == ObjectKind::Func || obj->kind == ObjectKind::Nil);
}

// gc (go1.19) reports an implicit conversion at base.Pos, which only
// expressions with a unique position (not names) move.
void Escape::setBasePos(const ast::Expr* e) {
    if (!isBareName(e)) basePos = ast::unparen(e)->pos;
}

Hole Escape::spill(Hole k, const ast::Expr* n, EscapeSiteKind kind, const char*) {
    Location* l = newLoc(n, nullptr, true);
    l->kind = kind;
    flow(addr(k, l, "spill", NoteKind::Site), l);
    return holeOf(l);
}

void Escape::discard(const ast::Expr* e) {
    if (e) expr(blankHole(), e);
}

void Escape::discards(const ast::List<ast::Expr*>& list) {
    for (const ast::Expr* e : list) discard(e);
}

bool Escape::convertsToInterface(const ast::Expr* e, Type* target) const {
    Type* from = typeOf(e);
    auto tv = info.types.find(e);
    bool isNil = tv != info.types.end() && tv->second.isNil();
    return target && isInterfaceType(target) && from && !isInterfaceType(from) && !isNil;
}

// Where gc's irgen put the implicit conversion of e.
Pos Escape::conversionPos(const ast::Expr* e) const {
    return mode == EscapeMode::Go && (forceBasePos || isBareName(e)) ? basePos : e->pos;
}

void Escape::exprConv(Hole k, const ast::Expr* e, Type* target, const ast::CallExpr* explicitConv) {
    Type* from = typeOf(e);
    if (!convertsToInterface(e, target)) {
        // Between different interface types gc still converts, without a box.
        bool ifaceConv = target && from && isInterfaceType(target) && isInterfaceType(from) && !identical(from, target);
        if (ifaceConv && explicitConv) k = note(k, explicitConv, "interface-converted");
        else if (ifaceConv) k = note(k, e, "interface-converted", NoteKind::Expr, conversionPos(e));
        expr(k, e);
        return;
    }
    // The conversion node: the program's T(e), else an implicit one.
    const ast::Expr* conv = explicitConv ? explicitConv : e;
    Pos convPos = explicitConv ? explicitConv->pos : conversionPos(e);
    if (isPointerShaped(from)) {
        expr(note(k, conv, "interface-converted", NoteKind::Expr, convPos), e);
        return;
    }
    Location* box = newLoc(e, nullptr, true);
    box->kind = EscapeSiteKind::IfaceBox;
    box->pos = convPos;
    if (explicitConv) box->shown = explicitConv;
    forceBasePos = false;
    flow(addr(k, box, "spill", NoteKind::Site), box);
    expr(note(holeOf(box), conv, "interface-converted", NoteKind::Expr, convPos), e);
}


void Escape::expr(Hole k, const ast::Expr* e) {
    if (!e) return;
    auto tvIt = info.types.find(e);
    if (tvIt != info.types.end()) {
        const TypeAndValue& tv = tvIt->second;
        if (tv.mode == Mode::Constant || tv.mode == Mode::TypeExpr || tv.mode == Mode::NilValue) return;
        if (k.derefs >= 0 && !hasPointers(tv.type)) k = blankHole();
    }
    switch (e->kind) {
    case ast::ExprKind::Paren: expr(k, static_cast<const ast::ParenExpr*>(e)->inner); break;
    case ast::ExprKind::Ident: {
        Var* v = varOf(static_cast<const ast::Ident*>(e));
        if (v) flow(k, locOfVar(v));
        break;
    }
    case ast::ExprKind::CompositeLit: compositeLit(k, static_cast<const ast::CompositeLit*>(e)); break;
    case ast::ExprKind::FuncLit: funcLit(k, static_cast<const ast::FuncLit*>(e)); break;
    case ast::ExprKind::Selector: selector(k, static_cast<const ast::SelectorExpr*>(e)); break;
    case ast::ExprKind::Index: {
        auto* ix = static_cast<const ast::IndexExpr*>(e);
        Type* t = typeOf(ix->operand);
        Type* u = t ? under(t) : nullptr;
        if (u && u->kind == TypeKind::Array) expr(note(k, e, "fixed-array-index-of"), ix->operand);
        else if (u && (u->kind == TypeKind::Slice || u->kind == TypeKind::Pointer))
            expr(deref(k, e, "dot of pointer"), ix->operand);
        else discard(ix->operand);
        if (u && u->kind == TypeKind::Map && ix->indices.size() == 1) {
            Pos saved = basePos;
            basePos = irgenPos(e, basePos);  // transformIndex converts the key
            forceBasePos = true;
            exprConv(blankHole(), ix->indices[0], static_cast<Map*>(u)->key);
            forceBasePos = false;
            basePos = saved;
            break;
        }
        discards(ix->indices);
        break;
    }
    case ast::ExprKind::Slice: {
        auto* sl = static_cast<const ast::SliceExpr*>(e);
        Type* t = typeOf(sl->operand);
        Type* u = t ? under(t) : nullptr;
        // Slicing an array takes its address: an implicit &, printed as the array.
        if (u && u->kind == TypeKind::Array) expr(addr(note(k, e, "slice"), sl->operand, "address-of"), sl->operand);
        else expr(note(k, e, "slice"), sl->operand);
        discard(sl->low);
        discard(sl->high);
        discard(sl->max);
        break;
    }
    case ast::ExprKind::TypeAssert: {
        auto* ta = static_cast<const ast::TypeAssertExpr*>(e);
        expr(dotType(k, typeOf(e), e, "dot"), ta->operand);
        break;
    }
    case ast::ExprKind::Call: call({k}, static_cast<const ast::CallExpr*>(e)); break;
    case ast::ExprKind::Star: expr(deref(k, e, "indirection"), static_cast<const ast::StarExpr*>(e)->operand); break;
    case ast::ExprKind::Unary: {
        auto* u = static_cast<const ast::UnaryExpr*>(e);
        if (u->op == Tok::And) {
            const ast::Expr* x = ast::unparen(u->operand);
            if (auto* lit = x->as<ast::CompositeLit>()) {
                Hole b = spill(k, e, EscapeSiteKind::AddrLit);
                compositeLit(b, lit);
            } else {
                expr(addr(k, e, "address-of"), u->operand);
            }
        } else {
            discard(u->operand);
        }
        break;
    }
    case ast::ExprKind::Binary: {
        auto* b = static_cast<const ast::BinaryExpr*>(e);
        if (isStringConcat(e)) {
            spill(k, e, EscapeSiteKind::Concat);
            // gc flattens a + b + c into one node: one site for the chain,
            // whose operands it walks left to right (the stack pops left first).
            std::vector<const ast::Expr*> work{b->right, b->left};
            while (!work.empty()) {
                const ast::Expr* x = work.back();
                work.pop_back();
                auto xt = info.types.find(x);
                bool constant = xt != info.types.end() && xt->second.mode == Mode::Constant;
                if (!constant && isStringConcat(x)) {
                    auto* xb = static_cast<const ast::BinaryExpr*>(x);
                    work.push_back(xb->right);
                    work.push_back(xb->left);
                } else {
                    discard(x);
                }
            }
        } else {
            discard(b->left);
            discard(b->right);
        }
        break;
    }
    case ast::ExprKind::KeyValue: {
        auto* kv = static_cast<const ast::KeyValueExpr*>(e);
        discard(kv->key);
        expr(k, kv->value);
        break;
    }
    default: break;
    }
}

void Escape::compositeLit(Hole k, const ast::CompositeLit* lit) {
    Type* t = typeOf(lit);
    Type* u = t ? under(t) : nullptr;
    if (t && isStructOrArray(t) && !openLoops.empty()) openLoops.back().values = true;
    if (u && u->kind == TypeKind::Pointer) {  // elided &T in []*T{{...}}
        k = spill(k, lit, EscapeSiteKind::AddrLit);
        u = under(static_cast<Pointer*>(u)->elem);
    }
    if (!u) return;
    Pos savedBase = basePos;
    basePos = lit->pos;
    auto elemValue = [](const ast::Expr* el) {
        auto* kv = el->as<ast::KeyValueExpr>();
        return kv ? kv->value : el;
    };
    auto elemBase = [&](const ast::Expr* el) {
        if (el->as<ast::KeyValueExpr>()) {
            basePos = el->pos;
            forceBasePos = true;
        } else {
            basePos = ast::unparen(el)->pos;  // wrapname gives names a position too
            forceBasePos = true;
        }
    };
    auto elemExpr = [&](Hole h, const ast::Expr* el, Type* elemType) {
        const ast::Expr* v = elemValue(el);
        auto* inner = v->as<ast::CompositeLit>();
        if (inner && !inner->type) {
            Type* et = elemType ? under(elemType) : nullptr;
            if (et && et->kind == TypeKind::Pointer) {
                // One site for the elided &T, whichever type the checker recorded.
                Type* it = typeOf(inner);
                compositeLit(it && under(it)->kind == TypeKind::Pointer ? h : spill(h, inner, EscapeSiteKind::AddrLit),
                             inner);
                return;
            }
        }
        exprConv(h, v, elemType);
        forceBasePos = false;
    };
    switch (u->kind) {
    case TypeKind::Struct: {
        auto* st = static_cast<Struct*>(u);
        for (size_t i = 0; i < lit->elements.size(); ++i) {
            const ast::Expr* el = lit->elements[i];
            Type* ft = nullptr;
            if (auto* kv = el->as<ast::KeyValueExpr>()) {
                auto* key = kv->key->as<ast::Ident>();
                for (Var* f : st->fields)
                    if (key && f->name == key->name) ft = f->type;
            } else if (i < st->fields.size()) {
                ft = st->fields[i]->type;
            }
            elemBase(el);
            elemExpr(note(k, lit, "struct literal element"), el, ft);
        }
        break;
    }
    case TypeKind::Array: {
        Type* et = static_cast<Array*>(u)->elem;
        for (const ast::Expr* el : lit->elements) {
            elemBase(el);
            elemExpr(note(k, lit, "array literal element"), el, et);
        }
        break;
    }
    case TypeKind::Slice: {
        Type* et = static_cast<Slice*>(u)->elem;
        Hole b = spill(k, lit, EscapeSiteKind::SliceLit);
        for (const ast::Expr* el : lit->elements) {
            elemBase(el);
            elemExpr(note(b, lit, "slice-literal-element"), el, et);
        }
        break;
    }
    case TypeKind::Map: {
        auto* m = static_cast<Map*>(u);
        spill(k, lit, EscapeSiteKind::MapLit);
        for (const ast::Expr* el : lit->elements) {
            auto* kv = el->as<ast::KeyValueExpr>();
            if (!kv) continue;
            basePos = kv->pos;
            forceBasePos = true;
            elemExpr(note(heapHole(), lit, "map literal key"), kv->key, m->key);
            forceBasePos = true;
            elemExpr(note(heapHole(), lit, "map literal value"), kv->value, m->elem);
            forceBasePos = false;
        }
        break;
    }
    default: break;
    }
    basePos = savedBase;
}

void Escape::funcLit(Hole k, const ast::FuncLit* lit) {
    auto it = funcs.find(lit);
    if (it == funcs.end()) return;
    EFunc* fn = it->second;
    Hole b = spill(k, lit, EscapeSiteKind::Closure);
    if (!fn->outer) return;  // a package-level literal: a function analysed on its own
    closures.push_back(ClosureHole{b, fn});
    for (Var* v : fn->captures) {
        Location* l = locOfVar(v);
        if (l->captured) continue;
        // Reassignments before the first capture, at its depth, do not count.
        l->captured = true;
        if (l->loopDepth == loopDepth) l->reassigned = false;
    }
    EFunc* savedFn = curFn;
    int savedDepth = loopDepth;
    Pos savedBase = basePos;
    std::vector<LoopSites> savedLoops = std::move(openLoops);  // the literal's body is another frame
    walkFunc(fn);
    openLoops = std::move(savedLoops);
    curFn = savedFn;
    loopDepth = savedDepth;
    basePos = savedBase;
}

void Escape::selector(Hole k, const ast::SelectorExpr* sel) {
    auto it = info.selections.find(sel);
    if (it == info.selections.end()) return;  // qualified identifier: a package-level object
    const Selection& s = it->second;
    if (s.kind == SelectionKind::MethodExpr) return;
    if (s.kind == SelectionKind::MethodVal) {
        Hole c = spill(k, sel, EscapeSiteKind::MethodValue);
        auto* method = s.obj ? s.obj->as<Func>() : nullptr;
        EFunc* fn = nullptr;
        if (method && method->decl) {
            auto f = funcs.find(method->decl);
            if (f != funcs.end()) fn = f->second;
        }
        std::vector<Hole> ks;
        if (method)
            for (size_t i = 0; i < method->signature()->results->size(); ++i) ks.push_back(heapHole());
        Hole recvHole = isInterfaceType(s.recv) ? heapHole()
                                                : teeHole({tagHole(ks, fn, fn ? nullptr : method, 0), c});
        // The receiver value: count pointer hops on the path, and the
        // implicit & or * to match the method's receiver.
        Type* t = s.recv;
        int hops = pointerHops(s, s.index.empty() ? 0 : s.index.size() - 1, t);
        bool haveptr = under(t)->kind == TypeKind::Pointer;
        bool wantptr = method && method->signature()->recv && under(method->signature()->recv->type)->kind == TypeKind::Pointer;
        bool addressTaken = implicitAddressTaken(!haveptr && wantptr, hops);
        if (haveptr && !wantptr) ++hops;
        if (!haveptr && wantptr) --hops;
        Hole h = note(shift(recvHole, hops), sel, "dot");
        h.addrTaken = h.addrTaken || addressTaken;
        expr(h, sel->operand);
        return;
    }
    // Field: one deref per pointer on the path (field-insensitive).
    Type* t = s.recv;
    int hops = pointerHops(s, s.index.size(), t);
    if (hops > 0) expr(shift(note(k, sel, "dot of pointer"), hops), sel->operand);
    else expr(note(k, sel, "dot"), sel->operand);
}

}  // namespace govm::escape
