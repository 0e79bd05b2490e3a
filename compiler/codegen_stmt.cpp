// Statements: declarations, assignment, control flow, return, defer.
#include "compiler/codegen_impl.hpp"
#include "parser/printer.hpp"
#include "parser/walk.hpp"

namespace govm::codegen {

namespace {

// The statements of a function body that change how it is compiled
// (function literals inside are bodies of their own).
struct BodyScan final : ast::ChildVisitor {
    bool defers = false;
    bool gotos = false;

    void expr(const ast::Expr* e) override {
        if (!e->as<ast::FuncLit>()) ast::forEachChild(e, *this);
    }
    void stmt(const ast::Stmt* s) override {
        if (s->kind == ast::StmtKind::Defer) defers = true;
        if (auto* b = s->as<ast::BranchStmt>(); b && b->tok == Tok::Goto) gotos = true;
        ast::forEachChild(s, *this);
    }
};

}  // namespace

void FuncBuilder::compileBody(ast::BlockStmt* body) {
    BodyScan scan;
    scan.stmt(body);
    hasDefer = scan.defers;
    hasGoto = scan.gotos;
    Tuple* results = sig->results;
    bool named = !results->vars.empty() && !results->vars[0]->name.empty();
    if (hasDefer || named) {
        for (Var* r : results->vars) {
            Value zero = allocValue(r->type);
            keep(zero);
            if (isAggregate(r->type)) {
                emitBx(Opcode::NEW, zero.reg, int(gen.typeIndex(r->type)));  // returned: the heap
                zero.fresh = zero.heap = true;
            } else {
                emit(Opcode::ZERO, zero.reg, zero.slots, 0);
            }
            if (!r->name.empty() && r->name != "_") {
                declareVar(r, zero);
                resultVars.push_back(vars[r]);
            } else {
                resultVars.push_back({VarLoc::Registers, zero.reg, 0, r->type});
            }
        }
    }
    if (hasDefer) epilogue = newLabel();
    compileBlock(body->stmts);
    setLine(body->rbrace);
    if (hasDefer) {
        emitJump(*epilogue);
        emitEpilogue();
    } else if (results->vars.empty() || named) {
        std::vector<Value> values;
        for (const VarLoc& loc : resultVars) values.push_back(loadVar(loc));
        emitReturnValues(values);
    } else {
        emit(Opcode::RET, 0, 0, 0);  // unreachable: the checker requires a return
    }
}

// The epilogue of a function with defers: run them, then return the result
// variables. A recovered panic resumes here too.
void FuncBuilder::emitEpilogue() {
    place(*epilogue);
    fn.recoverPc = pc();
    emit(Opcode::RUNDEFERS, 0, 0, 0);
    std::vector<Value> values;
    for (const VarLoc& loc : resultVars) values.push_back(loadVar(loc));
    emitReturnValues(values);
}

void FuncBuilder::emitReturnValues(const std::vector<Value>& values) {
    if (values.empty()) {
        emit(Opcode::RET, 0, 0, 0);
        return;
    }
    bool consecutive = true;
    int slots = values[0].slots;
    for (size_t i = 1; i < values.size(); ++i) {
        consecutive = consecutive && values[i].reg == values[0].reg + slots;
        slots += values[i].slots;
    }
    if (consecutive) {
        emit(Opcode::RET, values[0].reg, slots, 0);
        return;
    }
    std::vector<SlotTag> shape;
    for (Var* r : sig->results->vars)
        for (SlotTag t : shapeOf(r->type)) shape.push_back(t);
    int block = allocate(shape);
    int at = block;
    for (const Value& v : values) {
        move(at, v.reg, v.slots);
        at += v.slots;
    }
    emit(Opcode::RET, block, int(shape.size()), 0);
}

void FuncBuilder::compileBlock(const ast::List<ast::Stmt*>& stmts) {
    size_t declaredMark = declared.size();
    for (ast::Stmt* s : stmts) {
        size_t mark = temps.size();
        compileStmt(s);
        releaseTempsTo(mark);
    }
    // Variables of the block are dead now: their registers can be reused.
    releaseDeclaredTo(declaredMark);
}

void FuncBuilder::compileStmt(ast::Stmt* s) {
    setLine(s->pos);
    switch (s->kind) {
        case ast::StmtKind::Empty: return;
        case ast::StmtKind::Expr: {
            ast::Expr* e = ast::unparen(static_cast<ast::ExprStmt*>(s)->expr);
            OrderedScope ordered = orderOperands({{OrderPart::Operand, e}});
            if (auto* call = e->as<ast::CallExpr>()) {
                compileCall(call);
                return;
            }
            compileExpr(e);
            return;
        }
        case ast::StmtKind::Assign: compileAssign(static_cast<ast::AssignStmt*>(s)); return;
        case ast::StmtKind::IncDec: compileIncDec(static_cast<ast::IncDecStmt*>(s)); return;
        case ast::StmtKind::Decl: compileVarDecl(static_cast<ast::DeclStmt*>(s)->decl); return;
        case ast::StmtKind::Block: compileBlock(static_cast<ast::BlockStmt*>(s)->stmts); return;
        case ast::StmtKind::If: compileIf(static_cast<ast::IfStmt*>(s)); return;
        case ast::StmtKind::For: compileFor(static_cast<ast::ForStmt*>(s), {}); return;
        case ast::StmtKind::Range: compileRange(static_cast<ast::RangeStmt*>(s), {}); return;
        case ast::StmtKind::Switch: compileSwitch(static_cast<ast::SwitchStmt*>(s), {}); return;
        case ast::StmtKind::TypeSwitch: compileTypeSwitch(static_cast<ast::TypeSwitchStmt*>(s), {}); return;
        case ast::StmtKind::Return: compileReturn(static_cast<ast::ReturnStmt*>(s)); return;
        case ast::StmtKind::Branch: compileBranchStmt(static_cast<ast::BranchStmt*>(s)); return;
        case ast::StmtKind::Defer: compileDeferOrGo(static_cast<ast::DeferStmt*>(s)->call, s->pos, Opcode::DEFER); return;
        case ast::StmtKind::Go: compileDeferOrGo(static_cast<ast::GoStmt*>(s)->call, s->pos, Opcode::GO); return;
        case ast::StmtKind::Send: compileSend(static_cast<ast::SendStmt*>(s)); return;
        case ast::StmtKind::Select: compileSelect(static_cast<ast::SelectStmt*>(s), {}); return;
        case ast::StmtKind::Labeled: {
            auto* l = static_cast<ast::LabeledStmt*>(s);
            Label*& label = labels[l->label->name];
            if (!label) label = newLabel();
            place(*label);
            ast::Stmt* body = l->body;
            if (auto* f = body->as<ast::ForStmt>()) compileFor(f, l->label->name);
            else if (auto* r = body->as<ast::RangeStmt>()) compileRange(r, l->label->name);
            else if (auto* sw = body->as<ast::SwitchStmt>()) compileSwitch(sw, l->label->name);
            else if (auto* ts = body->as<ast::TypeSwitchStmt>()) compileTypeSwitch(ts, l->label->name);
            else if (auto* sel = body->as<ast::SelectStmt>()) compileSelect(sel, l->label->name);
            else compileStmt(body);
            return;
        }
        default: break;
    }
    unsupported(s->pos, "govm cannot compile this statement yet");
}

// ---- where struct and array values live (codegen.hpp, "Aggregate values")

bool FuncBuilder::valuesInArena() const { return gen.escapes && gen.escapes->mode != EscapeMode::Off; }

// A temporary: nothing keeps its storage beyond the statement (stores copy).
// Made per iteration of a loop that keeps its region, it would pile up in
// the frame's: it goes to the heap, where only the frame reaches it.
Place FuncBuilder::tempPlace() const {
    if (!valuesInArena()) return Place::Heap;
    bool released = !hasGoto && (iterationScopes.empty() || iterationScopes.back());
    return released ? Place::Arena : Place::FrameHeap;
}

// A variable's storage. The escape pass decides; in a package it did not
// analyse, a variable whose address is taken or that a closure captures
// keeps its storage on the heap.
Place FuncBuilder::placeFor(const Var* v) const {
    if (!valuesInArena() || gen.heapCells.count(v)) return Place::Heap;
    bool escapes = gen.escapes->analysed(pkg) ? gen.escapes->movedToHeap(v) : gen.boxed.count(v) != 0;
    return escapes ? Place::Heap : tempPlace();
}

// The instruction making a zeroed struct or array value at `place`; an
// arena one names its --stats site.
void FuncBuilder::emitNewValue(int reg, Type* t, Place place, int arenaSite) {
    int type = int(gen.typeIndex(t));
    switch (place) {
        case Place::Arena: emitBx(Opcode::NEWA, reg, type), emitExtra(uint32_t(arenaSite)); return;
        case Place::FrameHeap: emitBx(Opcode::NEWF, reg, type); return;
        case Place::Heap: emitBx(Opcode::NEW, reg, type); return;
    }
}

// ---- variables

void FuncBuilder::declareVar(Var* v, Value init) {
    if (!v || v->name == "_") return;
    if (isAggregate(v->type)) {
        Value storage = copyAggregate(init, v->type, placeFor(v));
        keep(storage);
        vars[v] = {VarLoc::Registers, storage.reg, 0, v->type};
        declared.push_back({storage.reg, 1});
        return;
    }
    if (gen.boxed.count(v)) {
        vars[v] = boxVar(v, init);
        return;
    }
    Value reg = init;
    if (!isTemp(init.reg) || init.reg < 0) {
        reg = allocValue(v->type);
        move(reg.reg, init.reg, reg.slots);
    }
    keep(reg);
    vars[v] = {VarLoc::Registers, reg.reg, 0, v->type};
    declared.push_back({reg.reg, reg.slots});
}

// The cell of a captured or address-taken variable: in the frame arena
// unless the escape pass moved the variable to the heap.
// govm's closures capture every variable by reference (through its cell),
// where Go copies variables it captures by value; so a cell also goes to
// the heap when a closure capturing it escapes (Codegen::heapCells).
void FuncBuilder::emitNewCell(int reg, const Var* v) {
    bool inArena = gen.escapes && gen.escapes->mode != EscapeMode::Off && gen.escapes->analysed(pkg) &&
                   !gen.escapes->movedToHeap(v) && !gen.heapCells.count(v);
    const EscapeSite* var = escapeSite(v);
    int site = inArena ? newArenaSite(v->pos, var) : -1;
    if (site < 0) heapSite(var, v->pos);
    vm::AllocSite& entry = gen.out->allocSites.back();
    entry.expr = "var " + std::string(v->name);
    if (site < 0 && gen.heapCells.count(v) && var && !var->heap) entry.reason = "captured by a closure that escapes";
    emitBx(site >= 0 ? Opcode::NEWA : Opcode::NEW, reg, int(gen.typeIndex(v->type)));
    if (site >= 0) emitExtra(uint32_t(site));
}

VarLoc FuncBuilder::boxVar(Var* v, Value init) {
    Value cell = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
    keep(cell);
    emitNewCell(cell.reg, v);
    if (init.reg >= 0) store(v->type, cell.reg, 0, init);
    declared.push_back({cell.reg, 1});
    return {VarLoc::Boxed, cell.reg, 0, v->type};
}

// Go 1.22: each iteration has its own copy of a loop variable.
void FuncBuilder::renewLoopVar(Var* v) {
    auto it = vars.find(v);
    if (it == vars.end() || it->second.kind != VarLoc::Boxed) return;
    size_t mark = temps.size();
    Value current = load(v->type, it->second.reg, 0);
    Value cell = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
    emitNewCell(cell.reg, v);
    store(v->type, cell.reg, 0, current);
    move(it->second.reg, cell.reg, 1);
    releaseTempsTo(mark);
}

Value FuncBuilder::zeroValue(Type* t, Place place) {
    Value v = allocValue(t);
    if (isAggregate(t)) {
        int site = -1;
        if (place == Place::Arena) {
            site = newArenaSite(Pos{uint32_t(line), 0});
            gen.out->allocSites.back().expr = std::string(gen.typeDesc(t)->name) + " value";
        }
        emitNewValue(v.reg, t, place, site);
        v.fresh = true;
        v.heap = place == Place::Heap;
    } else {
        emit(Opcode::ZERO, v.reg, v.slots, 0);
    }
    return v;
}

void FuncBuilder::compileVarDecl(ast::GenDecl* d) {
    if (d->tok != Tok::Var) return;
    for (ast::Spec* spec : d->specs) {
        auto* vs = static_cast<ast::ValueSpec*>(spec);
        std::vector<Var*> lhs;
        for (ast::Ident* id : vs->names) {
            auto it = gen.info.defs.find(id);
            lhs.push_back(it != gen.info.defs.end() && it->second ? it->second->as<Var>() : nullptr);
        }
        if (vs->values.empty()) {
            for (Var* v : lhs)
                if (v) declareVar(v, zeroValue(v->type, placeFor(v)));
            continue;
        }
        // gc makes `var a, b = x, y` one assignment per name, each ordered
        // on its own (noder's varDecl); `var a, b = f()` is one.
        bool perName = vs->values.size() == lhs.size();
        size_t step = perName ? 1 : lhs.size();
        for (size_t first = 0; first < lhs.size(); first += step) {
            ast::List<ast::Expr*> values = perName ? ast::List<ast::Expr*>{&vs->values[first], 1} : vs->values;
            Var** names = &lhs[first];
            auto type = [&](size_t i) { return names[i] ? names[i]->type : nullptr; };
            OrderedScope ordered = orderValues(values, step, type);
            std::vector<Value> got =
                evaluateRhs(values, step, type, [&](size_t i) { return names[i] ? placeFor(names[i]) : tempPlace(); });
            for (size_t i = 0; i < step; ++i)
                if (names[i]) declareVar(names[i], got[i]);
        }
    }
}

// Evaluates the right-hand side of an assignment or declaration into
// values converted to the targets' types (multi-value calls, comma-ok forms).
// `adoptedAt` says where an aggregate target keeps what it adopts, so a
// literal is built there directly.
std::vector<Value> FuncBuilder::evaluateRhs(const ast::List<ast::Expr*>& rhs, size_t count,
                                            const std::function<Type*(size_t)>& targetType,
                                            const std::function<Place(size_t)>& adoptedAt) {
    std::vector<Value> values;
    if (rhs.size() == 1 && count > 1) {
        ast::Expr* e = ast::unparen(rhs[0]);
        std::vector<Value> multi = compileMultiValue(e, count);
        for (size_t i = 0; i < multi.size(); ++i) {
            Type* t = targetType(i);
            values.push_back(t ? convert(multi[i], multiTypes[i], t) : multi[i]);
        }
        return values;
    }
    for (size_t i = 0; i < rhs.size(); ++i) {
        Type* t = targetType(i);
        Value v = t && adoptedAt && isAggregate(t) ? compileValueAt(rhs[i], t, adoptedAt(i))
                  : t                               ? compileExprTyped(rhs[i], t)
                                                    : compileExpr(rhs[i]);
        values.push_back(v);
    }
    return values;
}

// ---- assignment

void FuncBuilder::compileAssign(ast::AssignStmt* s) {
    if (s->op == Tok::Define) {
        compileDefine(s->lhs, s->rhs, true);
        return;
    }
    if (s->op != Tok::Assign) {
        compileOpAssign(s);
        return;
    }
    compileDefine(s->lhs, s->rhs, false);
}

void FuncBuilder::compileDefine(const ast::List<ast::Expr*>& lhs, const ast::List<ast::Expr*>& rhs, bool define) {
    OrderedScope ordered = orderAssign(lhs, rhs);
    // Single assignment to a register variable: compute straight into it.
    if (lhs.size() == 1 && rhs.size() == 1) {
        ast::Expr* target = ast::unparen(lhs[0]);
        if (auto* id = target->as<ast::Ident>()) {
            auto def = gen.info.defs.find(id);
            Var* newVar = define && def != gen.info.defs.end() && def->second ? def->second->as<Var>() : nullptr;
            if (newVar) {
                Value v = isAggregate(newVar->type) ? compileValueAt(rhs[0], newVar->type, placeFor(newVar))
                                                    : compileExprTyped(rhs[0], newVar->type);
                declareVar(newVar, v);
                return;
            }
            if (id->name == "_") {
                compileExpr(rhs[0]);
                return;
            }
            auto use = gen.info.uses.find(id);
            Var* v = use != gen.info.uses.end() && use->second ? use->second->as<Var>() : nullptr;
            if (v) {
                VarLoc loc = varLoc(v, id->pos);
                if (loc.kind == VarLoc::Registers && !isAggregate(v->type) && typeOf(rhs[0]) &&
                    identical(defaultType(typeOf(rhs[0])), v->type)) {
                    compileExprTo(rhs[0], {loc.reg, slotCount(v->type)});
                    return;
                }
            }
        }
    }
    // General case: left operands, then right values, then stores left to right.
    std::vector<LValue> targets;
    std::vector<Var*> newVars(lhs.size(), nullptr);
    for (size_t i = 0; i < lhs.size(); ++i) {
        ast::Expr* target = ast::unparen(lhs[i]);
        if (auto* id = target->as<ast::Ident>(); id && define) {
            auto def = gen.info.defs.find(id);
            if (def != gen.info.defs.end() && def->second) {
                newVars[i] = def->second->as<Var>();
                targets.push_back({});
                continue;
            }
        }
        targets.push_back(lvalueOf(target));
        if (lhs.size() > 1) pinOperands(targets.back());
    }
    std::vector<Value> values = evaluateRhs(
        rhs, lhs.size(),
        [&](size_t i) -> Type* {
            if (newVars[i]) return newVars[i]->type;
            return targets[i].kind == LValue::Blank ? nullptr : targets[i].type;
        },
        [&](size_t i) { return newVars[i] ? placeFor(newVars[i]) : tempPlace(); });
    // Values still sitting in variables' registers (or, for aggregates, in
    // their memory) must be copied before any store, or `a, b = b, a` would
    // see its own writes.
    if (lhs.size() > 1) {
        for (size_t i = 0; i < values.size(); ++i) {
            Type* t = newVars[i] ? newVars[i]->type : targets[i].type;
            if (t && isAggregate(t)) values[i] = copyAggregate(values[i], t, newVars[i] ? placeFor(newVars[i]) : tempPlace());
            else values[i] = ownedCopy(values[i]);
        }
    }
    for (size_t i = 0; i < lhs.size(); ++i) {
        if (newVars[i]) declareVar(newVars[i], values[i]);
        else storeLValue(targets[i], values[i]);
    }
}

std::vector<SlotTag> FuncBuilder::tagsAt(const Value& v) {
    std::vector<SlotTag> shape;
    for (int i = 0; i < v.slots; ++i) shape.push_back(tags[size_t(v.reg + i)]);
    return shape;
}

namespace {

// Whether evaluating `e` may run other code (a call, or a receive that lets
// other goroutines run) before it yields its value.
struct RunsCode final : ast::ChildVisitor {
    const Info& info;
    bool found = false;
    explicit RunsCode(const Info& i) : info(i) {}
    void expr(const ast::Expr* e) override {
        if (found) return;
        if (auto* call = e->as<ast::CallExpr>()) {
            auto callee = info.types.find(call->callee);
            found = callee == info.types.end() || callee->second.mode != Mode::TypeExpr;
        } else if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == Tok::Arrow) {
            found = true;
        }
        if (!e->as<ast::FuncLit>()) ast::forEachChild(e, *this);
    }
    void stmt(const ast::Stmt*) override {}
};

}  // namespace

// `x op= y` as gc compiles it: the calls in y run before x is read, and a
// map element is found once, by the assignment (mapassign), except for / and
// %, whose division by zero must panic before the assignment adds the key.
void FuncBuilder::compileOpAssign(ast::AssignStmt* s) {
    Tok op;
    switch (s->op) {
        case Tok::AddAssign: op = Tok::Add; break;
        case Tok::SubAssign: op = Tok::Sub; break;
        case Tok::MulAssign: op = Tok::Mul; break;
        case Tok::QuoAssign: op = Tok::Quo; break;
        case Tok::RemAssign: op = Tok::Rem; break;
        case Tok::AndAssign: op = Tok::And; break;
        case Tok::OrAssign: op = Tok::Or; break;
        case Tok::XorAssign: op = Tok::Xor; break;
        case Tok::ShlAssign: op = Tok::Shl; break;
        case Tok::ShrAssign: op = Tok::Shr; break;
        case Tok::AndNotAssign: op = Tok::AndNot; break;
        default: unsupported(s->pos, "unsupported assignment operator");
    }
    ast::Expr* rhs = s->rhs[0];
    OrderedScope ordered = orderOperands({{OrderPart::Location, s->lhs[0]}, {OrderPart::Operand, rhs}});
    LValue target = lvalueOf(ast::unparen(s->lhs[0]));
    bool mapInPlace = target.kind == LValue::MapElem && op != Tok::Quo && op != Tok::Rem;
    RunsCode runs(gen.info);
    runs.expr(rhs);
    bool early = runs.found || (mapInPlace && tv(rhs).mode != Mode::Constant);
    if (early) preset[rhs] = ownedCopy(compileExpr(rhs));
    if (mapInPlace) {
        Value slot = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
        emit(target.keyByAddress ? Opcode::MAPASSIGNP : Opcode::MAPASSIGN, slot.reg, target.ptr, target.index);
        emitExtra(gen.typeIndex(target.mapType));
        store(target.type, slot.reg, 0, emitBinaryOp(op, target.type, load(target.type, slot.reg, 0), rhs, -1));
    } else {
        Value current = loadLValue(target);
        Value result = emitBinaryOp(op, target.type, current, rhs,
                                    target.kind == LValue::Var && target.var.kind == VarLoc::Registers ? current.reg : -1);
        storeLValue(target, result);
    }
    if (early) preset.erase(rhs);
}

void FuncBuilder::compileIncDec(ast::IncDecStmt* s) {
    OrderedScope ordered = orderOperands({{OrderPart::Location, s->operand}});
    LValue target = lvalueOf(ast::unparen(s->operand));
    Value current = loadLValue(target);
    Type* t = target.type;
    int dest = target.kind == LValue::Var && target.var.kind == VarLoc::Registers ? current.reg : allocValue(t).reg;
    Value result{dest, 1, false};
    if (isFloat(t)) {
        double one = 1.0;
        uint64_t bits;
        std::memcpy(&bits, &one, 8);
        emit(s->op == Tok::Inc ? Opcode::ADDFK : Opcode::SUBFK, dest, current.reg, constant(bits));
    } else {
        emit(s->op == Tok::Inc ? Opcode::ADDK : Opcode::SUBK, dest, current.reg, constant(1));
    }
    normalizeInt(result, t);
    storeLValue(target, result);
}

// x op y for assignment operators, y given as an expression.
Value FuncBuilder::emitBinaryOp(Tok op, Type* t, Value x, ast::Expr* right, int dest) {
    if (isString(t) && op == Tok::Add) {
        Value y = compileExpr(right);
        Value r = dest >= 0 ? Value{dest, 2, false} : allocValue(t);
        emit(Opcode::CONCAT, r.reg, x.reg, y.reg);
        return r;
    }
    if (op == Tok::Shl || op == Tok::Shr) {
        Value y = compileExpr(right);
        if (!isUnsigned(typeOf(right))) emit(Opcode::SHIFTCHK, y.reg, 0, 0);
        Value r = dest >= 0 ? Value{dest, 1, false} : allocValue(t);
        emit(op == Tok::Shl ? Opcode::SHL : isUnsigned(t) ? Opcode::SHRU : Opcode::SHR, r.reg, x.reg, y.reg);
        return normalizeInt(r, t);
    }
    bool f = isFloat(t), u = isUnsigned(t);
    Opcode code;
    switch (op) {
        case Tok::Add: code = f ? Opcode::ADDF : Opcode::ADD; break;
        case Tok::Sub: code = f ? Opcode::SUBF : Opcode::SUB; break;
        case Tok::Mul: code = f ? Opcode::MULF : Opcode::MUL; break;
        case Tok::Quo: code = f ? Opcode::DIVF : u ? Opcode::DIVU : Opcode::DIV; break;
        case Tok::Rem: code = u ? Opcode::REMU : Opcode::REM; break;
        case Tok::And: code = Opcode::AND; break;
        case Tok::Or: code = Opcode::OR; break;
        case Tok::Xor: code = Opcode::XOR; break;
        default: code = Opcode::ANDNOT; break;
    }
    Value y = convert(compileExpr(right), typeOf(right), t);
    Value r = dest >= 0 ? Value{dest, 1, false} : allocValue(t);
    emit(code, r.reg, x.reg, y.reg);
    return normalizeInt(r, t);
}

// ---- lvalues

// Index and pointer operands on the left of a tuple assignment are
// evaluated before any store (`i, s[i] = 1, 2` stores to the old s[i]), so
// ones still in a variable's registers are copied.
void FuncBuilder::pinOperands(LValue& lv) {
    auto pin = [&](int& reg, int slots) {
        if (reg >= 0) reg = ownedCopy({reg, slots, false}).reg;
    };
    switch (lv.kind) {
        case LValue::Memory: pin(lv.ptr, 1); break;
        case LValue::SliceElem: pin(lv.ptr, 3), pin(lv.index, 1); break;
        case LValue::MapElem:
            pin(lv.ptr, 1);
            if (!lv.keyByAddress) pin(lv.index, slotCount(under(lv.mapType)->as<types::Map>()->key));
            break;
        default: break;
    }
}

LValue FuncBuilder::lvalueOf(ast::Expr* e) {
    e = ast::unparen(e);
    LValue lv;
    lv.type = typeOf(e);
    if (auto* id = e->as<ast::Ident>()) {
        if (id->name == "_") return lv;
        auto it = gen.info.uses.find(id);
        Var* v = it != gen.info.uses.end() && it->second ? it->second->as<Var>() : nullptr;
        if (!v) {
            auto def = gen.info.defs.find(id);
            v = def != gen.info.defs.end() && def->second ? def->second->as<Var>() : nullptr;
        }
        if (!v) unsupported(e->pos, "cannot assign to " + std::string(id->name));
        lv.kind = LValue::Var;
        lv.var = varLoc(v, id->pos);
        lv.type = v->type;
        return lv;
    }
    if (auto* ix = e->as<ast::IndexExpr>()) {
        Type* u = under(typeOf(ix->operand));
        if (types::Map* m = u->as<types::Map>()) {
            lv.kind = LValue::MapElem;
            lv.ptr = compileExpr(ix->operand).reg;
            Value key = compileExprTyped(ix->indices[0], m->key);
            lv.index = mapKeyOperand(key, m->key, &lv.keyByAddress);
            lv.mapType = typeOf(ix->operand);
            lv.type = m->elem;
            return lv;
        }
        if (types::Slice* sl = u->as<types::Slice>()) {
            if (!isAggregate(sl->elem)) {
                lv.kind = LValue::SliceElem;
                lv.ptr = compileExpr(ix->operand).reg;
                lv.index = compileExpr(ix->indices[0]).reg;
                lv.type = sl->elem;
                return lv;
            }
        }
    }
    lv.kind = LValue::Memory;
    if (auto* sel = e->as<ast::SelectorExpr>()) {
        auto it = gen.info.selections.find(sel);
        if (it != gen.info.selections.end() && it->second.kind == SelectionKind::FieldVal) {
            // The store checks the last pointer on the path for nil (Go's second phase).
            Type* fieldType;
            lv.ptr = fieldAddress(compileExpr(sel->operand), typeOf(sel->operand), it->second.index,
                                  it->second.index.size(), &fieldType, &lv.offset).reg;
            return lv;
        }
    }
    lv.ptr = addressOf(e);
    lv.offset = 0;
    return lv;
}

Value FuncBuilder::loadLValue(const LValue& lv) {
    switch (lv.kind) {
        case LValue::Var: return loadVar(lv.var);
        case LValue::Memory: return load(lv.type, lv.ptr, lv.offset);
        case LValue::SliceElem: {
            Value r = allocValue(lv.type);
            emitSliceGet(r.reg, lv.ptr, lv.index, lv.type);
            return r;
        }
        case LValue::MapElem: {
            Value found = allocate2Scalar();
            emit(lv.keyByAddress ? Opcode::MAPLOOKUPP : Opcode::MAPLOOKUP, found.reg, lv.ptr, lv.index);
            emitExtra(gen.typeIndex(lv.mapType));
            return load(lv.type, found.reg, 0);
        }
        case LValue::Blank: break;
    }
    unsupported(Pos{uint32_t(line), 1}, "internal error: load of blank");
}

void FuncBuilder::storeLValue(const LValue& lv, const Value& v) {
    switch (lv.kind) {
        case LValue::Blank: return;
        case LValue::Var: storeVar(lv.var, v); return;
        case LValue::Memory: store(lv.type, lv.ptr, lv.offset, v); return;
        case LValue::SliceElem: {
            emitSliceSet(lv.ptr, lv.index, v.reg, lv.type);
            return;
        }
        case LValue::MapElem: {
            Value slot = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
            emit(lv.keyByAddress ? Opcode::MAPASSIGNP : Opcode::MAPASSIGN, slot.reg, lv.ptr, lv.index);
            emitExtra(gen.typeIndex(lv.mapType));
            store(lv.type, slot.reg, 0, v);
            return;
        }
    }
}

// ---- control flow

void FuncBuilder::compileIf(ast::IfStmt* s) {
    size_t declaredMark = declared.size();
    size_t tempMark = temps.size();
    if (s->init) compileStmt(s->init);
    Label* elseLabel = newLabel();
    Label* end = newLabel();
    setLine(s->cond->pos);
    compileCondJump(s->cond, false, *elseLabel);
    // The init's and condition's temporaries are dead once the branch is
    // taken: an else-if chain must not pile them up.
    releaseTempsTo(tempMark);
    compileBlock(s->then->stmts);
    if (s->otherwise) {
        emitJump(*end);
        place(*elseLabel);
        compileStmt(s->otherwise);
    } else {
        place(*elseLabel);
    }
    place(*end);
    releaseDeclaredTo(declaredMark);
}

std::vector<Var*> FuncBuilder::definedVars(ast::Stmt* init) {
    std::vector<Var*> out;
    auto* a = init ? init->as<ast::AssignStmt>() : nullptr;
    if (!a || a->op != Tok::Define) return out;
    for (ast::Expr* e : a->lhs)
        if (auto* id = e->as<ast::Ident>()) {
            auto def = gen.info.defs.find(id);
            if (def != gen.info.defs.end() && def->second)
                if (Var* v = def->second->as<Var>()) out.push_back(v);
        }
    return out;
}

// T1f: a loop the escape pass lets release per iteration gets an arena
// region of its own, opened before the first iteration, reset at the
// back-edge (every `continue` goes there) and closed at the exit (every
// `break` goes there). A return or panic inside closes it with the frame's.
// Returns the register holding the region's mark, or -1.
int FuncBuilder::openIterationRegion(ast::Stmt* loop, const std::vector<Var*>& loopVars) {
    if (!gen.escapes || !gen.escapes->releasesPerIteration(loop)) return -1;
    for (Var* v : loopVars) {
        auto it = vars.find(v);
        // A per-iteration cell is renewed from the old one at the back-edge.
        if (it != vars.end() && it->second.kind == VarLoc::Boxed) return -1;
    }
    Value mark = allocValue(gen.checked.universe.basic(BasicKind::Int));
    keep(mark);
    declared.push_back({mark.reg, mark.slots});
    fn.usesArena = true;
    emit(Opcode::ARENAMARK, mark.reg, 0, 0);
    return mark.reg;
}

// The variable an identifier expression names, if it lives in registers.
Var* FuncBuilder::registerVar(ast::Expr* e) {
    auto* id = e ? ast::unparen(e)->as<ast::Ident>() : nullptr;
    Object* obj = id ? gen.info.objectOf(id) : nullptr;
    Var* v = obj ? obj->as<Var>() : nullptr;
    auto loc = v ? vars.find(v) : vars.end();
    return loc != vars.end() && loc->second.kind == VarLoc::Registers ? v : nullptr;
}

// A 64-bit signed register variable, or null.
Var* FuncBuilder::registerInt(ast::Expr* e) {
    Var* v = registerVar(e);
    Basic* b = v ? under(v->type)->as<Basic>() : nullptr;
    return b && (b->basicKind == BasicKind::Int || b->basicKind == BasicKind::Int64) ? v : nullptr;
}

// A register holding `value` until the enclosing loop's scope ends.
int FuncBuilder::loopConstant(int64_t value) {
    Value k = allocValue(gen.checked.universe.basic(BasicKind::Int));
    keep(k);
    declared.push_back({k.reg, 1});
    loadInt(k.reg, value);
    return k.reg;
}

// The register holding an int operand for the whole loop: a register
// variable, len of a register slice or string, or a constant loaded once.
int FuncBuilder::loopOperand(ast::Expr* e) {
    TypeAndValue x = tv(e);
    if (x.mode == Mode::Constant && x.value) return loopConstant(x.value->toInt().int64Value().value);
    if (Var* v = registerInt(e)) return vars.at(v).reg;
    auto* call = ast::unparen(e)->as<ast::CallExpr>();
    auto* callee = call && call->args.size() == 1 ? ast::unparen(call->callee)->as<ast::Ident>() : nullptr;
    Object* obj = callee ? gen.info.objectOf(callee) : nullptr;
    Builtin* builtin = obj ? obj->as<Builtin>() : nullptr;
    if (!builtin || builtin->id != BuiltinId::Len) return -1;
    Var* v = registerVar(call->args[0]);
    Type* t = v ? under(v->type) : nullptr;
    return t && (t->as<types::Slice>() || isString(t)) ? vars.at(v).reg + 1 : -1;
}

// `for ...; i < n; i++` (or `i <= n`, `i += step`) with i a register int
// and n and step loop operands (loopOperand) steps and tests in one
// FORLT/FORLE at the bottom. The loop enters at that instruction with i
// one step back (wrapping arithmetic makes that exact).
bool FuncBuilder::countedLoop(ast::ForStmt* s, CountedLoop& loop) {
    auto* cond = s->cond ? ast::unparen(s->cond)->as<ast::BinaryExpr>() : nullptr;
    if (!cond || (cond->op != Tok::Lss && cond->op != Tok::Leq) || !s->post) return false;
    Var* counter = registerInt(cond->left);
    if (!counter) return false;
    ast::Expr* step = nullptr;
    if (auto* inc = s->post->as<ast::IncDecStmt>(); inc && inc->op == Tok::Inc) {
        if (registerInt(inc->operand) != counter) return false;
    } else if (auto* a = s->post->as<ast::AssignStmt>(); a && a->op == Tok::AddAssign && a->lhs.size() == 1) {
        if (registerInt(a->lhs[0]) != counter || registerInt(a->rhs[0]) == counter) return false;
        step = a->rhs[0];
        if (tv(step).mode != Mode::Constant && !registerInt(step)) return false;
    } else {
        return false;
    }
    if (registerInt(cond->right) == counter) return false;
    int bound = loopOperand(cond->right);
    if (bound < 0) return false;
    loop.counter = vars.at(counter).reg;
    loop.bound = bound;
    loop.op = cond->op == Tok::Lss ? Opcode::FORLT : Opcode::FORLE;
    loop.step = step ? loopOperand(step) : loopConstant(1);
    return true;
}

// The bottom of a counted loop: counter += step; loop while counter < bound.
void FuncBuilder::emitCountedTest(int counter, int bound, int step, Label& body, Opcode op) {
    emit(op, counter, bound, step);
    emitJump(body);
}

void FuncBuilder::compileFor(ast::ForStmt* s, std::string_view label) {
    size_t declaredMark = declared.size();
    if (s->init) compileStmt(s->init);
    std::vector<Var*> loopVars = definedVars(s->init);
    CountedLoop counted;
    bool isCounted = countedLoop(s, counted);
    int region = openIterationRegion(s, loopVars);
    iterationScopes.push_back(region >= 0);
    Label* body = newLabel();
    Label* cont = newLabel();
    Label* cond = newLabel();
    Label* brk = newLabel();
    if (isCounted) emit(Opcode::SUB, counted.counter, counted.counter, counted.step);
    emitJump(*cond);
    place(*body);
    targets.push_back({brk, cont, s, label, region});
    compileBlock(s->body->stmts);
    targets.pop_back();
    place(*cont);
    if (region >= 0) emit(Opcode::ARENARESET, region, 0, 0);
    for (Var* v : loopVars) renewLoopVar(v);
    if (s->post && !isCounted) {
        size_t mark = temps.size();
        compileStmt(s->post);
        releaseTempsTo(mark);
    }
    place(*cond);
    if (isCounted) {
        setLine(s->cond->pos);
        emitCountedTest(counted.counter, counted.bound, counted.step, *body, counted.op);
    } else if (s->cond) {
        setLine(s->cond->pos);
        size_t mark = temps.size();
        compileCondJump(s->cond, true, *body);
        releaseTempsTo(mark);
    } else {
        emitJump(*body);
    }
    iterationScopes.pop_back();
    place(*brk);
    if (region >= 0) emit(Opcode::ARENAREL, region, 0, 0);
    releaseDeclaredTo(declaredMark);
}

void FuncBuilder::compileBranchStmt(ast::BranchStmt* s) {
    if (s->tok == Tok::Goto) {
        Label*& label = labels[s->label->name];
        if (!label) label = newLabel();
        emitJump(*label);
        return;
    }
    if (s->tok == Tok::Fallthrough) {
        if (!fallthroughTarget) unsupported(s->pos, "misplaced fallthrough");
        emitJump(*fallthroughTarget);
        return;
    }
    bool isBreak = s->tok == Tok::Break;
    int exitedRegion = -1;  // the outermost iteration region this jump leaves
    for (size_t i = targets.size(); i-- > 0;) {
        LoopTargets& t = targets[i];
        if ((s->label && t.label != s->label->name) || (!isBreak && !t.continueLabel)) {
            if (t.region >= 0) exitedRegion = t.region;
            continue;
        }
        // The target's own reset or release closes inner regions too.
        if (exitedRegion >= 0 && t.region < 0) emit(Opcode::ARENAREL, exitedRegion, 0, 0);
        emitJump(isBreak ? *t.breakLabel : *t.continueLabel);
        return;
    }
    unsupported(s->pos, "break or continue outside a loop");
}

// `return f(...)` whose results are f's own: RET straight from the
// outgoing call area (no conversion or copy runs in between).
bool FuncBuilder::returnsCallResults(ast::ReturnStmt* s) {
    if (s->results.size() != 1 || !resultVars.empty() || hasDefer) return false;
    auto* call = ast::unparen(s->results[0])->as<ast::CallExpr>();
    Type* t = call ? typeOf(call) : nullptr;
    if (!t) return false;
    std::vector<Type*> types;
    if (Tuple* tuple = t->as<Tuple>()) {
        for (Var* v : tuple->vars) types.push_back(v->type);
    } else {
        types.push_back(t);
    }
    if (types.size() != sig->results->vars.size()) return false;
    for (size_t i = 0; i < types.size(); ++i)
        if (isAggregate(types[i]) || !identical(types[i], sig->results->vars[i]->type)) return false;
    return true;
}

// `return x + y` of a one-slot result computes into R0, where the result
// goes, as `v = x + y` computes into v's register: the last instruction
// reads its operands before it writes. Nothing runs after it (no deferred
// calls, no result variables), so the parameter R0 held is dead.
bool FuncBuilder::returnsInPlace(ast::ReturnStmt* s) {
    if (s->results.size() != 1 || sig->results->vars.size() != 1 || hasDefer || !resultVars.empty()) return false;
    Type* result = sig->results->vars[0]->type;
    Type* value = typeOf(s->results[0]);
    return value && slotCount(result) == 1 && !isAggregate(result) && identical(defaultType(value), result);
}

void FuncBuilder::compileReturn(ast::ReturnStmt* s) {
    std::vector<Value> values;
    Tuple* results = sig->results;
    auto resultType = [&](size_t i) { return results->vars[i]->type; };
    OrderedScope ordered = orderValues(s->results, results->vars.size(), resultType);
    if (returnsCallResults(s)) {
        emitReturnValues(compileCall(ast::unparen(s->results[0])->as<ast::CallExpr>(), kOutBase));
        return;
    }
    if (returnsInPlace(s)) {
        compileExprTo(s->results[0], {0, 1});
        emit(Opcode::RET, 0, 1, 0);
        return;
    }
    if (!s->results.empty()) {
        values = evaluateRhs(s->results, results->vars.size(), resultType, [](size_t) { return Place::Heap; });
        for (size_t i = 0; i < values.size(); ++i)
            if (isAggregate(results->vars[i]->type)) values[i] = copyAggregate(values[i], results->vars[i]->type, Place::Heap);
    }
    if (!resultVars.empty() || hasDefer) {
        if (!values.empty()) {
            // Copy first: a result may be computed from another result variable.
            for (Value& v : values) v = ownedCopy(v);
            for (size_t i = 0; i < values.size(); ++i) storeVar(resultVars[i], values[i]);
        }
        if (hasDefer) {
            emitJump(*epilogue);
            return;
        }
        values.clear();
        for (const VarLoc& loc : resultVars) values.push_back(loadVar(loc));
    }
    emitReturnValues(values);
}

}  // namespace govm::codegen
