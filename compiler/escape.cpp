// Escape analysis: the driver (ESCAPE.md §1.9, §1.10, §2.1).
//
// run() collects the main package's functions and literals, orders the
// declared functions bottom-up by Tarjan SCCs over static references, and
// analyses one batch per SCC: build the graph (escape_stmt/expr/call), add
// closure captures and static heap reasons, solve (escape_solve), then
// record tags and decisions and print the -m lines.
#include "compiler/escape_impl.hpp"
#include "compiler/ffi.hpp"
#include "parser/walk.hpp"

#include <algorithm>
#include <functional>

namespace govm {

bool EscapeResult::isHeap(const void* node) const {
    auto it = index.find(node);
    return it == index.end() || sites[it->second].heap;
}

bool EscapeResult::movedToHeap(const types::Var* var) const {
    auto it = index.find(var);
    return it != index.end() && sites[it->second].heap;
}

bool EscapeResult::isBoxHeap(const ast::Expr* converted) const {
    auto it = boxIndex.find(converted);
    return it == boxIndex.end() || sites[it->second].heap;
}

bool parseEscapeMode(const std::string& text, EscapeMode& out) {
    if (text == "go") out = EscapeMode::Go;
    else if (text == "govm") out = EscapeMode::Govm;
    else if (text == "off") out = EscapeMode::Off;
    else return false;
    return true;
}

EscapeResult analyzeEscapes(const ast::File& file, const types::Program& program, EscapeMode mode, int mLevel,
                            const std::string& fileName) {
    escape::Escape esc(file, program, mode, mLevel, fileName);
    EscapeResult result = esc.run();
    result.mode = mode;
    result.packages.insert(program.mainPackage());
    if (mode == EscapeMode::Off) return result;
    // The standard library's Go bodies, for their own placement only: calls
    // into them use go1.19's summaries (escape_tags.cpp), as gc's -m output
    // does, and -m prints nothing about them.
    for (const types::Package* pkg : program.packages) {
        if (pkg == program.mainPackage() || pkg->files.size() != 1 || !pkg->files[0]->root) continue;
        escape::Escape lib(*pkg->files[0]->root, program, mode, 0, pkg->path, pkg);
        result.merge(lib.run());
        result.packages.insert(pkg);
    }
    return result;
}

void EscapeResult::merge(EscapeResult&& other) {
    size_t base = sites.size();
    for (auto& [node, at] : other.index) index[node] = base + at;
    for (auto& [node, at] : other.boxIndex) boxIndex[node] = base + at;
    for (EscapeSite& site : other.sites) sites.push_back(std::move(site));
    iterationLoops.insert(other.iterationLoops.begin(), other.iterationLoops.end());
    derefCalls.insert(other.derefCalls.begin(), other.derefCalls.end());
    tagConflicts.insert(tagConflicts.end(), other.tagConflicts.begin(), other.tagConflicts.end());
}

namespace escape {

using namespace types;

namespace {

// Calls `onExpr` for every expression under a statement, not descending
// into function literals unless `intoLits`.
struct Visitor final : ast::ChildVisitor {
    std::function<void(const ast::Expr*)> onExpr;
    bool intoLits = true;

    void expr(const ast::Expr* e) override {
        if (!e) return;
        onExpr(e);
        if (intoLits || e->kind != ast::ExprKind::FuncLit) ast::forEachChild(e, *this);
    }
    void stmt(const ast::Stmt* s) override {
        if (s) ast::forEachChild(s, *this);
    }
};

std::string funcName(const ast::FuncDecl* d, const Func* f) {
    if (!d->receiver || !f || !f->signature()->recv) return std::string(d->name->name);
    Type* rt = f->signature()->recv->type;
    bool ptr = rt->kind == TypeKind::Pointer;
    if (ptr) rt = static_cast<Pointer*>(rt)->elem;
    std::string tn = rt->kind == TypeKind::Named ? std::string(static_cast<Named*>(rt)->obj->name) : "?";
    return (ptr ? "(*" + tn + ")" : tn) + "." + std::string(d->name->name);
}

}  // namespace

Escape::Escape(const ast::File& f, const types::Program& p, EscapeMode m, int level, std::string name,
               const types::Package* pkg)
    : file(f), program(p), info(p.info), mainPkg(pkg ? pkg : p.mainPackage()), mode(m), mLevel(level),
      fileName(std::move(name)) {}

EFunc* Escape::newFunc(const ast::FuncDecl* decl, const ast::FuncLit* lit, EFunc* outer) {
    EFunc& fn = funcStore.emplace_back();
    fn.decl = decl;
    fn.lit = lit;
    fn.outer = outer;
    if (decl) {
        auto it = info.defs.find(decl->name);
        fn.obj = it != info.defs.end() && it->second ? it->second->as<Func>() : nullptr;
        fn.sig = fn.obj ? fn.obj->signature() : nullptr;
        fn.body = decl->body;
        fn.name = funcName(decl, fn.obj);
        funcs[decl] = &fn;
        if (fn.obj) funcs[fn.obj] = &fn;
    } else {
        Type* t = typeOf(lit);
        fn.sig = t ? under(t)->as<Signature>() : nullptr;
        fn.body = lit->body;
        // gc's closureName: numbered within the enclosing function,
        // "f.funcN" inside a declared function, "f.funcN.M" inside a literal.
        if (!outer) fn.name = "glob..func" + std::to_string(++globalClosures);
        else fn.name = outer->name + (outer->lit ? "." : ".func") + std::to_string(++outer->closureCount);
        funcs[lit] = &fn;
    }
    auto named = [](Var* v) { return v && !v->name.empty() ? v : nullptr; };
    if (fn.sig) {
        if (fn.sig->recv) fn.params.push_back(named(fn.sig->recv));
        for (Var* v : fn.sig->params->vars) fn.params.push_back(named(v));
        for (Var* v : fn.sig->results->vars) fn.results.push_back(named(v));
    }
    return &fn;
}

void Escape::collectFuncLits(EFunc* outer, const ast::Stmt* s) {
    Visitor v;
    v.intoLits = false;
    v.onExpr = [&](const ast::Expr* e) {
        if (auto* lit = e->as<ast::FuncLit>()) {
            EFunc* fn = newFunc(nullptr, lit, outer);
            collectFuncLits(fn, lit->body);
        }
    };
    v.stmt(s);
}

void Escape::collectFuncs() {
    for (const ast::Decl& d : file.decls) {
        if (!d.func) continue;
        EFunc* fn = newFunc(d.func, nullptr, nullptr);
        declOrder.push_back(fn);
        if (d.func->body) collectFuncLits(fn, d.func->body);
    }
    // A function literal in a package variable's initializer is a function
    // of its own (gc's glob..funcN), not a closure of init.
    for (const Initializer& init : info.initOrder) {
        if (init.lhs.empty() || init.lhs[0]->pkg != mainPkg) continue;
        Visitor v;
        v.intoLits = false;
        v.onExpr = [&](const ast::Expr* e) {
            if (auto* lit = e->as<ast::FuncLit>()) {
                EFunc* fn = newFunc(nullptr, lit, nullptr);
                declOrder.push_back(fn);
                collectFuncLits(fn, lit->body);
            }
        };
        v.expr(init.rhs);
    }
    for (EFunc& fn : funcStore) numberTemps(&fn);
    for (EFunc& fn : funcStore)
        if (fn.lit && fn.outer) collectCaptures(&fn);
}

namespace {

// The free variables of a function literal in the order, and at the
// positions, gc's irgen creates their closure variables: at the first use
// in the order it builds the body (an assignment's right side before its
// left), or at a nested literal's `func` when only that literal uses the
// variable (ir.FinishCaptureNames).
struct CaptureWalk final : ast::ChildVisitor {
    Escape& esc;
    EFunc* fn;
    std::unordered_set<const Var*> seen;
    CaptureWalk(Escape& e, EFunc* f) : esc(e), fn(f) {}

    void capture(Var* v, Pos at) {
        if (!seen.insert(v).second) return;
        auto owner = esc.funcs.find(v->owner);
        if (owner == esc.funcs.end() || owner->second == fn || esc.enclosesFunc(fn, owner->second)) return;
        fn->captures.push_back(v);
        fn->capturePos.push_back(at);
    }
    void expr(const ast::Expr* e) override {
        if (!e) return;
        if (auto* lit = e->as<ast::FuncLit>()) {
            auto inner = esc.funcs.find(lit);
            if (inner == esc.funcs.end()) return;
            esc.collectCaptures(inner->second);
            for (Var* v : inner->second->captures) capture(v, lit->pos);
            return;
        }
        if (auto* id = e->as<ast::Ident>()) {
            auto u = esc.info.uses.find(id);
            Var* v = u != esc.info.uses.end() && u->second ? u->second->as<Var>() : nullptr;
            if (v && !v->isField && v->owner) capture(v, id->pos);
            return;
        }
        ast::forEachChild(e, *this);
    }
    void stmt(const ast::Stmt* s) override {
        if (!s) return;
        if (auto* a = s->as<ast::AssignStmt>()) {
            for (const ast::Expr* r : a->rhs) expr(r);
            for (const ast::Expr* l : a->lhs) expr(l);
            return;
        }
        ast::forEachChild(s, *this);
    }
};

}  // namespace

void Escape::collectCaptures(EFunc* fn) {
    if (fn->capturesReady) return;
    fn->capturesReady = true;
    CaptureWalk walk(*this, fn);
    walk.stmt(fn->lit->body);
}

std::vector<std::vector<EFunc*>> Escape::sccs() {
    // Static references of each declared function, closures included.
    std::unordered_map<EFunc*, std::vector<EFunc*>> edges;
    for (EFunc* fn : declOrder) {
        if (!fn->body) continue;
        Visitor v;
        v.onExpr = [&](const ast::Expr* e) {
            const Object* obj = nullptr;
            if (auto* id = e->as<ast::Ident>()) {
                auto u = info.uses.find(id);
                if (u != info.uses.end()) obj = u->second;
            } else if (auto* sel = e->as<ast::SelectorExpr>()) {
                auto s = info.selections.find(sel);
                if (s != info.selections.end()) obj = s->second.obj;
            }
            auto* f = obj ? obj->as<Func>() : nullptr;
            if (!f || !f->decl) return;
            auto it = funcs.find(f->decl);
            if (it != funcs.end()) edges[fn].push_back(it->second);
        };
        v.stmt(fn->body);
    }
    // Tarjan, iteratively bounded by recursion over the call graph depth.
    std::vector<std::vector<EFunc*>> out;
    std::unordered_map<EFunc*, int> index, low;
    std::unordered_set<EFunc*> onStack;
    std::vector<EFunc*> stack;
    int counter = 0;
    std::function<void(EFunc*)> strong = [&](EFunc* v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack.insert(v);
        for (EFunc* w : edges[v]) {
            if (!index.count(w)) {
                strong(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.count(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            std::vector<EFunc*> comp;
            EFunc* w;
            do {
                w = stack.back();
                stack.pop_back();
                onStack.erase(w);
                comp.push_back(w);
            } while (w != v);
            std::reverse(comp.begin(), comp.end());  // gc's batch lists them in visiting order
            out.push_back(comp);
        }
    };
    for (EFunc* fn : declOrder)
        if (!index.count(fn)) strong(fn);
    return out;
}

void Escape::message(Pos pos, std::string text) {
    if (mLevel >= 1) messages.emplace_back(pos, std::move(text));
}

void Escape::applyStaticReasons() {
    const int64_t implicitMax = mode == EscapeMode::Go ? 64 * 1024 : 1024 * 1024;
    const int64_t varMax = mode == EscapeMode::Go ? 10 * 1024 * 1024 : 1024 * 1024;
    for (Location* l : allLocs) {
        const char* reason = nullptr;
        if (l->var && !l->isParam && l->resultIndex == 0) {
            if (sizeOf(l->var->type) > varMax) reason = "too large for stack";
        } else if (l->expr && (l->kind == EscapeSiteKind::New || l->kind == EscapeSiteKind::AddrLit)) {
            Type* t = typeOf(l->expr);
            if (t && under(t)->kind == TypeKind::Pointer && sizeOf(static_cast<Pointer*>(under(t))->elem) > implicitMax)
                reason = "too large for stack";
        } else if (l->expr && l->kind == EscapeSiteKind::SliceLit && mode == EscapeMode::Govm) {
            Type* t = typeOf(l->expr);
            auto* lit = l->expr->as<ast::CompositeLit>();
            if (t && lit && under(t)->kind == TypeKind::Slice &&
                int64_t(lit->elements.size()) * sizeOf(static_cast<Slice*>(under(t))->elem) > implicitMax)
                reason = "too large for stack";
        } else if (l->expr && l->kind == EscapeSiteKind::MakeSlice) {
            auto* c = l->expr->as<ast::CallExpr>();
            if (!c || c->args.size() < 2) continue;
            const ast::Expr* size = c->args[c->args.size() >= 3 ? 2 : 1];
            auto tv = info.types.find(size);
            Type* t = typeOf(c);
            int64_t elem = t && under(t)->kind == TypeKind::Slice ? sizeOf(static_cast<Slice*>(under(t))->elem) : 1;
            if (tv == info.types.end() || tv->second.mode != Mode::Constant || !tv->second.value) {
                if (mode == EscapeMode::Go) reason = "non-constant size";
            } else {
                auto n = tv->second.value->int64Value();
                if (!n.exact || (elem > 0 && n.value > implicitMax / elem)) reason = "too large for stack";
            }
        }
        if (reason && l->heapReason.empty()) l->heapReason = reason;
        if (!reason) continue;
        flow(l->var ? addr(heapHole(), l->var, reason, NoteKind::Var) : addr(heapHole(), l, reason, NoteKind::Site), l);
    }
}

void Escape::analyzeBatch(const std::vector<EFunc*>& fns) {
    locs.clear();
    notes.clear();
    noteTexts.clear();
    allLocs.clear();
    varLocs.clear();
    closures.clear();
    inBatch.clear();
    batchFuncs.clear();
    curFn = nullptr;
    loopDepth = 1;
    heapLoc = newLoc(nullptr, nullptr, false);
    heapLoc->isHeap = true;
    heapLoc->escapes = true;
    heapLoc->name = "{heap}";
    allLocs.pop_back();
    blankLoc = newLoc(nullptr, nullptr, false);
    blankLoc->isBlank = true;
    allLocs.pop_back();
    for (EFunc& f : funcStore) {
        for (EFunc* top = &f; top; top = top->outer)
            if (std::find(fns.begin(), fns.end(), top) != fns.end()) {
                inBatch.insert(&f);
                batchFuncs.push_back(&f);
                f.locsReady = false;
                break;
            }
    }
    for (EFunc* fn : fns)
        if (fn->body) prepass(fn->body);
    for (EFunc* fn : fns) setupFunc(fn);
    for (EFunc* fn : fns) walkFunc(fn);
    closureCaptures();
    applyStaticReasons();
    walkAll();
    finishBatch();
}

void Escape::tagFunc(EFunc* fn) {
    fn->tags.assign(fn->params.size(), Leaks());
    fn->tagged = true;
    for (size_t i = 0; i < fn->params.size(); ++i) {
        Location* l = i < fn->paramLocs.size() ? fn->paramLocs[i] : nullptr;
        if (!l) continue;
        Leaks leaks = l->paramLeaks;
        leaks.optimize();
        if (!fn->body && fn->obj) leaks = bodylessLeaks(*fn->obj, i);
        fn->tags[i] = leaks;
        Var* v = fn->params[i];
        if (!v || !hasPointers(v->type) || l->escapes) continue;
        std::string name(v->name);
        if (leaks.empty()) {
            message(v->pos, name + " does not escape");
            continue;
        }
        if (leaks.heap() == 0) message(v->pos, "leaking param: " + name);
        else if (leaks.heap() > 0) message(v->pos, "leaking param content: " + name);
        for (int r = 0; r < kMaxResults; ++r) {
            if (leaks.result(r) == kNoLeak) continue;
            std::string rname = "~r" + std::to_string(r);
            if (size_t(r) < fn->results.size() && fn->results[r]) rname = std::string(fn->results[r]->name);
            message(v->pos, "leaking param: " + name + " to result " + rname + " level=" + std::to_string(leaks.result(r)));
        }
    }
}

void Escape::finishBatch() {
    for (EFunc* fn : batchFuncs) tagFunc(fn);
    emitDecisions();
    decideIterationRelease();
}

// EscapeSite::reason of a site placed on the heap.
static std::string siteReason(const Location* l, EscapeMode mode) {
    if (mode == EscapeMode::Off || !l->escapes) return "escape analysis off";
    return l->heapReason.empty() ? "escapes to heap" : l->heapReason;
}

void Escape::emitDecisions() {
    for (Location* l : allLocs) {
        if (l->wrapper) continue;  // gc reports go/defer wrappers only in explanations
        if (!l->expr && !l->var) {
            // The box of a temporary: reported, but no node of codegen's.
            bool heap = l->escapes || mode == EscapeMode::Off;
            if (!l->text.empty()) message(l->pos, l->text + (heap ? " escapes to heap" : " does not escape"));
            continue;
        }
        if (l->var && !l->expr && l->resultIndex == 0 && !l->isParam && !l->escapes && mode != EscapeMode::Off) {
            // A frame variable: recorded (not moved), no message.
            EscapeSite site{l->var, l->pos, EscapeSiteKind::Variable, false, l->name, ""};
            result.index[l->var] = result.sites.size();
            result.sites.push_back(site);
            continue;
        }
        bool heap = l->escapes || mode == EscapeMode::Off;
        if (l->var) {
            bool moved = l->escapes || (mode == EscapeMode::Off && (l->addrTaken || l->captured));
            EscapeSite site{l->var, l->pos, EscapeSiteKind::Variable, moved, l->name, moved ? siteReason(l, mode) : ""};
            result.index[l->var] = result.sites.size();
            result.sites.push_back(site);
            if (moved) message(l->pos, "moved to heap: " + l->name);
            continue;
        }
        std::string text = siteText(l);
        EscapeSite site{l->expr, l->expr->pos, l->kind, heap, text, heap ? siteReason(l, mode) : ""};
        if (l->kind == EscapeSiteKind::IfaceBox) result.boxIndex[l->expr] = result.sites.size();
        else result.index[l->expr] = result.sites.size();
        result.sites.push_back(std::move(site));
        message(l->pos, text + (heap ? " escapes to heap" : " does not escape"));
    }
}

EscapeResult Escape::run() {
    collectFuncs();
    for (const std::vector<EFunc*>& batch : sccs()) analyzeBatch(batch);
    analyzeInitializers();  // calls only functions analysed above
    if (mLevel >= 2) explainWrappers();
    std::stable_sort(messages.begin(), messages.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [pos, text] : messages) result.lines.push_back(posText(pos) + ": " + text);
    if (mainPkg != program.mainPackage()) checkLibraryTags();
    return std::move(result);
}

namespace {

std::string leaksText(const Leaks& leaks) {
    std::string out;
    for (int slot = 0; slot <= kMaxResults; ++slot) {
        if (leaks.derefs[size_t(slot)] == kNoLeak) continue;
        if (!out.empty()) out += ",";
        out += (slot == 0 ? "h" : "r" + std::to_string(slot - 1)) + "=" + std::to_string(leaks.derefs[size_t(slot)]);
    }
    return out.empty() ? "-" : out;
}

// Whether `computed` lets a parameter reach some destination that `promised`
// does not, or with fewer dereferences (ESCAPE.md §1.9: fewer is a stronger leak).
bool leaksMore(const Leaks& computed, const Leaks& promised) {
    for (size_t slot = 0; slot < computed.derefs.size(); ++slot) {
        int c = computed.derefs[slot], p = promised.derefs[slot];
        if (c == kNoLeak) continue;
        int viaHeap = promised.heap();  // a heap leak covers any result leak at no fewer derefs
        bool covered = (p != kNoLeak && p <= c) || (viaHeap != kNoLeak && viaHeap <= c);
        if (!covered) return true;
    }
    return false;
}

}  // namespace

// Calls into the library use go1.19's tags (escape_tags.cpp), but run govm's
// Go bodies: if a body leaks a parameter further than its tag promises, a
// caller could keep in its arena what the library keeps. Records each such
// parameter (EscapeResult::tagConflicts).
void Escape::checkLibraryTags() {
    for (EFunc* fn : declOrder) {
        std::vector<Leaks> promised;
        if (!fn->obj || !fn->body || !fn->tagged || !stdlibTags(fn->obj->fullName(), promised)) continue;
        for (size_t i = 0; i < fn->tags.size() && i < promised.size(); ++i) {
            if (!fn->params[i] || !hasPointers(fn->params[i]->type) || !leaksMore(fn->tags[i], promised[i])) continue;
            result.tagConflicts.push_back(fn->obj->fullName() + " " + std::string(fn->params[i]->name) + ": leaks " + leaksText(fn->tags[i]) +
                                          ", go1.19 tag " + leaksText(promised[i]));
        }
    }
}

}  // namespace escape
}  // namespace govm
