// Escape analysis: calls, builtins, conversions and closure captures
// (ESCAPE.md §1.5, §1.7).
//
// A call's arguments flow into holes built from the callee's parameter tags
// (tagHole). Callees in the current batch connect directly to their
// parameter and result locations; unknown callees (interface methods, func
// values that StaticValue cannot resolve) send every argument to the heap.
#include "compiler/escape_impl.hpp"
#include "compiler/ffi.hpp"

namespace govm::escape {

using namespace types;

namespace {

bool isFmtPrint(const std::string& name) {
    return name == "fmt.Println" || name == "fmt.Print" || name == "fmt.Printf" || name == "fmt.Sprint" ||
           name == "fmt.Sprintln" || name == "fmt.Sprintf" || name == "fmt.Errorf";
}

// T1e: fmt may call String/Error/Format/GoString on an argument; the summary
// only applies if no type reachable from the argument has methods.
bool reachesMethods(Type* t, int depth = 0) {
    if (!t || depth > 8) return true;
    if (auto* n = t->as<Named>()) {
        if (!n->methods.empty()) return true;
        t = n->underlying;
    }
    switch (t->kind) {
    case TypeKind::Interface: return true;
    case TypeKind::Pointer: return reachesMethods(static_cast<Pointer*>(t)->elem, depth + 1);
    case TypeKind::Slice: return reachesMethods(static_cast<Slice*>(t)->elem, depth + 1);
    case TypeKind::Array: return reachesMethods(static_cast<Array*>(t)->elem, depth + 1);
    case TypeKind::Map:
        return reachesMethods(static_cast<Map*>(t)->key, depth + 1) ||
               reachesMethods(static_cast<Map*>(t)->elem, depth + 1);
    case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(t)->fields)
            if (reachesMethods(f->type, depth + 1)) return true;
        return false;
    default: return false;
    }
}

}  // namespace

Hole Escape::tagHole(const std::vector<Hole>& ks, EFunc* fn, Func* native, size_t param) {
    if (fn && inBatch.count(fn)) {
        Location* l = param < fn->paramLocs.size() ? fn->paramLocs[param] : nullptr;
        return l ? holeOf(l) : blankHole();
    }
    Leaks leaks;
    if (fn && fn->tagged) {
        if (param < fn->tags.size()) leaks = fn->tags[param];
    } else if (native) {
        leaks = bodylessLeaks(*native, param);
    } else {
        return heapHole();
    }
    std::vector<Hole> holes;
    if (leaks.heap() != kNoLeak) holes.push_back(shift(heapHole(), leaks.heap()));
    for (size_t i = 0; i < ks.size() && i < size_t(kMaxResults); ++i)
        if (leaks.result(int(i)) != kNoLeak) holes.push_back(shift(ks[i], leaks.result(int(i))));
    return teeHole(holes);
}

EFunc* Escape::staticCallee(const ast::Expr* callee, const ast::Expr**, bool*) {
    callee = ast::unparen(callee);
    for (int guard = 0; guard < 16 && callee; ++guard) {
        if (auto* lit = callee->as<ast::FuncLit>()) {
            auto it = funcs.find(lit);
            return it == funcs.end() ? nullptr : it->second;
        }
        const ast::Ident* id = callee->as<ast::Ident>();
        if (!id) {
            if (auto* sel = callee->as<ast::SelectorExpr>()) {
                auto s = info.selections.find(sel);
                if (s != info.selections.end() && s->second.kind == SelectionKind::MethodExpr) {
                    auto* m = s->second.obj->as<Func>();
                    if (m && m->decl) {
                        auto it = funcs.find(m->decl);
                        if (it != funcs.end()) return it->second;
                    }
                }
            }
            return nullptr;
        }
        auto u = info.uses.find(id);
        if (u == info.uses.end() || !u->second) return nullptr;
        if (auto* f = u->second->as<Func>()) {
            auto it = f->decl ? funcs.find(f->decl) : funcs.end();
            return it == funcs.end() ? nullptr : it->second;
        }
        Var* v = varOf(id);
        if (!v || addrTakenVars.count(v)) return nullptr;
        auto c = assignCount.find(v);
        if (c == assignCount.end() || c->second != 1) return nullptr;
        auto d = definingValue.find(v);
        if (d == definingValue.end()) return nullptr;
        callee = ast::unparen(d->second);
    }
    return nullptr;
}

// The concrete type an interface variable always holds: it is assigned
// once, from a conversion of a non-interface value (gc's devirtualization).
Type* Escape::devirtualize(const ast::Expr* recv) const {
    auto* id = ast::unparen(recv)->as<ast::Ident>();
    Var* v = id ? varOf(id) : nullptr;
    if (!v || addrTakenVars.count(v)) return nullptr;
    auto c = assignCount.find(v);
    if (c == assignCount.end() || c->second != 1) return nullptr;
    auto d = definingValue.find(v);
    if (d == definingValue.end()) return nullptr;
    Type* t = typeOf(d->second);
    auto tv = info.types.find(d->second);
    if (!t || isInterfaceType(t) || (tv != info.types.end() && tv->second.isNil())) return nullptr;
    return t;
}

// A temporary of type `t` at `pos` that the go/defer wrapper being
// analysed captures through a closure variable at `at` (gc's wrapExpr).
Location* Escape::wrapperTemp(std::vector<WrapperCapture>& wrap, Type* t, Pos pos, Pos at, std::string value) {
    Location* tmp = newLoc(nullptr, nullptr, false);
    tmp->name = autotmpName(curFn->declaredNames++);
    tmp->pos = pos;
    tmp->captured = true;
    tmp->copied = std::move(value);
    wrap.push_back(WrapperCapture{tmp, at, t});
    return tmp;
}

// gc's rewriteArgument under a go/defer wrapper: `arg`, converted to
// `paramType` and shifted by `derefs` (a receiver's implicit & or *), is
// copied into a temporary the wrapper captures, and the temporary flows
// to `k`. False, with nothing done, when there is no wrapper or the
// argument stays in the call: a constant, nil or a function name.
bool Escape::wrapArgument(Hole k, const ast::Expr* arg, Type* paramType, int derefs, Pos at) {
    std::vector<WrapperCapture>* wrap = wrapCaptures;
    wrapCaptures = nullptr;  // calls inside the argument are not the wrapped call
    if (!wrap) return false;
    const ast::Expr* e = ast::unparen(arg);
    auto tv = info.types.find(e);
    bool constant = tv != info.types.end() && (tv->second.mode == Mode::Constant || tv->second.isNil());
    bool boxed = convertsToInterface(e, paramType);
    // Any implicit conversion is a node of its own, where irgen put it.
    bool converted = boxed || (paramType && typeOf(e) && !identical(typeOf(e), paramType));
    const ast::Ident* id = e->as<ast::Ident>();
    if (!id) {
        auto* sel = e->as<ast::SelectorExpr>();
        if (sel && !info.selections.count(sel)) id = sel->selector;  // pkg.F
    }
    auto u = id ? info.uses.find(id) : info.uses.end();
    bool funcName = u != info.uses.end() && u->second && u->second->as<Func>();
    if (!boxed && (constant || (funcName && !converted))) return false;
    // A node with a position of its own keeps it; names sit at the call.
    Pos pos = converted ? conversionPos(e) : isBareName(e) ? at : e->pos;
    Type* t = converted || !typeOf(e) ? paramType : typeOf(e);
    Location* tmp = wrapperTemp(*wrap, t, pos, at, mLevel >= 2 ? exprText(e) : std::string());
    if (derefs != 0) wrap->back().type = paramType;  // the receiver after its implicit & or *
    exprConv(shift(note(holeOf(tmp), tmp, "assign", NoteKind::TempAssign), derefs), arg, paramType);
    flow(k, tmp);
    return true;
}

void Escape::argument(Hole k, const ast::Expr* arg, Type* paramType, const ast::CallExpr* c) {
    setBasePos(arg);
    exprConv(note(k, c, "call parameter"), arg, paramType);
}

void Escape::call(const std::vector<Hole>& ks, const ast::CallExpr* c) {
    // Only the go/defer call's own arguments are copied for its wrapper.
    std::vector<WrapperCapture>* wrap = wrapCaptures;
    wrapCaptures = nullptr;
    auto wrapped = [&](Hole k, const ast::Expr* arg, Type* paramType, int derefs = 0) {
        wrapCaptures = wrap;
        return wrapArgument(k, arg, paramType, derefs, c->pos);
    };
    Pos savedBase = basePos;
    basePos = c->pos;
    if (mLevel >= 2) rewrittenCalls.insert(c);
    const ast::Expr* callee = ast::unparen(c->callee);
    auto tv = info.types.find(callee);
    if (tv != info.types.end() && tv->second.isType()) {
        conversion(ks.empty() ? blankHole() : ks[0], c);
        basePos = savedBase;
        return;
    }
    if (tv != info.types.end() && tv->second.isBuiltin()) {
        const ast::Expr* name = callee;
        if (auto* sel = callee->as<ast::SelectorExpr>()) name = sel->selector;
        auto u = name->as<ast::Ident>() ? info.uses.find(name->as<ast::Ident>()) : info.uses.end();
        wrapCaptures = wrap;  // a deferred builtin copies its operands too
        if (u != info.uses.end() && u->second && u->second->as<Builtin>())
            builtinCall(ks, c, int(u->second->as<Builtin>()->id));
        wrapCaptures = nullptr;
        basePos = savedBase;
        return;
    }

    EFunc* fn = nullptr;
    Func* native = nullptr;
    Signature* sig = nullptr;
    const ast::Expr* recv = nullptr;  // receiver expression of a method call
    int recvShift = 0;
    bool unknown = false;
    std::vector<const ast::Expr*> args(c->args.begin(), c->args.end());

    auto bindFunc = [&](Func* f) {
        sig = f->signature();
        auto it = f->decl && f->decl->body ? funcs.find(f->decl) : funcs.end();
        if (it != funcs.end()) fn = it->second;
        else native = f;
    };
    const ast::SelectorExpr* sel = callee->as<ast::SelectorExpr>();
    auto selIt = sel ? info.selections.find(sel) : info.selections.end();
    if (sel && selIt != info.selections.end() && selIt->second.kind == SelectionKind::MethodVal) {
        const Selection& s = selIt->second;
        auto* m = s.obj->as<Func>();
        recv = sel->operand;
        Type* devirt = isInterfaceType(s.recv) && m ? devirtualize(sel->operand) : nullptr;
        Func* concrete = nullptr;
        if (devirt) {
            LookupResult lr = lookupFieldOrMethod(devirt, false, mainPkg, m->name);
            concrete = lr.obj ? lr.obj->as<Func>() : nullptr;
        }
        if (concrete && concrete->decl) {
            // gc rewrites i.M() to i.(T).M() when i only ever holds a T.
            bindFunc(concrete);
            recvShift = isPointerShaped(devirt) ? 0 : 1;
        } else if (isInterfaceType(s.recv) || !m) {
            unknown = true;
            sig = m ? m->signature() : nullptr;
        } else {
            bindFunc(m);
            // Pointer hops on the embedding path and the implicit & or *.
            Type* t = s.recv;
            recvShift += pointerHops(s, s.index.empty() ? 0 : s.index.size() - 1, t);
            bool haveptr = under(t)->kind == TypeKind::Pointer;
            bool wantptr = sig->recv && under(sig->recv->type)->kind == TypeKind::Pointer;
            if (haveptr && !wantptr) ++recvShift;
            if (!haveptr && wantptr) --recvShift;
        }
    } else if (sel && selIt != info.selections.end() && selIt->second.kind == SelectionKind::MethodExpr) {
        auto* m = selIt->second.obj->as<Func>();
        if (m && !isInterfaceType(selIt->second.recv)) {
            bindFunc(m);
            if (!args.empty()) {
                recv = args[0];
                args.erase(args.begin());
            }
        } else {
            unknown = true;
        }
    } else {
        const ast::Ident* id = callee->as<ast::Ident>();
        if (!id && sel && selIt == info.selections.end()) id = sel->selector;  // pkg.F
        auto u = id ? info.uses.find(id) : info.uses.end();
        Func* f = u != info.uses.end() && u->second ? u->second->as<Func>() : nullptr;
        if (f) {
            bindFunc(f);
        } else {
            fn = staticCallee(callee, nullptr, nullptr);
            if (fn) {
                sig = fn->sig;
                if (callee->as<ast::FuncLit>()) fn->closureCalled = true;
            } else {
                unknown = true;
            }
            // A go/defer wrapper captures the func value too.
            if (!wrapped(blankHole(), c->callee, typeOf(c->callee))) discard(c->callee);
        }
    }
    if (!sig) {
        Type* ct = typeOf(callee);
        sig = ct ? under(ct)->as<Signature>() : nullptr;
    }
    if (unknown) fn = nullptr, native = nullptr;

    // Results of a callee in the same batch flow directly.
    if (fn && inBatch.count(fn))
        for (size_t i = 0; i < ks.size() && i < fn->resultLocs.size(); ++i) flow(ks[i], fn->resultLocs[i]);

    size_t paramBase = 0;
    if (recv) {
        Hole h = note(unknown ? heapHole() : tagHole(ks, fn, native, 0), c, "call parameter");
        Type* rt = sig && sig->recv ? sig->recv->type : typeOf(recv);
        if (!wrapped(h, recv, rt, recvShift)) expr(shift(h, recvShift), recv);
        paramBase = 1;
    } else if (sig && sig->recv) {
        paramBase = 1;
    }
    // T1e: fmt's print family keeps its arguments when nothing reachable has methods.
    bool fmtSummary = false;
    if (mode == EscapeMode::Govm && native && isFmtPrint(native->fullName())) {
        fmtSummary = true;
        for (const ast::Expr* a : args)
            if (reachesMethods(typeOf(a))) fmtSummary = false;
    }
    auto paramHole = [&](size_t i) {
        return unknown                                                              ? heapHole()
               : fmtSummary && sig && i + 1 == sig->params->size() && sig->variadic ? blankHole()
                                                                                    : tagHole(ks, fn, native, paramBase + i);
    };
    size_t nparams = sig ? sig->params->size() : args.size();
    Type* elem = nullptr;  // of the implicit slice
    if (sig && sig->variadic && !c->hasEllipsis && nparams > 0) {
        Type* st = under(sig->params->vars[nparams - 1]->type);
        elem = st->kind == TypeKind::Slice ? static_cast<Slice*>(st)->elem : nullptr;
    }
    Hole vs;
    auto variadicElement = [&](size_t i) {
        // The implicit slice of f(a, b, c): one site, printed "... argument".
        if (i + 1 == nparams) vs = spill(note(paramHole(i), c, "call parameter"), c, EscapeSiteKind::VariadicSlice);
        return note(vs, vs.dst, "slice-literal-element", NoteKind::Site);
    };
    // f(g()) with a multi-value g: gc passes the results through temporaries.
    auto spread = autotmps.find(c);
    auto* inner = args.size() == 1 ? ast::unparen(args[0])->as<ast::CallExpr>() : nullptr;
    if (spread != autotmps.end() && inner) {
        std::vector<Location*> temps = spreadTemps(inner, spread->second);
        auto* tuple = static_cast<Tuple*>(typeOf(inner));
        for (size_t i = 0; i < temps.size(); ++i) {
            Type* from = tuple->vars[i]->type;
            if (!(elem && i + 1 >= nparams) && i >= nparams) continue;
            Type* to = elem && i + 1 >= nparams ? elem : sig->params->vars[i]->type;
            Hole h = elem && i + 1 >= nparams ? variadicElement(i) : note(paramHole(i), c, "call parameter");
            if (wrap) {
                // The wrapper copies the (converted) temporary once more.
                Location* copy = wrapperTemp(*wrap, isInterfaceType(to) ? to : from, c->pos, c->pos, temps[i]->name);
                convertTemp(note(holeOf(copy), copy, "assign", NoteKind::TempAssign), temps[i], from, to, c->pos);
                flow(h, copy);
            } else {
                convertTemp(h, temps[i], from, to, c->pos);
            }
        }
        basePos = savedBase;
        return;
    }
    for (size_t i = 0; i < args.size(); ++i) {
        if (elem && i + 1 >= nparams) {
            Hole h = variadicElement(i);
            setBasePos(args[i]);
            // A go/defer wrapper captures the elements: the slice is built inside it.
            if (!wrapped(h, args[i], elem)) exprConv(h, args[i], elem);
            continue;
        }
        Type* pt = sig && i < nparams ? sig->params->vars[i]->type : nullptr;
        setBasePos(args[i]);
        Hole h = note(paramHole(i), c, "call parameter");
        if (!wrapped(h, args[i], pt)) exprConv(h, args[i], pt);
    }
    if (sig && sig->variadic && !c->hasEllipsis && args.size() + 1 == nparams) {
        // f(a) with an empty variadic tail still builds a nil slice: no site.
    }
    basePos = savedBase;
}

std::vector<Location*> Escape::spreadTemps(const ast::CallExpr* inner, int first) {
    Type* t = typeOf(inner);
    size_t n = t && t->kind == TypeKind::Tuple ? static_cast<Tuple*>(t)->size() : 0;
    std::vector<Location*> temps;
    std::vector<Hole> holes;
    for (size_t i = 0; i < n; ++i) {
        temps.push_back(newLoc(nullptr, nullptr, false));
        temps.back()->name = autotmpName(first + int(i));
        holes.push_back(holeOf(temps.back()));
    }
    call(holes, inner);
    return temps;
}

// A temporary assigned to a destination of type `to`: a conversion to an
// interface boxes it at `pos`, and -m names the box after the temporary.
void Escape::convertTemp(Hole k, Location* temp, Type* from, Type* to, Pos pos) {
    if (!to || !from || !isInterfaceType(to) || isInterfaceType(from) || isPointerShaped(from)) {
        flow(k, temp);
        return;
    }
    Location* box = newLoc(nullptr, nullptr, true);
    box->kind = EscapeSiteKind::IfaceBox;
    box->pos = pos;
    box->text = temp->name;
    flow(addr(k, box, "spill", NoteKind::Site), box);
    flow(note(holeOf(box), box, "interface-converted", NoteKind::Site), temp);
}

void Escape::conversion(Hole k, const ast::CallExpr* c) {
    if (c->args.empty()) return;
    const ast::Expr* x = c->args[0];
    Type* to = typeOf(c);
    Type* from = typeOf(x);
    if (!to || !from) {
        discard(x);
        return;
    }
    Type* ut = under(to);
    Type* uf = under(from);
    if (isInterfaceType(ut)) {
        exprConv(k, x, to, c);
        return;
    }
    auto isStr = [](Type* t) {
        return t->kind == TypeKind::Basic && (static_cast<Basic*>(t)->info & kIsString);
    };
    bool strConv = (isStr(ut) && (uf->kind == TypeKind::Slice || (uf->kind == TypeKind::Basic && !isStr(uf)))) ||
                   (ut->kind == TypeKind::Slice && isStr(uf));
    if (strConv) {
        spill(k, c, EscapeSiteKind::StringConv);
        discard(x);
        return;
    }
    expr(k, x);
}

void Escape::builtinCall(const std::vector<Hole>& ks, const ast::CallExpr* c, int id) {
    Hole k0 = ks.empty() ? blankHole() : ks[0];
    std::vector<WrapperCapture>* wrap = wrapCaptures;
    wrapCaptures = nullptr;
    // An operand, copied into a temporary when a go/defer wrapper calls the builtin.
    auto operand = [&](Hole k, const ast::Expr* a, Type* t) {
        wrapCaptures = wrap;
        if (!wrapArgument(k, a, t, 0, c->pos)) exprConv(k, a, t);
    };
    auto bid = BuiltinId(id);
    switch (bid) {
    case BuiltinId::Append: {
        if (c->args.empty()) return;
        Type* st = typeOf(c);
        Type* elem = st && under(st)->kind == TypeKind::Slice ? static_cast<Slice*>(under(st))->elem : nullptr;
        Hole appendee = k0;
        if (hasPointers(elem)) appendee = teeHole({k0, deref(heapHole(), c, "appendee slice")});
        // T1c: the growth block is a site of its own; its address is the result.
        if (mode == EscapeMode::Govm) spill(k0, c, EscapeSiteKind::Append);
        expr(note(appendee, c, "call parameter"), c->args[0]);
        if (c->hasEllipsis) {
            if (c->args.size() > 1) {
                Type* t = typeOf(c->args[1]);
                Hole appended = blankHole();
                if (t && under(t)->kind == TypeKind::Slice && hasPointers(static_cast<Slice*>(under(t))->elem))
                    appended = deref(heapHole(), c, "appended slice...");
                expr(appended, c->args[1]);
            }
        } else {
            for (size_t i = 1; i < c->args.size(); ++i) argument(heapHole(), c->args[i], elem, c);
        }
        return;
    }
    case BuiltinId::Copy: {
        if (c->args.size() < 2) return discards(c->args);
        operand(blankHole(), c->args[0], typeOf(c->args[0]));
        Type* t = typeOf(c->args[1]);
        Hole copied = blankHole();
        if (t && under(t)->kind == TypeKind::Slice && hasPointers(static_cast<Slice*>(under(t))->elem))
            copied = deref(heapHole(), c, "copied slice");
        operand(copied, c->args[1], t);
        return;
    }
    case BuiltinId::Panic:
        if (!c->args.empty()) {
            basePos = irgenPos(c->args[0], c->pos);  // transformPanic converts after the argument
            forceBasePos = true;
            operand(note(heapHole(), c, "call parameter"), c->args[0], program.universe.emptyInterface);
            forceBasePos = false;
        }
        return;
    case BuiltinId::New: spill(k0, c, EscapeSiteKind::New); return;
    case BuiltinId::Make: {
        Type* t = typeOf(c);
        Type* u = t ? under(t) : nullptr;
        if (u && u->kind == TypeKind::Slice) spill(k0, c, EscapeSiteKind::MakeSlice);
        else if (u && u->kind == TypeKind::Map) spill(k0, c, EscapeSiteKind::MakeMap);
        for (size_t i = 1; i < c->args.size(); ++i) discard(c->args[i]);
        return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max:
        for (const ast::Expr* a : c->args) expr(k0, a);
        return;
    default:
        for (const ast::Expr* a : c->args) operand(blankHole(), a, typeOf(a));
        return;
    }
}

void Escape::closureCaptures() {
    for (const ClosureHole& ch : closures) {
        for (size_t i = 0; i < ch.fn->captures.size(); ++i) {
            Var* v = ch.fn->captures[i];
            auto f = funcs.find(v->owner);
            std::string owner = f != funcs.end() ? f->second->name : "main";
            captureInto(ch.hole, locOfVar(v), v, NoteKind::Var, ch.fn->capturePos[i], owner, std::string(v->name), v->type);
        }
    }
}

// gc's flowClosure for one variable `l` (named `name`, declared in
// `owner`) whose closure variable `cv` sits at `at`: by value when small
// and never reassigned or address-taken, else by reference.
void Escape::captureInto(Hole closure, Location* l, const void* cv, NoteKind cvKind, Pos at, const std::string& owner,
                         const std::string& name, Type* t) {
    bool byValue = !l->addrTaken && !l->reassigned && sizeOf(t) <= 128;
    if (mLevel >= 2) {
        message(l->pos, owner + (byValue ? " capturing by value: " : " capturing by ref: ") + name +
                            " (addr=" + (l->addrTaken ? "true" : "false") + " assign=" +
                            (l->reassigned ? "true" : "false") + " width=" + std::to_string(sizeOf(t)) + ")");
    }
    Hole k = closure;
    if (!byValue) {
        l->addrTaken = true;
        k = addr(k, cv, "reference", cvKind, at);
    }
    flow(note(k, cv, "captured by a closure", cvKind, at), l);
}

}  // namespace govm::escape
