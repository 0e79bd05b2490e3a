// Escape analysis: locations, holes and the solver (ESCAPE.md §1.2, §1.8).
//
// The solver is Go's walkAll: a LIFO worklist of roots; each walk is a
// Bellman-Ford pass over incoming edges computing the minimum deref count
// from every location to the root. A location whose address (derefs < 0)
// reaches a root that outlives it escapes and becomes a root itself. Every
// location changes state (escaping, non-transient) at most once, so there
// are O(N) walks.
#include "compiler/escape_impl.hpp"

namespace govm::escape {

using namespace types;

bool isInterfaceType(Type* t) { return t && under(t) && under(t)->kind == TypeKind::Interface; }

bool isStructOrArray(Type* t) {
    t = t ? under(t) : nullptr;
    return t && (t->kind == TypeKind::Struct || t->kind == TypeKind::Array);
}

bool hasPointers(Type* t) {
    t = t ? under(t) : nullptr;
    if (!t) return false;
    switch (t->kind) {
    case TypeKind::Basic: {
        auto k = static_cast<Basic*>(t)->basicKind;
        return k == BasicKind::String || k == BasicKind::UntypedString || k == BasicKind::UnsafePointer ||
               k == BasicKind::UntypedNil;
    }
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(t);
        return a->length > 0 && hasPointers(a->elem);
    }
    case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(t)->fields)
            if (hasPointers(f->type)) return true;
        return false;
    case TypeKind::Tuple:
        for (Var* v : static_cast<Tuple*>(t)->vars)
            if (hasPointers(v->type)) return true;
        return false;
    default: return true;
    }
}

bool isPointerShaped(Type* t) {
    t = t ? under(t) : nullptr;
    if (!t) return false;
    switch (t->kind) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: return true;
    case TypeKind::Basic: return static_cast<Basic*>(t)->basicKind == BasicKind::UnsafePointer;
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(t);
        return a->length == 1 && isPointerShaped(a->elem);
    }
    case TypeKind::Struct: {
        auto* s = static_cast<Struct*>(t);
        return s->fields.size() == 1 && isPointerShaped(s->fields[0]->type);
    }
    default: return false;
    }
}

void Leaks::optimize() {
    if (heap() == kNoLeak) return;
    for (int i = 0; i < kMaxResults; ++i)
        if (derefs[1 + i] != kNoLeak && derefs[1 + i] >= heap()) derefs[1 + i] = kNoLeak;
}

Location* Escape::newLoc(const ast::Expr* e, Var* v, bool transient) {
    Location& l = locs.emplace_back();
    l.expr = e;
    l.var = v;
    l.fn = curFn;
    l.loopDepth = loopDepth;
    l.lifetimeDepth = loopDepth;
    l.transient = transient;
    if (e || v) joinOpenLoop(&l);
    if (e) l.pos = e->pos;
    if (v) {
        l.pos = v->pos;
        l.name = std::string(v->name);
    }
    allLocs.push_back(&l);
    return &l;
}

// A site or variable made inside a loop belongs to the innermost one (T1f).
void Escape::joinOpenLoop(Location* l) {
    if (openLoops.empty()) return;
    openLoops.back().sites.push_back(l);
    if (l->var && isStructOrArray(l->var->type)) openLoops.back().values = true;
}

Location* Escape::tempLoc() {
    Location* l = newLoc(nullptr, nullptr, false);
    l->isTemp = true;
    l->name = "{temp}";
    return l;
}

Hole Escape::note(Hole k, const void* where, const char* why, NoteKind kind, Pos at) {
    if (mLevel >= 2 && where) {
        notes.push_back(Note{where, kind, at, why, k.notes});
        k.notes = &notes.back();
    }
    return k;
}

// The assignment `name = value` at `at` that gc makes of a var declaration.
Hole Escape::defineNote(Hole k, std::string_view name, Pos at, const ast::Expr* value) {
    k = note(k, value, "assign", NoteKind::Define, at);
    if (mLevel >= 2 && value) notes.back().lhs = name;
    return k;
}

Hole Escape::shift(Hole k, int d) const {
    k.derefs += d;
    if (k.derefs < -1) k.derefs = -1;
    return k;
}

Hole Escape::addr(Hole k, const void* where, const char* why, NoteKind kind, Pos at) {
    k = shift(note(k, where, why, kind, at), -1);
    k.addrTaken = true;
    return k;
}

Hole Escape::deref(Hole k, const void* where, const char* why, NoteKind kind) {
    return shift(note(k, where, why, kind), 1);
}

Hole Escape::dotType(Hole k, Type* t, const void* where, const char* why, NoteKind kind) {
    if (!isInterfaceType(t) && !isPointerShaped(t)) k = shift(k, 1);
    return note(k, where, why, kind);
}

Hole Escape::teeHole(const std::vector<Hole>& ks) {
    if (ks.empty()) return blankHole();
    if (ks.size() == 1) return ks[0];
    Location* t = tempLoc();
    for (const Hole& k : ks) flow(k, t);
    return holeOf(t);
}

Hole Escape::laterHole(Hole k) {
    Location* t = tempLoc();
    flow(k, t);
    return holeOf(t);
}

void Escape::flow(Hole k, Location* src) {
    if (k.addrTaken) src->addrTaken = true;
    Location* dst = k.dst;
    if (!dst || dst->isBlank) return;
    if (dst == src && k.derefs >= 0) return;
    if (dst->escapes && k.derefs < 0) {
        // gc explains every such flow, also into a location already escaping.
        if (mLevel >= 2 && src->hasNode()) {
            std::string what = src->var ? src->name : siteText(src);
            messages.emplace_back(src->pos, what + " escapes to heap:");
            explainFlow(src->pos, dst, src, k.derefs, k.notes);
        }
        src->escapes = true;
        if (src->heapReason.empty()) src->heapReason = "leaks to heap";
        return;
    }
    dst->in.push_back(Edge{src, k.derefs, k.notes});
}

bool Escape::enclosesFunc(const EFunc* outer, const EFunc* inner) const {
    for (const EFunc* f = inner ? inner->outer : nullptr; f; f = f->outer)
        if (f == outer) return true;
    return false;
}

bool Escape::outlives(const Location* l, const Location* other) const {
    if (l->escapes) return true;
    if (l->resultIndex > 0) {
        // A directly called closure returning a pointer to its enclosing frame.
        if (other->fn && l->fn && l->fn->closureCalled && enclosesFunc(other->fn, l->fn)) return false;
        return true;
    }
    if (l->fn == other->fn && l->loopDepth < other->loopDepth) return true;
    if (l->fn && other->fn && enclosesFunc(l->fn, other->fn)) return true;
    return false;
}

void Escape::leakTo(Location* param, Location* sink, int derefs) {
    if (sink->resultIndex > 0 && sink->fn == param->fn && !sink->escapes && sink->resultIndex - 1 < kMaxResults) {
        param->paramLeaks.add(sink->resultIndex, derefs);
        return;
    }
    param->paramLeaks.add(0, derefs);
}

void Escape::walkAll() {
    std::vector<Location*> todo;
    auto enqueue = [&](Location* l) {
        if (!l->queued) {
            l->queued = true;
            todo.push_back(l);
        }
    };
    for (Location* l : allLocs) enqueue(l);
    enqueue(heapLoc);
    while (!todo.empty()) {
        Location* root = todo.back();
        todo.pop_back();
        root->queued = false;
        walkOne(root, todo);
    }
}

// Why `l` escapes when its address reaches `root` (the cases of outlives()),
// in the words --stats prints.
static std::string escapeReason(const Escape& e, const Location* l, const Location* root) {
    if (root->isHeap) return "leaks to heap";
    std::string name = e.locName(root);
    if (root->escapes) return "stored in " + name + ", which is on the heap";
    if (root->resultIndex > 0) return "returned from " + (root->fn ? root->fn->name : std::string("its function"));
    if (root->fn == l->fn && root->loopDepth < l->loopDepth) return "outlives its loop iteration (stored in " + name + ")";
    return "stored in " + name + " of an enclosing function";
}

void Escape::walkOne(Location* root, std::vector<Location*>& todo) {
    auto enqueue = [&](Location* l) {
        if (!l->queued) {
            l->queued = true;
            todo.push_back(l);
        }
    };
    ++walkGen;
    root->walkGen = walkGen;
    root->derefs = 0;
    root->parent = nullptr;
    std::vector<Location*> stack{root};
    while (!stack.empty()) {
        Location* l = stack.back();
        stack.pop_back();
        int d = l->derefs;
        bool addressOf = d < 0;
        if (addressOf) {
            d = 0;
            if (!root->transient && l->transient) {
                l->transient = false;
                enqueue(l);
            }
        }
        if (outlives(root, l)) {
            if (l->isParam) {
                if (mLevel >= 2 && l->var && !l->escapes) explainEscape(l, root, d, true);
                leakTo(l, root, d);
            }
            // T1c: an append site outliving a loop iteration gets frame lifetime instead.
            bool lowered = mode == EscapeMode::Govm && l->expr && l->kind == EscapeSiteKind::Append &&
                           !root->escapes && root->resultIndex == 0 && root->fn == l->fn;
            if (lowered) l->lifetimeDepth = std::min(l->lifetimeDepth, root->lifetimeDepth);
            if (addressOf && !l->escapes && !lowered) {
                if (mLevel >= 2) explainEscape(l, root, d, false);
                l->escapes = true;
                l->heapReason = escapeReason(*this, l, root);
                enqueue(l);
                continue;
            }
        }
        for (const Edge& e : l->in) {
            if (e.src->escapes) continue;
            int nd = d + e.derefs;
            if (e.src->walkGen != walkGen || e.src->derefs > nd) {
                e.src->walkGen = walkGen;
                e.src->derefs = nd;
                e.src->parent = l;
                e.src->parentEdge = &e;
                stack.push_back(e.src);
            }
        }
    }
}

void Escape::explainEscape(Location* l, Location* root, int derefs, bool isLeak) {
    if (!l->hasNode()) return;
    Pos pos = l->pos;
    if (isLeak) {
        messages.emplace_back(pos, "parameter " + l->name + " leaks to " + locName(root) + " with derefs=" +
                                       std::to_string(derefs) + ":");
    } else {
        std::string what = l->var ? l->name : siteText(l);
        messages.emplace_back(pos, what + " escapes to heap:");
    }
    std::unordered_set<const Location*> visited;
    for (Location* cur = l; cur != root && cur->parent; cur = cur->parent) {
        // gc's explainPath stops when a path of parents loops back.
        if (!visited.insert(cur).second) {
            messages.emplace_back(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
            break;
        }
        explainFlow(pos, cur->parent, cur, cur->parentEdge->derefs, cur->parentEdge->notes);
    }
}

// One "flow: dst = src" line of an explanation and the notes of its edge.
void Escape::explainFlow(Pos pos, const Location* dst, const Location* src, int derefs, const Note* notes) {
    std::string ops = derefs < 0 ? "&" : std::string(size_t(derefs), '*');
    messages.emplace_back(pos, "  flow: " + locName(dst) + " = " + ops + locName(src) + ":");
    for (const Note* n = notes; n; n = n->next) {
        messages.emplace_back(pos, "    from " + noteText(*n) + " (" + n->why + ") at " + posText(notePos(*n)));
    }
}

std::string Escape::noteText(const Note& n) const {
    auto* l = static_cast<const Location*>(n.where);
    switch (n.kind) {
    case NoteKind::Stmt: return stmtText(static_cast<const ast::Stmt*>(n.where));
    case NoteKind::Site: return siteText(l);
    case NoteKind::Var: return std::string(static_cast<const Var*>(n.where)->name);
    case NoteKind::Temp: return l->name;
    case NoteKind::TempAssign: return l->name + " = " + l->copied;
    case NoteKind::Define: return std::string(n.lhs) + " = " + exprText(static_cast<const ast::Expr*>(n.where));
    case NoteKind::Text: return *static_cast<const std::string*>(n.where);
    case NoteKind::Expr: break;
    }
    return exprText(static_cast<const ast::Expr*>(n.where));
}

Pos Escape::notePos(const Note& n) const {
    if (n.pos.isKnown()) return n.pos;
    switch (n.kind) {
    case NoteKind::Stmt: {
        auto* s = static_cast<const ast::Stmt*>(n.where);
        auto* r = s->as<ast::RangeStmt>();
        return r ? r->keyword : s->pos;
    }
    case NoteKind::Var: return static_cast<const Var*>(n.where)->pos;
    case NoteKind::Site:
    case NoteKind::Temp:
    case NoteKind::TempAssign: return static_cast<const Location*>(n.where)->pos;
    case NoteKind::Expr:
    case NoteKind::Text:
    case NoteKind::Define: break;  // Define and Text notes always have their position
    }
    return static_cast<const ast::Expr*>(n.where)->pos;
}

}  // namespace govm::escape
