// Function bodies: the capture/address analysis, prologues, closures and
// the wrappers interface calls and method values need.
#include <algorithm>
#include <functional>

#include "compiler/codegen_impl.hpp"
#include "parser/walk.hpp"

namespace govm::codegen {

namespace {

// Calls `visit` on every expression under a statement or expression,
// tracking the stack of enclosing function literals.
struct Walker final : ast::ChildVisitor {
    std::function<void(const ast::Expr*, const std::vector<const void*>&)> visit;
    std::function<void(const ast::Stmt*)> visitStmt;
    std::vector<const void*> funcs;  // outermost first: the FuncDecl, then FuncLits

    void expr(const ast::Expr* e) override {
        visit(e, funcs);
        auto* lit = e->as<ast::FuncLit>();
        if (lit) funcs.push_back(lit);
        ast::forEachChild(e, *this);
        if (lit) funcs.pop_back();
    }
    void stmt(const ast::Stmt* s) override {
        visitStmt(s);
        ast::forEachChild(s, *this);
    }
};

}  // namespace

void Codegen::analyzeFunction(ast::FuncDecl* decl) {
    auto it = info.defs.find(decl->name);
    Func* f = it != info.defs.end() && it->second ? it->second->as<Func>() : nullptr;
    analyzeCaptures(decl, f ? f->signature() : nullptr, [&](ast::ChildVisitor& w) {
        if (decl->body) w.stmt(decl->body);
    });
}

// A package variable's initializer has no function of its own, but its
// function literals may capture each other's variables.
void Codegen::analyzeInitializer(ast::Expr* rhs) {
    analyzeCaptures(nullptr, nullptr, [&](ast::ChildVisitor& w) { w.expr(rhs); });
}

// Finds the variables of `root` (a FuncDecl, or null for code outside any
// function) and its closures that must live in cells (captured by
// reference, or their address taken: for a struct or array variable, also
// the address of a field or element), and each closure's captured variables
// in first-use order. `walk` runs the walker over root's code.
//
// A closure captures a variable by value, as Go does, when no code can tell
// the copy from the variable: its address is never taken and nothing assigns
// it after its declaration (a named result counts as assigned: `return x`
// does). Struct and array variables are captured through the address of
// their storage either way.
void Codegen::analyzeCaptures(const void* root, Signature* rootSig,
                              const std::function<void(ast::ChildVisitor&)>& walk) {
    Walker w;
    std::unordered_set<const Var*> captured, addressTaken, assigned;
    auto localVar = [&](const ast::Expr* e) -> Var* {
        auto* id = e->as<ast::Ident>();
        if (!id) return nullptr;
        auto it = info.uses.find(id);
        Var* v = it != info.uses.end() && it->second ? it->second->as<Var>() : nullptr;
        return v && v->owner ? v : nullptr;
    };
    auto typeOfExpr = [&](const ast::Expr* e) -> Type* {
        auto it = info.types.find(e);
        return it == info.types.end() ? nullptr : it->second.type;
    };
    // The local variable whose storage `e` is part of (x, x.f, x[i] of an
    // array x, ...): taking e's address takes that variable's.
    auto addressedVar = [&](const ast::Expr* e) -> Var* {
        for (;;) {
            e = ast::unparen(e);
            if (auto* sel = e->as<ast::SelectorExpr>()) {
                auto it = info.selections.find(sel);
                if (it == info.selections.end() || it->second.kind != SelectionKind::FieldVal || it->second.indirect)
                    return nullptr;
                e = sel->operand;
            } else if (auto* ix = e->as<ast::IndexExpr>()) {
                Type* t = typeOfExpr(ix->operand);
                if (!t || !under(t)->as<types::Array>()) return nullptr;
                e = ix->operand;
            } else {
                return localVar(e);
            }
        }
    };
    w.visit = [&](const ast::Expr* e, const std::vector<const void*>& funcs) {
        if (Var* v = localVar(e)) {
            size_t ownerDepth = 0;
            for (size_t i = 0; i < funcs.size(); ++i)
                if (funcs[i] == v->owner) ownerDepth = i;
            for (size_t i = ownerDepth + 1; i < funcs.size(); ++i) {
                auto* lit = static_cast<const ast::FuncLit*>(funcs[i]);
                auto& list = litCaptures[lit];
                if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
                captured.insert(v);
                // A closure that escapes takes the cells it captures to the heap.
                if (!escapes || escapes->isHeap(lit)) heapCells.insert(v);
            }
            return;
        }
        if (auto* lit = e->as<ast::FuncLit>()) {
            auto* sig = typeOfExpr(lit) ? typeOfExpr(lit)->as<Signature>() : nullptr;
            if (sig) assigned.insert(sig->results->vars.begin(), sig->results->vars.end());
            return;
        }
        if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == Tok::And) {
            if (Var* v = addressedVar(u->operand)) addressTaken.insert(v);
            return;
        }
        if (auto* sl = e->as<ast::SliceExpr>()) {
            Type* t = typeOfExpr(sl->operand);
            if (Var* v = t && under(t)->as<types::Array>() ? addressedVar(sl->operand) : nullptr) addressTaken.insert(v);
            return;
        }
        if (auto* sel = e->as<ast::SelectorExpr>()) {
            // x.M() or x.M with a pointer method on an addressable non-pointer x takes &x.
            auto it = info.selections.find(sel);
            if (it == info.selections.end() || it->second.kind != SelectionKind::MethodVal) return;
            Func* m = it->second.obj->as<Func>();
            Type* operand = typeOfExpr(sel->operand);
            if (m && m->signature()->recv && under(m->signature()->recv->type)->as<Pointer>() && operand &&
                !under(operand)->as<Pointer>() && !isInterface(operand) && !it->second.indirect)
                if (Var* v = addressedVar(sel->operand)) addressTaken.insert(v);
        }
    };
    // Only a plain variable operand reassigns the variable (x.f = 1 and
    // x[i] = 1 change an aggregate's storage, never copied by value).
    auto assigns = [&](const ast::Expr* e) {
        if (Var* v = e ? localVar(ast::unparen(e)) : nullptr) assigned.insert(v);
    };
    w.visitStmt = [&](const ast::Stmt* s) {
        if (auto* a = s->as<ast::AssignStmt>()) {
            // `:=` assigns the variables it redeclares (uses), not the ones it defines.
            for (const ast::Expr* e : a->lhs) assigns(e);
        } else if (auto* inc = s->as<ast::IncDecStmt>()) {
            assigns(inc->operand);
        } else if (auto* r = s->as<ast::RangeStmt>(); r && r->tok == Tok::Assign) {
            assigns(r->key);
            assigns(r->value);
        }
    };
    if (rootSig) assigned.insert(rootSig->results->vars.begin(), rootSig->results->vars.end());
    if (root) w.funcs.push_back(root);
    walk(w);

    for (const Var* v : addressTaken) boxed.insert(v);
    for (const Var* v : captured) {
        if (!addressTaken.count(v) && !assigned.count(v) && !isAggregate(v->type)) {
            byValue.insert(v);
            heapCells.erase(v);
        } else {
            boxed.insert(v);
        }
    }
}

std::vector<const Var*> FuncBuilder::capturesOf(ast::FuncLit* lit) {
    auto it = gen.litCaptures.find(lit);
    return it == gen.litCaptures.end() ? std::vector<const Var*>{} : it->second;
}

// The closure object of `f` holds its fn word, then one word per captured
// register, typed so that the GC scans exactly the pointer words.
void Codegen::setCaptures(vm::Function& f, const std::vector<std::pair<int, SlotTag>>& words) {
    Type* pointer = checked.universe.basic(BasicKind::UnsafePointer);
    std::vector<Type*> fields{pointer};
    for (auto [reg, tag] : words) {
        f.captureRegs.push_back(uint8_t(reg));
        switch (tag) {
        case SlotTag::Pointer: fields.push_back(pointer); break;
        case SlotTag::IfaceType: fields.push_back(checked.universe.emptyInterface); break;
        case SlotTag::IfaceData: break;  // the second word of the interface above
        default: fields.push_back(checked.universe.basic(BasicKind::Uint64)); break;
        }
    }
    f.closureType = out->types[structTypeFor(fields)];
}

// ---- parameters and bodies

namespace {

// Whether running `body` can change memory that a struct or array parameter
// of its function might share with the caller (see FuncBuilder::borrowParams).
// Conservative: it calls nothing but conversions and pure builtins, assigns
// only to local variables other than its aggregate parameters, takes no
// address, has no loop (a goroutine switch point), no goto, no closure, no
// go, defer, select or channel operation.
struct LeafScan final : ast::ChildVisitor {
    const Info& info;
    const std::vector<Var*>& params;
    bool leaf = true;

    LeafScan(const Info& i, const std::vector<Var*>& p) : info(i), params(p) {}

    void expr(const ast::Expr* e) override {
        if (!leaf) return;
        if (e->as<ast::FuncLit>()) leaf = false;
        if (auto* u = e->as<ast::UnaryExpr>(); u && (u->op == Tok::And || u->op == Tok::Arrow)) leaf = false;
        if (auto* call = e->as<ast::CallExpr>(); call && !pureCall(call)) leaf = false;
        ast::forEachChild(e, *this);
    }
    void stmt(const ast::Stmt* s) override {
        if (!leaf) return;
        switch (s->kind) {
            case ast::StmtKind::For:
            case ast::StmtKind::Range:
            case ast::StmtKind::Go:
            case ast::StmtKind::Defer:
            case ast::StmtKind::Select:
            case ast::StmtKind::Send: leaf = false; return;
            default: break;
        }
        if (auto* b = s->as<ast::BranchStmt>(); b && b->tok == Tok::Goto) leaf = false;
        if (auto* a = s->as<ast::AssignStmt>())
            for (ast::Expr* lhs : a->lhs) leaf = leaf && assignable(lhs);
        if (auto* inc = s->as<ast::IncDecStmt>()) leaf = leaf && assignable(inc->operand);
        ast::forEachChild(s, *this);
    }
    bool pureCall(const ast::CallExpr* call) const {
        auto t = info.types.find(ast::unparen(call->callee));
        if (t != info.types.end() && t->second.mode == Mode::TypeExpr) return true;  // a conversion
        const ast::Ident* id = ast::unparen(call->callee)->as<ast::Ident>();
        auto u = id ? info.uses.find(id) : info.uses.end();
        const Builtin* b = u != info.uses.end() && u->second ? u->second->as<Builtin>() : nullptr;
        if (!b) return false;
        switch (b->id) {
            case BuiltinId::Len:
            case BuiltinId::Cap:
            case BuiltinId::Min:
            case BuiltinId::Max:
            case BuiltinId::Real:
            case BuiltinId::Imag:
            case BuiltinId::Complex: return true;
            default: return false;
        }
    }
    // A local variable (or _), and not one of the borrowed parameters.
    bool assignable(const ast::Expr* lhs) const {
        const ast::Ident* id = ast::unparen(lhs)->as<ast::Ident>();
        if (!id) return false;
        if (id->name == "_") return true;
        const Object* obj = info.objectOf(id);
        const Var* v = obj ? obj->as<Var>() : nullptr;
        return v && v->owner && std::find(params.begin(), params.end(), v) == params.end();
    }
};

}  // namespace

// A struct or array parameter normally gets its own copy on entry, since the
// caller may pass storage that something else can change during the call (a
// global, *p, a slice element). A function that cannot change any memory and
// cannot be interrupted while it runs (LeafScan) reads the caller's storage
// directly instead: nothing can change it before the function returns, and
// every way it could keep the value (a store, a result, an interface box)
// copies. Small value-receiver methods are the common case.
bool FuncBuilder::canBorrowParams(const ast::BlockStmt* body, Signature* s) const {
    if (!body) return false;
    std::vector<Var*> params;
    if (s->recv) params.push_back(s->recv);
    for (Var* p : s->params->vars) params.push_back(p);
    LeafScan scan(gen.info, params);
    scan.stmt(body);
    return scan.leaf;
}

// Binds parameters (already in R[0:paramSlots]) to variables, boxing the
// ones that need cells and copying aggregate parameters (callee-copies).
void FuncBuilder::bindParams(Signature* s, const ast::FuncType* type, ast::FieldList* recvList) {
    (void)type;
    (void)recvList;
    std::vector<Var*> params;
    if (s->recv) params.push_back(s->recv);
    for (Var* p : s->params->vars) params.push_back(p);
    // Claim every parameter slot before anything else allocates.
    int reg = 0;
    std::vector<int> regs;
    for (Var* v : params) {
        regs.push_back(reg);
        for (SlotTag tag : shapeOf(v->type)) {
            tags.push_back(tag);
            busy.push_back(true);
            ++reg;
        }
    }
    for (size_t i = 0; i < params.size(); ++i) {
        Var* v = params[i];
        if (!v || v->name == "_" || v->name.empty()) continue;
        Value value{regs[i], slotCount(v->type), false};
        if (isAggregate(v->type)) {
            if (borrowParams && !gen.boxed.count(v)) value.fresh = true;  // adopted, not copied (canBorrowParams)
            value = copyAggregate(value, v->type, placeFor(v));
            keep(value);
            declareVar(v, value);
        } else if (gen.boxed.count(v)) {
            declareVar(v, value);
        } else {
            vars[v] = {VarLoc::Registers, value.reg, 0, v->type};
        }
    }
}

void Codegen::compileDecl(PendingFunc& p) {
    Func* f = p.func;
    vm::Function& fn = *out->functions[p.index];
    ast::FuncDecl* decl = f->decl;
    analyzeFunction(decl);
    FuncBuilder b(*this, fn, p.pkg);
    b.owner = decl;
    b.sig = f->signature();
    b.setLine(decl->pos);
    b.borrowParams = b.canBorrowParams(decl->body, b.sig);
    b.bindParams(b.sig, decl->type, decl->receiver);
    b.compileBody(decl->body);
    b.finish();
}

void Codegen::compileLit(PendingFunc& p) {
    vm::Function& fn = *out->functions[p.index];
    FuncBuilder b(*this, fn, p.pkg);
    ast::FuncLit* lit = p.lit;
    b.owner = lit;
    b.sig = info.types.at(lit).type->as<Signature>();
    b.setLine(lit->pos);
    std::vector<vm::SlotKind> kinds;
    for (Var* v : b.sig->params->vars)
        for (SlotTag tag : shapeOf(v->type)) kinds.push_back(gcKind(tag));
    fn.paramKinds = kinds;
    fn.paramSlots = uint16_t(kinds.size());
    int results = 0;
    for (Var* v : b.sig->results->vars) results += slotCount(v->type);
    fn.resultSlots = uint16_t(results);
    b.bindParams(b.sig, lit->type, nullptr);
    // Captured values and cells arrive through the closure (FuncBuilder::compileFuncLit).
    int word = 0;
    for (const Var* v : p.captures) {
        bool inCell = !byValue.count(v) && !isAggregate(v->type);
        Value held = b.allocValue(inCell ? checked.universe.basic(BasicKind::UnsafePointer) : v->type);
        b.keep(held);
        for (int i = 0; i < held.slots; ++i) b.emit(Opcode::CAPTURE, held.reg + i, word++, 0);
        b.vars[v] = {inCell ? VarLoc::Boxed : VarLoc::Registers, held.reg, 0, v->type};
    }
    b.compileBody(lit->body);
    b.finish();
}

}  // namespace govm::codegen
