// Escape analysis: statement rules and destination holes (ESCAPE.md §1.4,
// §1.6), plus the pre-pass that finds variables assigned once (for
// StaticValue callee resolution) and labels targeted by backward gotos.
//
// Loop variables follow Go 1.22 (one variable per iteration): they are
// declared at the loop body's depth.
#include "compiler/escape_impl.hpp"
#include "parser/walk.hpp"

namespace govm::escape {

using namespace types;

// --- pre-pass ------------------------------------------------------------------

namespace {

// Recurses through forEachChild into the pre-pass.
struct Prepass final : ast::ChildVisitor {
    Escape& esc;
    explicit Prepass(Escape& e) : esc(e) {}
    void expr(const ast::Expr* e) override { esc.prepassExpr(e); }
    void stmt(const ast::Stmt* s) override { esc.prepass(s); }
};

void countAssign(Escape& esc, const ast::Expr* lhs) {
    if (!lhs) return;
    if (auto* id = ast::unparen(lhs)->as<ast::Ident>())
        if (Var* v = esc.varOf(id)) esc.assignCount[v]++;
}

}  // namespace

void Escape::prepassExpr(const ast::Expr* e) {
    if (!e) return;
    if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == Tok::And) {
        if (auto* id = ast::unparen(u->operand)->as<ast::Ident>())
            if (Var* v = varOf(id)) addrTakenVars.insert(v);
    } else if (auto* c = e->as<ast::CallExpr>()) {
        // A pointer-receiver method called on an addressable variable takes its address.
        if (auto* sel = ast::unparen(c->callee)->as<ast::SelectorExpr>()) {
            auto it = info.selections.find(sel);
            if (it != info.selections.end() && it->second.kind == SelectionKind::MethodVal)
                if (auto* id = ast::unparen(sel->operand)->as<ast::Ident>())
                    if (Var* v = varOf(id))
                        if (under(v->type)->kind != TypeKind::Pointer) {
                            auto* m = it->second.obj->as<Func>();
                            if (m && m->signature()->recv &&
                                under(m->signature()->recv->type)->kind == TypeKind::Pointer)
                                addrTakenVars.insert(v);
                        }
        }
    }
    Prepass recurse(*this);
    ast::forEachChild(e, recurse);
}

void Escape::prepass(const ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
    case ast::StmtKind::Decl: {
        auto* d = static_cast<const ast::DeclStmt*>(s)->decl;
        if (d->tok != Tok::Var) break;
        for (auto* spec : d->specs) {
            auto* vs = static_cast<const ast::ValueSpec*>(spec);
            for (size_t i = 0; i < vs->names.size(); ++i) {
                Var* v = varOf(vs->names[i]);
                if (!v) continue;
                if (vs->values.size() == vs->names.size()) definingValue[v] = vs->values[i];
                if (!vs->values.empty()) assignCount[v]++;
            }
        }
        break;
    }
    case ast::StmtKind::Labeled:
        // Recorded before the body is walked: a goto inside it jumps backward.
        seenLabels[static_cast<const ast::LabeledStmt*>(s)->label->name] = s;
        break;
    case ast::StmtKind::Branch: {
        auto* b = static_cast<const ast::BranchStmt*>(s);
        if (b->tok == Tok::Goto && b->label) {
            auto it = seenLabels.find(b->label->name);
            if (it != seenLabels.end()) loopingLabels.insert(it->second);
        }
        break;
    }
    case ast::StmtKind::IncDec: countAssign(*this, static_cast<const ast::IncDecStmt*>(s)->operand); break;
    case ast::StmtKind::Assign: {
        auto* a = static_cast<const ast::AssignStmt*>(s);
        for (size_t i = 0; i < a->lhs.size(); ++i) {
            countAssign(*this, a->lhs[i]);
            if (a->op == Tok::Define && a->lhs.size() == a->rhs.size())
                if (auto* id = a->lhs[i]->as<ast::Ident>())
                    if (Var* v = varOf(id))
                        if (info.defs.count(id)) definingValue[v] = a->rhs[i];
        }
        break;
    }
    case ast::StmtKind::Range: {
        auto* r = static_cast<const ast::RangeStmt*>(s);
        countAssign(*this, r->key);
        countAssign(*this, r->value);
        break;
    }
    default: break;
    }
    Prepass recurse(*this);
    ast::forEachChild(s, recurse);
}

// --- functions and statements ----------------------------------------------------

// A local's location exists from setupFunc on (predeclareLocals); its
// declaration gives it the loop depth it is declared at.
void Escape::declare(Var* v) {
    if (!v) return;
    auto it = varLocs.find(v);
    if (it != varLocs.end() && it->second->predeclared) {
        Location* l = it->second;
        l->predeclared = false;
        l->fn = curFn;
        l->loopDepth = l->lifetimeDepth = loopDepth;
        joinOpenLoop(l);
        return;
    }
    Location* l = newLoc(nullptr, v, false);
    l->fn = curFn;
    varLocs[v] = l;
}

namespace {

void collectLocals(const Scope* scope, std::vector<Var*>& out) {
    for (Object* o : scope->elems)
        if (auto* v = o->as<Var>(); v && !v->isParam) out.push_back(v);
    for (const Scope* child : scope->children)
        if (!child->isFunc) collectLocals(child, out);  // a function literal's locals are its own
}

}  // namespace

// gc gives every name a function declares its location before walking any
// body of the batch (initFunc over fn.Dcl), sites come after: the solver's
// root order, and so which root -m=2 explains an escape from, follows that.
void Escape::predeclareLocals(EFunc* fn) {
    auto scope = info.scopes.find(fn->decl ? static_cast<const void*>(fn->decl) : fn->lit);
    if (scope == info.scopes.end()) return;
    std::vector<Var*> locals;
    collectLocals(scope->second, locals);
    std::stable_sort(locals.begin(), locals.end(), [](const Var* a, const Var* b) { return a->pos < b->pos; });
    std::vector<LoopSites> savedLoops = std::move(openLoops);  // a literal's setup may run inside a loop
    openLoops.clear();
    int savedDepth = loopDepth;
    loopDepth = 1;
    for (Var* v : locals) {
        if (v->name == "_" || varLocs.count(v)) continue;
        Location* l = newLoc(nullptr, v, false);
        l->predeclared = true;
        varLocs[v] = l;
    }
    loopDepth = savedDepth;
    openLoops = std::move(savedLoops);
}

void Escape::walkFunc(EFunc* fn) {
    setupFunc(fn);
    curFn = fn;
    loopDepth = 1;
    openLoops.clear();
    if (fn->body) block(fn->body);
    if (fn == initFunc) initializers();
}

void Escape::openLoop(const ast::Stmt* loop) { openLoops.push_back({loop, loopDepth, {}}); }

void Escape::closeLoop() {
    LoopSites done = std::move(openLoops.back());
    openLoops.pop_back();
    if (!openLoops.empty()) {
        std::vector<Location*>& outer = openLoops.back().sites;
        outer.insert(outer.end(), done.sites.begin(), done.sites.end());
    }
    closedLoops.push_back(std::move(done));
}

void Escape::decideIterationRelease() {
    if (mode != EscapeMode::Govm) return;
    for (const LoopSites& loop : closedLoops) {
        bool anyArena = loop.values, safe = !loop.blocked;
        for (const Location* l : loop.sites) {
            // Only allocations count: a variable needs a cell only when its
            // address is taken or a closure captures it.
            if (l->escapes || (!l->expr && !l->addrTaken && !l->captured)) continue;
            anyArena = true;
            if (l->lifetimeDepth < loop.bodyDepth) safe = false;
        }
        if (anyArena && safe) result.iterationLoops.insert(loop.loop);
    }
    closedLoops.clear();
}

void Escape::setupFunc(EFunc* fn) {
    if (fn->locsReady) return;
    fn->locsReady = true;
    curFn = fn;
    loopDepth = 1;
    fn->paramLocs.clear();
    fn->resultLocs.clear();
    for (Var* p : fn->params) {
        Location* l = nullptr;
        if (p && p->name != "_") {
            declare(p);
            l = varLocs[p];
            l->isParam = true;
        }
        fn->paramLocs.push_back(l);
    }
    for (size_t i = 0; i < fn->results.size(); ++i) {
        Var* r = fn->results[i];
        Location* l;
        if (r && r->name != "_") {
            declare(r);
            l = varLocs[r];
        } else {
            l = newLoc(nullptr, nullptr, false);
            l->name = "~r" + std::to_string(i);
        }
        l->resultIndex = int(i) + 1;
        fn->resultLocs.push_back(l);
    }
    predeclareLocals(fn);
}

void Escape::block(const ast::BlockStmt* b) {
    int saved = loopDepth;
    stmts(b->stmts);
    loopDepth = saved;
}

void Escape::stmts(const ast::List<ast::Stmt*>& list) {
    for (const ast::Stmt* s : list) stmt(s);
}

void Escape::stmt(const ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
    case ast::StmtKind::Decl: declStmt(static_cast<const ast::DeclStmt*>(s)); break;
    case ast::StmtKind::Labeled: {
        if (loopingLabels.count(s)) ++loopDepth;
        stmt(static_cast<const ast::LabeledStmt*>(s)->body);
        break;
    }
    case ast::StmtKind::Expr: {
        const ast::Expr* e = ast::unparen(static_cast<const ast::ExprStmt*>(s)->expr);
        if (auto* c = e->as<ast::CallExpr>()) call({}, c);
        else discard(e);
        break;
    }
    case ast::StmtKind::Send: {
        auto* send = static_cast<const ast::SendStmt*>(s);
        discard(send->channel);
        Type* ct = typeOf(send->channel);
        Type* elem = ct && under(ct)->kind == TypeKind::Chan ? static_cast<Chan*>(under(ct))->elem : nullptr;
        basePos = irgenPos(send->value, irgenPos(send->channel, s->pos));  // transformSend
        forceBasePos = true;
        exprConv(note(heapHole(), s, "send", NoteKind::Stmt), send->value, elem);
        break;
    }
    case ast::StmtKind::IncDec: {
        Hole h = addrHole(static_cast<const ast::IncDecStmt*>(s)->operand, s);
        reassignedHoles({h}, s, false);
        break;
    }
    case ast::StmtKind::Assign: assignStmt(static_cast<const ast::AssignStmt*>(s)); break;
    case ast::StmtKind::Go: goDefer(s, static_cast<const ast::GoStmt*>(s)->call, false); break;
    case ast::StmtKind::Defer:
        // A deferred call runs after the loop: keep its iterations' memory.
        for (LoopSites& loop : openLoops) loop.blocked = true;
        goDefer(s, static_cast<const ast::DeferStmt*>(s)->call, true);
        break;
    case ast::StmtKind::Return: returnStmt(static_cast<const ast::ReturnStmt*>(s)); break;
    case ast::StmtKind::Block: block(static_cast<const ast::BlockStmt*>(s)); break;
    case ast::StmtKind::If: {
        auto* i = static_cast<const ast::IfStmt*>(s);
        int saved = loopDepth;
        stmt(i->init);
        discard(i->cond);
        block(i->then);
        stmt(i->otherwise);
        loopDepth = saved;
        break;
    }
    case ast::StmtKind::Switch: {
        auto* sw = static_cast<const ast::SwitchStmt*>(s);
        int saved = loopDepth;
        stmt(sw->init);
        discard(sw->tag);
        for (auto* c : sw->clauses) {
            discards(c->values);
            int inner = loopDepth;
            stmts(c->body);
            loopDepth = inner;
        }
        loopDepth = saved;
        break;
    }
    case ast::StmtKind::TypeSwitch: {
        auto* sw = static_cast<const ast::TypeSwitchStmt*>(s);
        int saved = loopDepth;
        stmt(sw->init);
        std::vector<Hole> ks;
        for (auto* c : sw->clauses) {
            auto it = info.implicits.find(c);
            Var* v = it != info.implicits.end() && it->second ? it->second->as<Var>() : nullptr;
            if (!v) continue;
            declare(v);
            if (!hasPointers(v->type)) continue;  // as gc: no hole, so one pointer case needs no temporary
            ks.push_back(dotType(holeOf(varLocs[v]), v->type, c, "switch case", NoteKind::Stmt));
        }
        expr(teeHole(ks), sw->subject);
        for (auto* c : sw->clauses) {
            int inner = loopDepth;
            stmts(c->body);
            loopDepth = inner;
        }
        loopDepth = saved;
        break;
    }
    case ast::StmtKind::Select: {
        for (auto* c : static_cast<const ast::SelectStmt*>(s)->clauses) {
            int inner = loopDepth;
            stmt(c->comm);
            stmts(c->body);
            loopDepth = inner;
        }
        break;
    }
    case ast::StmtKind::For: {
        auto* f = static_cast<const ast::ForStmt*>(s);
        int saved = loopDepth;
        // Go 1.22: the init's variables are per iteration, declared at body depth.
        ++loopDepth;
        stmt(f->init);  // runs once, before the loop's iterations
        openLoop(s);
        // Go 1.22 copies the init's variables into each next iteration: what
        // they point to must outlive the iteration.
        if (auto* a = f->init ? f->init->as<ast::AssignStmt>() : nullptr; a && a->op == Tok::Define)
            for (const ast::Expr* e : a->lhs)
                if (auto* id = e->as<ast::Ident>())
                    if (Var* v = varOf(id); v && hasPointers(v->type)) openLoops.back().blocked = true;
        discard(f->cond);
        stmt(f->post);
        block(f->body);
        closeLoop();
        loopDepth = saved;
        break;
    }
    case ast::StmtKind::Range: rangeStmt(static_cast<const ast::RangeStmt*>(s)); break;
    default: break;
    }
}

void Escape::declStmt(const ast::DeclStmt* s) {
    const ast::GenDecl* d = s->decl;
    if (d->tok != Tok::Var) return;
    for (auto* spec : d->specs) {
        auto* vs = static_cast<const ast::ValueSpec*>(spec);
        std::vector<Hole> holes;
        for (auto* name : vs->names) {
            Var* v = varOf(name);
            if (v && name->name != "_") {
                declare(v);
                holes.push_back(holeOf(varLocs[v]));
            } else {
                holes.push_back(blankHole());
            }
        }
        if (vs->values.empty()) continue;
        if (vs->values.size() == 1 && vs->names.size() > 1) {
            const ast::Expr* rhs = ast::unparen(vs->values[0]);
            auto* c = rhs->as<ast::CallExpr>();
            if (c && autotmps.count(vs)) spreadAssign(holes, vs->names, c, autotmps[vs], c->pos, s);
            else if (c) call(holes, c);
            else expr(holes[0], rhs);
            continue;
        }
        // varDecl converts every value once all of them are built, and
        // assigns each at the declaration (its first name).
        Pos converted = irgenPos(vs->values, vs->names[0]->pos);
        for (size_t i = 0; i < vs->values.size() && i < holes.size(); ++i) {
            Var* v = varOf(vs->names[i]);
            basePos = converted;
            forceBasePos = true;
            exprConv(defineNote(holes[i], vs->names[i]->name, vs->names[0]->pos, vs->values[i]), vs->values[i],
                     v ? v->type : nullptr);
        }
    }
}

Hole Escape::addrHole(const ast::Expr* dst, const ast::Stmt*) {
    dst = ast::unparen(dst);
    if (!dst) return blankHole();
    switch (dst->kind) {
    case ast::ExprKind::Ident: {
        auto* id = static_cast<const ast::Ident*>(dst);
        if (id->name == "_") return blankHole();
        Var* v = varOf(id);
        if (v) return holeOf(locOfVar(v));
        return heapHole();  // a package variable
    }
    case ast::ExprKind::Selector: {
        auto* sel = static_cast<const ast::SelectorExpr*>(dst);
        auto it = info.selections.find(sel);
        if (it == info.selections.end()) return heapHole();
        int hops = 0;
        Type* t = it->second.recv;
        for (int idx : it->second.index) {
            Type* u = under(t);
            if (u->kind == TypeKind::Pointer) {
                ++hops;
                u = under(static_cast<Pointer*>(u)->elem);
            }
            auto* st = u->as<Struct>();
            if (!st || size_t(idx) >= st->fields.size()) break;
            t = st->fields[idx]->type;
        }
        if (hops > 0) {
            discard(sel->operand);
            return heapHole();
        }
        return addrHole(sel->operand, nullptr);
    }
    case ast::ExprKind::Index: {
        auto* ix = static_cast<const ast::IndexExpr*>(dst);
        Type* t = typeOf(ix->operand);
        Type* u = t ? under(t) : nullptr;
        if (u && u->kind == TypeKind::Array) {
            discards(ix->indices);
            return addrHole(ix->operand, nullptr);
        }
        discard(ix->operand);
        if (u && u->kind == TypeKind::Map && !ix->indices.empty()) {
            Pos saved = basePos;
            basePos = irgenPos(dst, basePos);  // transformIndex converts the key
            forceBasePos = true;
            exprConv(note(heapHole(), dst, "key of map put"), ix->indices[0], static_cast<Map*>(u)->key);
            basePos = saved;
        } else {
            discards(ix->indices);
        }
        return heapHole();
    }
    case ast::ExprKind::Star:
        discard(static_cast<const ast::StarExpr*>(dst)->operand);
        return heapHole();
    default:
        discard(dst);
        return heapHole();
    }
}

void Escape::reassignedHoles(const std::vector<Hole>& holes, const ast::Stmt*, bool) {
    for (const Hole& h : holes)
        if (h.dst && h.dst->var) h.dst->reassigned = true;
}

namespace {
bool simpleIndex(const ast::Expr* e) {
    e = ast::unparen(e);
    if (e->as<ast::Ident>() || e->as<ast::BasicLit>()) return true;
    if (auto* b = e->as<ast::BinaryExpr>()) return simpleIndex(b->left) && simpleIndex(b->right);
    return false;
}

// gc's SameSafeExpr: the same side-effect-free access path. Without
// `indexes`, only variables, fields and dereferences count (the root and
// operator path of the self-assignment rule).
bool sameSafe(const ast::Expr* a, const ast::Expr* b, bool indexes = true) {
    a = ast::unparen(a);
    b = ast::unparen(b);
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case ast::ExprKind::Ident:
        return static_cast<const ast::Ident*>(a)->name == static_cast<const ast::Ident*>(b)->name;
    case ast::ExprKind::BasicLit:
        return indexes && static_cast<const ast::BasicLit*>(a)->text == static_cast<const ast::BasicLit*>(b)->text;
    case ast::ExprKind::Selector:
        return static_cast<const ast::SelectorExpr*>(a)->selector->name ==
                   static_cast<const ast::SelectorExpr*>(b)->selector->name &&
               sameSafe(static_cast<const ast::SelectorExpr*>(a)->operand,
                        static_cast<const ast::SelectorExpr*>(b)->operand, indexes);
    case ast::ExprKind::Star:
        return sameSafe(static_cast<const ast::StarExpr*>(a)->operand, static_cast<const ast::StarExpr*>(b)->operand,
                        indexes);
    case ast::ExprKind::Index: {
        auto* x = static_cast<const ast::IndexExpr*>(a);
        auto* y = static_cast<const ast::IndexExpr*>(b);
        return indexes && x->indices.size() == 1 && y->indices.size() == 1 && sameSafe(x->operand, y->operand) &&
               sameSafe(x->indices[0], y->indices[0]);
    }
    default: return false;
    }
}
}  // namespace

// `v.x = v.y`, `a[i] = a[j]` (isSelfAssign) and `p.buf = p.buf[i:j]`:
// a value stored back into the object it came from.
bool Escape::selfAssignment(const ast::Expr* dst, const ast::Expr* src) {
    dst = ast::unparen(dst);
    src = ast::unparen(src);
    if (dst->kind == src->kind) {
        if (auto* d = dst->as<ast::SelectorExpr>()) {
            auto it = info.selections.find(d);
            if (it != info.selections.end() && it->second.kind == SelectionKind::FieldVal)
                return sameSafe(d->operand, static_cast<const ast::SelectorExpr*>(src)->operand);
        }
        if (auto* d = dst->as<ast::IndexExpr>()) {
            auto* sx = static_cast<const ast::IndexExpr*>(src);
            Type* ot = typeOf(d->operand);
            if (ot && under(ot)->kind == TypeKind::Map) return false;
            if (d->indices.size() != 1 || sx->indices.size() != 1) return false;
            if (!simpleIndex(d->indices[0]) || !simpleIndex(sx->indices[0])) return false;
            return sameSafe(d->operand, sx->operand);
        }
    }
    auto* sl = src->as<ast::SliceExpr>();
    if (!sl) return false;
    Type* ot = typeOf(sl->operand);
    if (!ot || under(ot)->kind == TypeKind::Array) return false;
    bool throughPointer = false;
    if (auto* sel = dst->as<ast::SelectorExpr>()) {
        auto it = info.selections.find(sel);
        if (it == info.selections.end() || it->second.kind != SelectionKind::FieldVal) return false;
        throughPointer = under(it->second.recv)->kind == TypeKind::Pointer;
    } else if (dst->as<ast::StarExpr>()) {
        throughPointer = true;
    }
    return throughPointer && sameSafe(dst, sl->operand, false);
}

void Escape::assignStmt(const ast::AssignStmt* s) {
    bool define = s->op == Tok::Define;
    std::vector<Hole> holes;
    for (auto* l : s->lhs) {
        auto* id = l->as<ast::Ident>();
        if (define && id && id->name != "_" && info.defs.count(id)) {
            Var* v = varOf(id);
            if (v) {
                declare(v);
                holes.push_back(holeOf(varLocs[v]));
                continue;
            }
        }
        holes.push_back(addrHole(l, s));
    }
    if (s->lhs.size() == s->rhs.size()) {
        // irgen builds the right side, then the left, then converts.
        Pos converted = irgenPos(s->lhs, irgenPos(s->rhs, s->pos));
        for (size_t i = 0; i < s->rhs.size(); ++i) {
            Hole h = holes[i];
            if (s->op == Tok::Assign && selfAssignment(s->lhs[i], s->rhs[i])) {
                if (mLevel >= 1) message(s->pos, curFn->name + " ignoring self-assignment in " + stmtText(s));
                h = blankHole();
            }
            basePos = converted;
            forceBasePos = true;
            exprConv(note(h, s, s->lhs.size() > 1 ? "assign-pair" : "assign", NoteKind::Stmt), s->rhs[i], typeOf(s->lhs[i]));
        }
    } else if (s->rhs.size() == 1) {
        const ast::Expr* rhs = ast::unparen(s->rhs[0]);
        if (auto* c = rhs->as<ast::CallExpr>()) {
            if (autotmps.count(s)) spreadAssign(holes, s->lhs, c, autotmps[s], irgenPos(s->lhs, c->pos), s);
            else call(holes, c);
        } else {
            const char* why = rhs->as<ast::TypeAssertExpr>() ? "assign-pair-dot-type"
                              : rhs->as<ast::IndexExpr>()     ? "assign-pair-mapr"
                                                              : "assign-pair-receive";
            expr(note(holes[0], s, why, NoteKind::Stmt), rhs);
        }
    }
    // Definitions do not count as reassignments; redeclared names do.
    std::vector<Hole> re;
    for (size_t i = 0; i < s->lhs.size(); ++i) {
        auto* id = s->lhs[i]->as<ast::Ident>();
        if (define && id && info.defs.count(id)) continue;
        re.push_back(holes[i]);
    }
    reassignedHoles(re, s, define);
}

// a, b = g() where a result needs a conversion: gc assigns g()'s results
// to temporaries, then converts those at `pos`.
// ".autotmp_4, .autotmp_5": the temporaries of a rewritten call, as notes print them.
std::string Escape::tempList(const std::vector<Location*>& temps) const {
    std::string out;
    for (const Location* t : temps) out += (out.empty() ? "" : ", ") + t->name;
    return out;
}

template <typename List>
void Escape::spreadAssign(const std::vector<Hole>& holes, const List& lhs, const ast::CallExpr* c, int first, Pos pos,
                          const ast::Stmt* s) {
    std::vector<Location*> temps = spreadTemps(c, first);
    auto* tuple = static_cast<Tuple*>(typeOf(c));
    // The note shows the rewritten assignment, `a, b = .autotmp_4, .autotmp_5`,
    // at the statement, or at the first name of a var declaration.
    std::string text;
    for (size_t i = 0; i < lhs.size(); ++i) text += (i ? ", " : "") + exprText(lhs[i]);
    const std::string* rewritten = &noteTexts.emplace_back(text + " = " + tempList(temps));
    Pos at = s->as<ast::AssignStmt>() ? s->pos : lhs[0]->pos;
    for (size_t i = 0; i < temps.size() && i < holes.size() && i < lhs.size(); ++i) {
        const ast::Expr* dst = lhs[i];
        auto* id = dst->as<ast::Ident>();
        Var* v = id ? varOf(id) : nullptr;
        convertTemp(note(holes[i], rewritten, "assign-pair", NoteKind::Text, at), temps[i], tuple->vars[i]->type,
                    v ? v->type : typeOf(dst), pos);
    }
}

void Escape::rangeStmt(const ast::RangeStmt* s) {
    int saved = loopDepth;
    Location* tmp = tempLoc();
    expr(holeOf(tmp), s->range);
    ++loopDepth;
    openLoop(s);
    std::vector<Hole> ks;
    for (const ast::Expr* e : {s->key, s->value}) {
        if (!e) {
            ks.push_back(blankHole());
            continue;
        }
        auto* id = e->as<ast::Ident>();
        if (s->tok == Tok::Define && id) {
            Var* v = varOf(id);
            if (v && id->name != "_") {
                declare(v);
                ks.push_back(holeOf(varLocs[v]));
            } else {
                ks.push_back(blankHole());
            }
        } else {
            ks.push_back(addrHole(e, s));
        }
    }
    Type* xt = typeOf(s->range);
    if (xt && under(xt)->kind == TypeKind::Array) flow(note(ks[1], s, "range", NoteKind::Stmt), tmp);
    else flow(deref(ks[1], s, "range-deref", NoteKind::Stmt), tmp);
    if (s->tok != Tok::Define) reassignedHoles(ks, s, false);
    else {
        for (Hole& h : ks)
            if (h.dst && h.dst->var) h.dst->reassigned = true;  // range definitions count
    }
    block(s->body);
    closeLoop();
    loopDepth = saved;
}

void Escape::returnStmt(const ast::ReturnStmt* s) {
    auto& results = curFn->resultLocs;
    // Every return assigns all results, a bare one too (gc's assignList).
    for (Location* r : results) r->reassigned = true;
    if (s->results.empty()) return;
    if (s->results.size() == 1 && results.size() > 1) {
        auto* c = ast::unparen(s->results[0])->as<ast::CallExpr>();
        auto spread = autotmps.find(s);
        if (c && spread != autotmps.end() && curFn->sig) {
            // return t1, t2 after t1, t2 := g(), converted where g() left base.Pos.
            std::vector<Location*> temps = spreadTemps(c, spread->second);
            auto* tuple = static_cast<Tuple*>(typeOf(c));
            const std::string* rewritten = &noteTexts.emplace_back("return " + tempList(temps));
            for (size_t i = 0; i < temps.size() && i < results.size(); ++i)
                convertTemp(note(holeOf(results[i]), rewritten, "return", NoteKind::Text, s->pos), temps[i],
                            tuple->vars[i]->type, curFn->sig->results->vars[i]->type, c->pos);
            return;
        }
        if (c) {
            std::vector<Hole> ks;
            for (Location* r : results) ks.push_back(note(holeOf(r), s, "return", NoteKind::Stmt));
            call(ks, c);
            return;
        }
    }
    basePos = ast::unparen(s->results[s->results.size() - 1])->pos;
    for (size_t i = 0; i < s->results.size() && i < results.size(); ++i) {
        Type* rt = curFn->sig && i < curFn->sig->results->size() ? curFn->sig->results->vars[i]->type : nullptr;
        auto tv = info.types.find(s->results[i]);
        if (tv != info.types.end() && tv->second.mode == Mode::Constant) {
            basePos = s->pos;
            forceBasePos = true;
        } else {
            setBasePos(s->results[i]);
        }
        exprConv(note(holeOf(results[i]), s, "return", NoteKind::Stmt), s->results[i], rt);
    }
}

void Escape::goDefer(const ast::Stmt* s, const ast::Expr* callExpr, bool isDefer) {
    Hole k = heapHole();
    if (isDefer && loopDepth == 1) k = laterHole(blankHole());
    auto* c = ast::unparen(callExpr)->as<ast::CallExpr>();
    if (!c) return;
    // A call of a func value without arguments and results is deferred as is.
    Type* ft = typeOf(c->callee);
    auto* sig = ft ? under(ft)->as<Signature>() : nullptr;
    bool isMethodCall = false;
    if (auto* sel = ast::unparen(c->callee)->as<ast::SelectorExpr>()) {
        auto it = info.selections.find(sel);
        isMethodCall = it != info.selections.end() && it->second.kind == SelectionKind::MethodVal;
    }
    auto tv = info.types.find(c->callee);
    bool isBuiltin = tv != info.types.end() && (tv->second.isBuiltin() || tv->second.isType());
    if (sig && !isMethodCall && !isBuiltin && sig->params->size() == 0 && sig->results->size() == 0) {
        expr(k, c->callee);
        return;
    }
    // Otherwise a wrapper closure captures the arguments, copied into
    // temporaries; the call inside it uses those.
    std::vector<WrapperCapture> captures;
    std::vector<Hole> none;
    wrapCaptures = &captures;
    call(none, c);
    wrapCaptures = nullptr;
    Location* wrapper = newLoc(nullptr, nullptr, true);
    wrapper->text = "func literal";
    wrapper->wrapper = true;
    wrapper->pos = s->pos;
    flow(addr(k, wrapper, "spill", NoteKind::Site), wrapper);
    for (const WrapperCapture& w : captures)
        captureInto(holeOf(wrapper), w.temp, w.temp, NoteKind::Temp, w.at, curFn->name, w.temp->name, w.type);
}

}  // namespace govm::escape
