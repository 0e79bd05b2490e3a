// Channels, select and go statements. The VM parks a goroutine inside the
// instruction that blocks and resumes it at the next one with the operation
// done (vm/chan.hpp), so a receive is one instruction into registers.
#include "compiler/codegen_impl.hpp"

namespace govm::codegen {

static Type* chanElem(Type* t) { return under(t)->as<Chan>()->elem; }

void FuncBuilder::compileSend(ast::SendStmt* s) {
    Type* elem = chanElem(typeOf(s->channel));
    OrderedScope ordered = orderOperands({{OrderPart::Operand, s->channel}, {OrderPart::Copied, s->value, elem}});
    Value ch = ownedCopy(compileExpr(s->channel));
    Value v = compileExprTyped(s->value, elem);
    emit(Opcode::CHANSEND, ch.reg, v.reg, 0);
    emitExtra(gen.typeIndex(elem));
}

// `<-ch`, and with `withOk` the `v, ok := <-ch` form: the value's registers
// followed by the ok flag.
std::vector<Value> FuncBuilder::compileRecv(ast::UnaryExpr* e, bool withOk) {
    Type* elem = chanElem(typeOf(e->operand));
    Value ch = compileExpr(e->operand);
    std::vector<SlotTag> shape = shapeOf(elem);
    int n = int(shape.size());
    if (withOk) shape.push_back(SlotTag::Scalar);
    int dest = allocate(shape);
    emit(Opcode::CHANRECV, dest, ch.reg, withOk ? 1 : 0);
    emitExtra(gen.typeIndex(elem));
    Value v{dest, n, isAggregate(elem), isAggregate(elem)};  // receives copy aggregates to the heap
    if (!withOk) return {v};
    return {v, {dest + n, 1, false}};
}

// `for v := range ch`: receive until the channel is closed and drained.
void FuncBuilder::compileRangeChan(ast::RangeStmt* s, std::string_view label, Label* brk, Label* cont) {
    Type* elem = chanElem(typeOf(s->range));
    Value ch = ownedCopy(compileExpr(s->range));
    keep(ch);
    declared.push_back({ch.reg, ch.slots});
    std::vector<SlotTag> shape = shapeOf(elem);
    int n = int(shape.size());
    shape.push_back(SlotTag::Scalar);
    int dest = allocate(shape);
    keep({dest, n + 1});
    declared.push_back({dest, n + 1});
    place(*cont);
    emit(Opcode::CHANRECV, dest, ch.reg, 1);
    emitExtra(gen.typeIndex(elem));
    emitCondJumpOnReg(dest + n, false, *brk);
    size_t mark = temps.size();
    iterationScopes.push_back(false);
    bindRangeVar(s->key, s->tok == Tok::Define, {dest, n, isAggregate(elem), isAggregate(elem)}, elem);
    releaseTempsTo(mark);
    targets.push_back({brk, cont, s, label});
    compileBlock(s->body->stmts);
    targets.pop_back();
    iterationScopes.pop_back();
    emitJump(*cont);
    place(*brk);
}

// select: every channel operand and sent value is evaluated first, in
// source order, each into a temporary of its own as gc does (ordered on its
// own, a struct or array copied); SELECT picks a case (or -1 for default)
// and the clause bodies follow as a chain of index tests.
void FuncBuilder::compileSelect(ast::SelectStmt* s, std::string_view label) {
    struct Case {
        ast::CommClause* clause;
        ast::AssignStmt* assign = nullptr;  // receive with `v[, ok] =` or `:=`
        int valueReg = -1, slots = 0;
        Type* elem = nullptr;
        uint64_t descriptor = 0;
    };
    std::vector<Case> cases;
    ast::CommClause* defaultClause = nullptr;
    auto operand = [&](ast::Expr* e, Type* t) {
        OrderedScope ordered = orderOperands({{OrderPart::Operand, e, t}});
        Value v = compileExprTyped(e, t);
        return isAggregate(t) ? copyAggregate(v, t, tempPlace()) : ownedCopy(v);
    };
    for (ast::CommClause* clause : s->clauses) {
        if (!clause->comm) {
            defaultClause = clause;
            continue;
        }
        Case c{clause};
        uint64_t flags = 0;
        int chReg;
        if (auto* send = clause->comm->as<ast::SendStmt>()) {
            c.elem = chanElem(typeOf(send->channel));
            chReg = operand(send->channel, typeOf(send->channel)).reg;
            c.valueReg = operand(send->value, c.elem).reg;
            flags = 1 | 2;
        } else {
            ast::Expr* recv = nullptr;
            if (auto* es = clause->comm->as<ast::ExprStmt>()) recv = es->expr;
            else if ((c.assign = clause->comm->as<ast::AssignStmt>())) recv = c.assign->rhs[0];
            auto* arrow = ast::unparen(recv)->as<ast::UnaryExpr>();
            c.elem = chanElem(typeOf(arrow->operand));
            chReg = operand(arrow->operand, typeOf(arrow->operand)).reg;
            std::vector<SlotTag> shape = shapeOf(c.elem);
            c.slots = int(shape.size());
            bool withOk = c.assign && c.assign->lhs.size() > 1;
            if (withOk) shape.push_back(SlotTag::Scalar);
            c.valueReg = allocate(shape);
            flags = 2 | (withOk ? 4 : 0);
        }
        c.descriptor = flags | uint64_t(chReg) << 8 | uint64_t(c.valueReg) << 16 |
                       uint64_t(gen.typeIndex(c.elem)) << 32;
        cases.push_back(c);
    }
    if (cases.size() > 255) unsupported(s->pos, "govm supports at most 255 cases in a select");
    uint32_t first = uint32_t(fn.constants.size());
    for (const Case& c : cases) {
        rt::Slot k;
        k.u = c.descriptor;
        fn.constants.push_back(k);
    }
    Basic* intType = gen.checked.universe.basic(BasicKind::Int);
    Value chosen = allocValue(intType);
    emit(Opcode::SELECT, chosen.reg, int(cases.size()), defaultClause ? 1 : 0);
    emitExtra(first);

    Label* end = newLabel();
    targets.push_back({end, nullptr, s, label});
    Value index = allocValue(intType);
    auto clauseBody = [&](ast::CommClause* clause, const Case* c) {
        size_t declaredMark = declared.size();
        if (c && c->assign) {
            Basic* boolType = gen.checked.universe.basic(BasicKind::Bool);
            Value parts[2] = {{c->valueReg, c->slots, isAggregate(c->elem), isAggregate(c->elem)}, {c->valueReg + c->slots, 1, false}};
            Type* partTypes[2] = {c->elem, boolType};
            for (size_t i = 0; i < c->assign->lhs.size(); ++i) {
                ast::Expr* lhs = ast::unparen(c->assign->lhs[i]);
                auto* id = lhs->as<ast::Ident>();
                if (c->assign->op == Tok::Define) {
                    auto def = id ? gen.info.defs.find(id) : gen.info.defs.end();
                    Var* v = def != gen.info.defs.end() && def->second ? def->second->as<Var>() : nullptr;
                    if (v) declareVar(v, convert(parts[i], partTypes[i], v->type));
                } else if (!(id && id->name == "_")) {
                    LValue lv = lvalueOf(lhs);
                    storeLValue(lv, convert(parts[i], partTypes[i], lv.type));
                }
            }
        }
        compileBlock(clause->body);
        releaseDeclaredTo(declaredMark);
        emitJump(*end);
    };
    for (size_t i = 0; i < cases.size(); ++i) {
        Label* next = newLabel();
        loadInt(index.reg, int64_t(i));
        emitBranch(Opcode::BRNE, chosen.reg, index.reg, *next);
        clauseBody(cases[i].clause, &cases[i]);
        place(*next);
    }
    if (defaultClause) clauseBody(defaultClause, nullptr);
    targets.pop_back();
    place(*end);
}

}  // namespace govm::codegen
