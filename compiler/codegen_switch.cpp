// Range loops, expression switches and type switches.
#include "compiler/codegen_impl.hpp"

namespace govm::codegen {

// Binds a range key or value: a new variable per iteration (`:=`) or an
// assignment to an existing one (`=`).
void FuncBuilder::bindRangeVar(ast::Expr* e, bool define, const Value& v, Type* t) {
    if (!e) return;
    e = ast::unparen(e);
    if (define) {
        auto* id = e->as<ast::Ident>();
        auto def = id ? gen.info.defs.find(id) : gen.info.defs.end();
        Var* var = def != gen.info.defs.end() && def->second ? def->second->as<Var>() : nullptr;
        if (!var) return;
        auto it = vars.find(var);
        if (it == vars.end()) {
            Value init = v;
            if (isAggregate(var->type)) init = copyAggregate(v, var->type, placeFor(var));
            declareVar(var, convert(init, t, var->type));
        } else if (it->second.kind == VarLoc::Boxed) {
            // A fresh cell each iteration (Go 1.22).
            Value cell = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
            emitNewCell(cell.reg, var);
            store(var->type, cell.reg, 0, convert(v, t, var->type));
            move(it->second.reg, cell.reg, 1);
        } else {
            storeVar(it->second, convert(v, t, var->type));
        }
        return;
    }
    LValue lv = lvalueOf(e);
    storeLValue(lv, convert(v, t, lv.type));
}

// Binds a range loop's key and, when `value` is given, its value. With `=`
// and both present it is the assignment `k, v = key, value`: both left
// operands are evaluated before either store, so `for i, x[i] = range y`
// indexes x with the i from before the iteration.
void FuncBuilder::bindRangeVars(ast::RangeStmt* s, bool define, const Value& key, Type* keyType, const Value* value,
                                Type* valueType) {
    if (define || !s->key || !s->value || !value) {
        bindRangeVar(s->key, define, key, keyType);
        if (value) bindRangeVar(s->value, define, *value, valueType);
        return;
    }
    LValue keyTarget = lvalueOf(ast::unparen(s->key));
    pinOperands(keyTarget);
    LValue valueTarget = lvalueOf(ast::unparen(s->value));
    pinOperands(valueTarget);
    storeLValue(keyTarget, convert(key, keyType, keyTarget.type));
    storeLValue(valueTarget, convert(*value, valueType, valueTarget.type));
}

void FuncBuilder::compileRange(ast::RangeStmt* s, std::string_view label) {
    size_t declaredMark = declared.size();
    OrderedScope ordered = orderOperands({{OrderPart::Operand, s->range}});
    Type* xt = typeOf(s->range);
    Type* u = under(xt);
    Basic* intType = gen.checked.universe.basic(BasicKind::Int);
    bool define = s->tok == Tok::Define;
    Label* body = newLabel();
    Label* cont = newLabel();
    Label* cond = newLabel();
    Label* brk = newLabel();
    auto keepTemp = [&](Value v) {
        keep(v);
        declared.push_back({v.reg, v.slots});
        return v;
    };
    auto loop = [&](const std::function<void()>& head, const std::function<void()>& step,
                    const std::function<void()>& test) {
        int region = openIterationRegion(s, {});
        iterationScopes.push_back(region >= 0);
        emitJump(*cond);
        place(*body);
        size_t mark = temps.size();
        head();
        releaseTempsTo(mark);
        targets.push_back({brk, cont, s, label, region});
        compileBlock(s->body->stmts);
        targets.pop_back();
        place(*cont);
        if (region >= 0) emit(Opcode::ARENARESET, region, 0, 0);
        step();
        place(*cond);
        test();
        iterationScopes.pop_back();
        place(*brk);
        if (region >= 0) emit(Opcode::ARENAREL, region, 0, 0);
    };
    if (Basic* b = u->as<Basic>(); b && isInteger(b)) {
        Type* counterType = isUntyped(xt) ? intType : xt;
        if (s->key) {
            auto* id = ast::unparen(s->key)->as<ast::Ident>();
            auto def = id && define ? gen.info.defs.find(id) : gen.info.defs.end();
            if (def != gen.info.defs.end() && def->second) counterType = def->second->type;
        }
        Value n = keepTemp(allocValue(counterType));
        compileExprTo(s->range, n);
        Value i = keepTemp(allocValue(counterType));
        Basic* counterBasic = under(counterType)->as<Basic>();
        if (counterBasic->basicKind == BasicKind::Int || counterBasic->basicKind == BasicKind::Int64) {
            int one = loopConstant(1);
            loadInt(i.reg, -1);  // FORLT steps first
            loop([&] { bindRangeVar(s->key, define, i, counterType); }, [] {},
                 [&] { emitCountedTest(i.reg, n.reg, one, *body); });
        } else {
            loadInt(i.reg, 0);
            loop([&] { bindRangeVar(s->key, define, i, counterType); },
                 [&] { emit(Opcode::ADDK, i.reg, i.reg, constant(1)); },
                 [&] { emitBranch(Opcode::BRLT, i.reg, n.reg, *body); });
        }
    } else if (isString(u)) {
        Value str = keepTemp(allocValue(xt));
        compileExprTo(s->range, str);
        Value i = keepTemp(allocValue(intType));
        Value next = keepTemp(allocValue(intType));
        loadInt(next.reg, 0);
        Basic* runeType = gen.checked.universe.basic(BasicKind::Int32);
        loop(
            [&] {
                move(i.reg, next.reg, 1);
                int pair = allocate({SlotTag::Scalar, SlotTag::Scalar});
                emit(Opcode::STRNEXT, pair, str.reg, i.reg);
                move(next.reg, pair + 1, 1);
                Value r{pair, 1, false};
                bindRangeVars(s, define, i, intType, &r, runeType);
            },
            [] {}, [&] { emitBranch(Opcode::BRLT, next.reg, str.reg + 1, *body); });
    } else if (u->as<Chan>()) {
        compileRangeChan(s, label, brk, cont);
    } else if (types::Map* m = u->as<types::Map>()) {
        Value mv = compileExpr(s->range);
        Value it = keepTemp(allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer)));
        // The iterator never outlives the loop: with escape analysis on, it
        // lives in the frame arena.
        if (gen.escapes && gen.escapes->mode != EscapeMode::Off) {
            emit(Opcode::MAPITERA, it.reg, mv.reg, 0);
            emitExtra(uint32_t(newArenaSite(s->pos)));
        } else {
            emit(Opcode::MAPITER, it.reg, mv.reg, 0);
        }
        int kv = allocate({SlotTag::Pointer, SlotTag::Pointer});
        keep({kv, 2});
        declared.push_back({kv, 2});
        int region = openIterationRegion(s, {});
        iterationScopes.push_back(region >= 0);
        // MAPNEXT sits at the top: it takes its JMP when done. With an
        // iteration region, `continue` resets it on its way back up.
        if (region < 0) place(*cont);
        place(*cond);
        emit(Opcode::MAPNEXT, kv, it.reg, 0);
        emitJump(*brk);
        size_t mark = temps.size();
        if (s->key) {
            Value key = load(m->key, kv, 0);
            Value elem = s->value ? load(m->elem, kv + 1, 0) : Value{};
            bindRangeVars(s, define, key, m->key, s->value ? &elem : nullptr, m->elem);
        }
        releaseTempsTo(mark);
        targets.push_back({brk, cont, s, label, region});
        compileBlock(s->body->stmts);
        targets.pop_back();
        if (region >= 0) {
            place(*cont);
            emit(Opcode::ARENARESET, region, 0, 0);
        }
        emitJump(*cond);
        iterationScopes.pop_back();
        place(*brk);
        if (region >= 0) emit(Opcode::ARENAREL, region, 0, 0);
        place(*body);
    } else {
        // Slices, arrays and pointers to arrays. A blank value is no value:
        // `for i, _ := range p` never reads *p, so p may be nil.
        auto* valueId = s->value ? ast::unparen(s->value)->as<ast::Ident>() : nullptr;
        bool wantValue = s->value && !(valueId && valueId->name == "_");
        Type* elem;
        Value x;
        Value len = keepTemp(allocValue(intType));
        bool isSlice = u->as<types::Slice>() != nullptr;
        Type* arrayType = nullptr;
        if (isSlice) {
            elem = u->as<types::Slice>()->elem;
            x = keepTemp(allocValue(xt));
            compileExprTo(s->range, x);
            move(len.reg, x.reg + 1, 1);
        } else {
            arrayType = u->as<Pointer>() ? u->as<Pointer>()->elem : xt;
            auto* a = under(arrayType)->as<types::Array>();
            elem = a->elem;
            x = compileExpr(s->range);
            // Ranging over an array value ranges over a copy of it.
            if (wantValue && !u->as<Pointer>()) x = copyAggregate(x, arrayType, tempPlace());
            x = keepTemp(ownedCopy(x));  // the loop ends by releasing it: never a variable's register
            loadInt(len.reg, a->length);
        }
        Value i = keepTemp(allocValue(intType));
        int one = loopConstant(1);
        loadInt(i.reg, -1);  // FORLT steps first
        loop(
            [&] {
                if (!wantValue) {
                    bindRangeVar(s->key, define, i, intType);
                    return;
                }
                Value v;
                if (isSlice) {
                    v = allocValue(elem);
                    if (isAggregate(elem)) {
                        emit(Opcode::SLICEADDR, v.reg, x.reg, i.reg);
                        emitExtra(gen.typeIndex(elem));
                    } else {
                        emitSliceGet(v.reg, x.reg, i.reg, elem);
                    }
                } else {
                    Value addr = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
                    emit(Opcode::INDEXADDR, addr.reg, x.reg, i.reg);
                    emitExtra(gen.typeIndex(arrayType));
                    v = load(elem, addr.reg, 0);
                }
                bindRangeVars(s, define, i, intType, &v, elem);
            },
            [] {}, [&] { emitCountedTest(i.reg, len.reg, one, *body); });
    }
    releaseDeclaredTo(declaredMark);
}

void FuncBuilder::compileSwitch(ast::SwitchStmt* s, std::string_view label) {
    size_t declaredMark = declared.size();
    if (s->init) compileStmt(s->init);
    Value tag;
    Type* tagType = nullptr;
    if (s->tag) {
        tagType = typeOf(s->tag);
        OrderedScope ordered = orderOperands({{OrderPart::Operand, s->tag}});
        Value v = compileExpr(s->tag);
        tag = allocValue(defaultType(tagType));
        move(tag.reg, v.reg, tag.slots);
        keep(tag);
        declared.push_back({tag.reg, tag.slots});
        tagType = defaultType(tagType);
    }
    Label* end = newLabel();
    std::vector<Label*> bodies;
    ast::CaseClause* defaultClause = nullptr;
    size_t defaultIndex = 0;
    for (size_t c = 0; c < s->clauses.size(); ++c) {
        ast::CaseClause* clause = s->clauses[c];
        bodies.push_back(newLabel());
        if (clause->isDefault) {
            defaultClause = clause;
            defaultIndex = c;
            continue;
        }
        for (ast::Expr* value : clause->values) {
            size_t mark = temps.size();
            setLine(value->pos);
            if (s->tag) {
                Type* vt = typeOf(value);
                OrderedScope ordered = orderOperands({{OrderPart::Operand, value, isInterface(tagType) ? tagType : nullptr}});
                Value v = compileExpr(value);
                Value eq = compileComparison(Tok::Eql, tagType, tag, v, tagType, vt);
                emitCondJumpOnReg(eq.reg, true, *bodies[c]);
            } else {
                compileCondJump(value, true, *bodies[c]);
            }
            releaseTempsTo(mark);
        }
    }
    if (defaultClause) emitJump(*bodies[defaultIndex]);
    else emitJump(*end);
    for (size_t c = 0; c < s->clauses.size(); ++c) {
        place(*bodies[c]);
        Label* savedFallthrough = fallthroughTarget;
        fallthroughTarget = c + 1 < bodies.size() ? bodies[c + 1] : end;
        targets.push_back({end, nullptr, s, label});
        compileBlock(s->clauses[c]->body);
        targets.pop_back();
        fallthroughTarget = savedFallthrough;
        bool fallsThrough = false;
        if (!s->clauses[c]->body.empty())
            if (auto* br = s->clauses[c]->body[s->clauses[c]->body.size() - 1]->as<ast::BranchStmt>())
                fallsThrough = br->tok == Tok::Fallthrough;
        if (!fallsThrough) emitJump(*end);
    }
    place(*end);
    releaseDeclaredTo(declaredMark);
}

void FuncBuilder::compileTypeSwitch(ast::TypeSwitchStmt* s, std::string_view label) {
    size_t declaredMark = declared.size();
    if (s->init) compileStmt(s->init);
    auto* assert = ast::unparen(s->subject)->as<ast::TypeAssertExpr>();
    ast::Expr* operand = assert ? assert->operand : s->subject;
    Type* subjectType = typeOf(operand);
    OrderedScope ordered = orderOperands({{OrderPart::Operand, operand}});
    Value v = compileExpr(operand);
    Value subject = allocValue(subjectType);
    move(subject.reg, v.reg, 2);
    keep(subject);
    declared.push_back({subject.reg, 2});
    Label* end = newLabel();
    std::vector<Label*> bodies;
    int defaultIndex = -1;
    Basic* boolType = gen.checked.universe.basic(BasicKind::Bool);
    for (size_t c = 0; c < s->clauses.size(); ++c) {
        ast::CaseClause* clause = s->clauses[c];
        bodies.push_back(newLabel());
        if (clause->isDefault) {
            defaultIndex = int(c);
            continue;
        }
        for (ast::Expr* typeExpr : clause->values) {
            size_t mark = temps.size();
            Value r = allocValue(boolType);
            TypeAndValue t = tv(typeExpr);
            emit(Opcode::TYPEIS, r.reg, subject.reg, 0);
            emitExtra(t.mode == Mode::TypeExpr ? gen.typeIndex(t.type) : UINT32_MAX);
            emitCondJumpOnReg(r.reg, true, *bodies[c]);
            releaseTempsTo(mark);
        }
    }
    if (defaultIndex >= 0) emitJump(*bodies[size_t(defaultIndex)]);
    else emitJump(*end);
    for (size_t c = 0; c < s->clauses.size(); ++c) {
        ast::CaseClause* clause = s->clauses[c];
        place(*bodies[c]);
        size_t clauseMark = declared.size();
        auto implicit = gen.info.implicits.find(clause);
        if (implicit != gen.info.implicits.end() && implicit->second) {
            Var* bound = implicit->second->as<Var>();
            Type* t = bound->type;
            Value value;
            if (isInterface(t)) {
                value = allocValue(t);
                move(value.reg, subject.reg, 2);
            } else {
                value = allocValue(t);
                emit(Opcode::IFACEDATA, value.reg, subject.reg, 0);
                emitExtra(gen.typeIndex(t));
                if (isAggregate(t)) value = copyAggregate(value, t, placeFor(bound));
            }
            declareVar(bound, value);
        }
        targets.push_back({end, nullptr, s, label});
        compileBlock(clause->body);
        targets.pop_back();
        releaseDeclaredTo(clauseMark);
        emitJump(*end);
    }
    place(*end);
    releaseDeclaredTo(declaredMark);
}

}  // namespace govm::codegen
