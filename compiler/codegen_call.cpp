// Calls: functions, methods, interface methods, closures, builtins,
// conversions, defer, and the wrappers interface dispatch needs.
#include "compiler/codegen_impl.hpp"
#include "parser/printer.hpp"
#include "vm/builtin_natives.hpp"

namespace govm::codegen {

std::vector<Value> FuncBuilder::compileMulti(ast::Expr* e) {
    e = ast::unparen(e);
    if (auto* call = e->as<ast::CallExpr>()) return compileCall(call);
    return {compileExpr(e)};
}

std::vector<Value> FuncBuilder::compileMultiValue(ast::Expr* e, size_t count) {
    multiTypes.clear();
    if (auto* call = e->as<ast::CallExpr>()) {
        std::vector<Value> values = compileCall(call);
        Type* t = typeOf(call);
        if (Tuple* tuple = t ? t->as<Tuple>() : nullptr)
            for (Var* v : tuple->vars) multiTypes.push_back(v->type);
        return values;
    }
    Basic* boolType = gen.checked.universe.basic(BasicKind::Bool);
    if (auto* assert = e->as<ast::TypeAssertExpr>()) {
        Value v = compileTypeAssert(assert, true);
        multiTypes = {typeOf(assert->type), boolType};
        return {v, {lastMapOk, 1, false}};
    }
    if (auto* ix = e->as<ast::IndexExpr>()) {
        Value v = compileIndex(ix);
        multiTypes = {typeOf(e), boolType};
        return {v, {lastMapOk, 1, false}};
    }
    (void)count;
    unsupported(e->pos, "govm cannot compile this multi-value expression yet");
}

// A callee that is a declared function, if any.
static Func* staticCallee(const Info& info, ast::Expr* callee) {
    callee = ast::unparen(callee);
    ast::Ident* id = callee->as<ast::Ident>();
    if (auto* sel = callee->as<ast::SelectorExpr>()) {
        if (info.selections.count(sel)) return nullptr;
        id = sel->selector;
    }
    if (!id) return nullptr;
    auto it = info.uses.find(id);
    return it != info.uses.end() && it->second ? it->second->as<Func>() : nullptr;
}

// Whether evaluating `e` can reach a safepoint or a call (which would
// overwrite the outgoing call area).
static bool isSimple(const Info& info, ast::Expr* e) {
    auto it = info.types.find(e);
    if (it != info.types.end() && it->second.mode == Mode::Constant) return !isString(it->second.type);
    switch (e->kind) {
        case ast::ExprKind::Ident: return true;
        case ast::ExprKind::Paren: return isSimple(info, static_cast<ast::ParenExpr*>(e)->inner);
        case ast::ExprKind::Binary: {
            auto* b = static_cast<ast::BinaryExpr*>(e);
            if (it != info.types.end() && isString(it->second.type)) return false;
            if (b->op == Tok::AndAnd || b->op == Tok::OrOr) return false;
            return isSimple(info, b->left) && isSimple(info, b->right);
        }
        case ast::ExprKind::Unary: {
            auto* u = static_cast<ast::UnaryExpr*>(e);
            return u->op != Tok::And && u->op != Tok::Arrow && isSimple(info, u->operand);
        }
        default: return false;
    }
}

// Evaluates call arguments (packing variadic ones) in declaration order.
std::vector<std::pair<Value, Type*>> FuncBuilder::evaluateArgs(ast::CallExpr* call, Signature* s) {
    std::vector<std::pair<Value, Type*>> args;
    auto& params = s->params->vars;
    size_t fixed = s->variadic ? params.size() - 1 : params.size();
    std::vector<std::pair<Value, Type*>> raw;
    if (call->args.size() == 1 && params.size() > 1) {
        std::vector<Value> multi = compileMultiValue(ast::unparen(call->args[0]), params.size());
        for (size_t i = 0; i < multi.size(); ++i) raw.push_back({multi[i], multiTypes[i]});
    } else if (call->args.size() == 1 && s->variadic && !call->hasEllipsis && typeOf(call->args[0]) &&
               typeOf(call->args[0])->as<Tuple>()) {
        std::vector<Value> multi = compileMultiValue(ast::unparen(call->args[0]), 2);
        for (size_t i = 0; i < multi.size(); ++i) raw.push_back({multi[i], multiTypes[i]});
    } else {
        for (ast::Expr* a : call->args) {
            Value v = ownedCopy(compileExpr(a));  // a variable: later arguments may change it
            raw.push_back({v, typeOf(a)});
        }
    }
    for (size_t i = 0; i < fixed && i < raw.size(); ++i)
        args.push_back({convert(raw[i].first, raw[i].second, params[i]->type), params[i]->type});
    if (s->variadic) {
        Type* sliceType = params.back()->type;
        if (call->hasEllipsis) {
            args.push_back({convert(raw.back().first, raw.back().second, sliceType), sliceType});
        } else {
            Type* elem = under(sliceType)->as<types::Slice>()->elem;
            int64_t n = int64_t(raw.size()) - int64_t(fixed);
            Value slice = allocValue(sliceType);
            if (n <= 0) {
                emit(Opcode::ZERO, slice.reg, 3, 0);
            } else {
                loadInt(slice.reg + 1, n);
                emit(Opcode::MAKESLICE, slice.reg, slice.reg + 1, slice.reg + 1);
                emitExtra(gen.typeIndex(elem));
                Basic* intType = gen.checked.universe.basic(BasicKind::Int);
                for (int64_t k = 0; k < n; ++k) {
                    auto& [v, t] = raw[size_t(fixed + size_t(k))];
                    Value converted = convert(v, t, elem);
                    Value index = allocValue(intType);
                    loadInt(index.reg, k);
                    emit(Opcode::SLICESET, slice.reg, index.reg, converted.reg);
                    emitExtra(gen.typeIndex(elem));
                }
            }
            args.push_back({slice, sliceType});
        }
    }
    return args;
}

void FuncBuilder::placeArgs(const std::vector<Value>& args, int firstOut) {
    int at = firstOut;
    for (const Value& v : args) {
        move(kOutBase + at, v.reg, v.slots);
        at += v.slots;
    }
}

std::vector<Value> FuncBuilder::emitCallResults(Signature* s) {
    std::vector<Value> results;
    int at = 0;
    for (Var* r : s->results->vars) {
        Value v = allocValue(r->type);
        move(v.reg, kOutBase + at, v.slots);
        if (isAggregate(r->type)) v.fresh = true;
        at += v.slots;
        results.push_back(v);
    }
    return results;
}

std::vector<Value> FuncBuilder::compileCall(ast::CallExpr* call) {
    setLine(call->pos);
    TypeAndValue callee = tv(call->callee);
    if (callee.mode == Mode::TypeExpr) return {compileConversion(call, callee.type)};
    if (callee.mode == Mode::Builtin) {
        ast::Expr* c = ast::unparen(call->callee);
        ast::Ident* id = c->as<ast::Ident>();
        auto it = gen.info.uses.find(id);
        return compileBuiltinCall(call, it->second->as<Builtin>()->id);
    }
    CallPlan plan = planCall(call);
    std::vector<Value> args;
    for (auto& [v, t] : plan.args) args.push_back(v);
    emitPlannedCall(plan, args);
    return emitCallResults(plan.sig);
}

// Evaluates what a call needs before the call instruction: the callee
// (closure, receiver or interface) and the arguments.
CallPlan FuncBuilder::planCall(ast::CallExpr* call) {
    CallPlan plan;
    ast::Expr* c = ast::unparen(call->callee);
    if (auto* sel = c->as<ast::SelectorExpr>()) {
        auto it = gen.info.selections.find(sel);
        if (it != gen.info.selections.end() && it->second.kind == SelectionKind::MethodVal) {
            Func* method = it->second.obj->as<Func>();
            plan.sig = method->signature();
            Type* recvType = typeOf(sel->operand);
            if (isInterface(recvType) && it->second.index.size() == 1) {
                Value iface = compileExpr(sel->operand);
                plan.kind = CallPlan::Interface;
                plan.iface = iface;
                plan.methodName = method->name;
                plan.args = evaluateArgs(call, plan.sig);
                return plan;
            }
            plan.kind = CallPlan::Static;
            plan.function = gen.functionFor(method);
            plan.receiver = receiverFor(sel, it->second, method);
            plan.hasReceiver = true;
            plan.args = evaluateArgs(call, plan.sig);
            return plan;
        }
    }
    if (Func* f = staticCallee(gen.info, c)) {
        plan.kind = CallPlan::Static;
        plan.function = gen.functionFor(f);
        plan.sig = f->signature();
        plan.args = evaluateArgs(call, plan.sig);
        return plan;
    }
    plan.kind = CallPlan::Closure;
    plan.sig = under(typeOf(c))->as<Signature>();
    plan.closure = compileExpr(c);
    plan.args = evaluateArgs(call, plan.sig);
    return plan;
}

void FuncBuilder::emitPlannedCall(const CallPlan& plan, const std::vector<Value>& args) {
    int at = 0;
    if (plan.kind == CallPlan::Interface) {
        move(kOutBase, plan.iface.reg + 1, 1);
        at = 1;
    } else if (plan.hasReceiver) {
        move(kOutBase, plan.receiver.reg, plan.receiver.slots);
        at = plan.receiver.slots;
    }
    placeArgs(args, at);
    switch (plan.kind) {
        case CallPlan::Static: emitBx(Opcode::CALL, 0, int(plan.function)); break;
        case CallPlan::Closure: emit(Opcode::CALLCL, plan.closure.reg, 0, 0); break;
        case CallPlan::Interface:
            emitBx(Opcode::CALLI, plan.iface.reg, int(gen.methodNameIndex(plan.methodName)));
            break;
    }
}

// The receiver of a statically dispatched method call, in the form the
// method takes: a pointer for pointer methods, the value otherwise.
Value FuncBuilder::receiverFor(ast::SelectorExpr* sel, const Selection& s, Func* method) {
    Type* recvParam = method->signature()->recv->type;
    bool wantsPointer = under(recvParam)->as<Pointer>() != nullptr;
    Type* t = typeOf(sel->operand);
    size_t pathLen = s.index.size() - 1;
    Value base;
    if (pathLen == 0) {
        bool havePointer = under(t)->as<Pointer>() != nullptr;
        if (wantsPointer && !havePointer) {
            if (isAggregate(t)) return compileExpr(sel->operand);
            return {addressOf(sel->operand), 1, false};
        }
        base = compileExpr(sel->operand);
        if (!wantsPointer && havePointer) {
            Type* elem = under(t)->as<Pointer>()->elem;
            if (isAggregate(elem)) {
                emit(Opcode::NILCHK, base.reg, 0, 0);
                return base;
            }
            return load(elem, base.reg, 0);
        }
        return base;
    }
    Value addrBase = isAggregate(t) || under(t)->as<Pointer>() ? compileExpr(sel->operand)
                                                                : Value{addressOf(sel->operand), 1, false};
    Type* fieldType;
    Value addr = fieldAddress(addrBase, t, s.index, pathLen, &fieldType);
    // addr is the address of the embedded field, whose type is fieldType.
    if (Pointer* p = under(fieldType)->as<Pointer>()) {
        Value ptr = load(fieldType, addr.reg, 0);
        if (wantsPointer) return ptr;
        if (isAggregate(p->elem)) return ptr;
        return load(p->elem, ptr.reg, 0);
    }
    if (wantsPointer || isAggregate(fieldType)) return addr;
    return load(fieldType, addr.reg, 0);
}

Value FuncBuilder::compileConversion(ast::CallExpr* call, Type* to) {
    ast::Expr* arg = call->args[0];
    Value v = compileExpr(arg);
    return convert(v, typeOf(arg), to);
}

Value FuncBuilder::methodValue(ast::SelectorExpr* e) {
    unsupported(e->pos, "method values are not supported by govm yet");
}

// ---- builtins

std::vector<Value> FuncBuilder::compileBuiltinCall(ast::CallExpr* call, BuiltinId id) {
    Basic* intType = gen.checked.universe.basic(BasicKind::Int);
    auto arg = [&](size_t i) { return call->args[i]; };
    switch (id) {
        case BuiltinId::Len:
        case BuiltinId::Cap: {
            Type* t = under(typeOf(arg(0)));
            if (Pointer* p = t->as<Pointer>()) t = under(p->elem);
            Value r = allocValue(intType);
            if (auto* a = t->as<types::Array>()) {
                compileExpr(arg(0));
                loadInt(r.reg, a->length);
                return {r};
            }
            Value x = compileExpr(arg(0));
            if (t->as<types::Map>()) emit(Opcode::MAPLEN, r.reg, x.reg, 0);
            else move(r.reg, x.reg + (id == BuiltinId::Cap ? 2 : 1), 1);
            return {r};
        }
        case BuiltinId::Append: return {compileAppend(call)};
        case BuiltinId::Make: return {compileMake(call)};
        case BuiltinId::New: {
            Type* t = typeOf(call);
            Value r = allocValue(t);
            emitBx(Opcode::NEW, r.reg, int(gen.typeIndex(under(t)->as<Pointer>()->elem)));
            return {r};
        }
        case BuiltinId::Delete: {
            types::Map* m = under(typeOf(arg(0)))->as<types::Map>();
            Value mv = compileExpr(arg(0));
            Value key = compileExprTyped(arg(1), m->key);
            bool byAddress;
            int keyReg = mapKeyOperand(key, m->key, &byAddress);
            emit(Opcode::MAPDELETE, mv.reg, keyReg, byAddress ? 1 : 0);
            emitExtra(gen.typeIndex(typeOf(arg(0))));
            return {};
        }
        case BuiltinId::Copy: {
            Value dst = compileExpr(arg(0));
            Value src = compileExpr(arg(1));
            Type* elem = under(typeOf(arg(0)))->as<types::Slice>()->elem;
            Value r = allocValue(intType);
            emit(Opcode::COPY, r.reg, dst.reg, src.reg);
            emitExtra(gen.typeIndex(elem) | (isString(typeOf(arg(1))) ? 1u << 31 : 0));
            return {r};
        }
        case BuiltinId::Panic: {
            Type* any = gen.checked.universe.emptyInterface;
            Value v = convert(compileExpr(arg(0)), typeOf(arg(0)), any);
            emit(Opcode::PANIC, v.reg, 0, 0);
            return {};
        }
        case BuiltinId::Recover: {
            Value r = allocValue(gen.checked.universe.emptyInterface);
            emit(Opcode::RECOVER, r.reg, 0, 0);
            return {r};
        }
        case BuiltinId::Print:
        case BuiltinId::Println: emitPrint(call, id == BuiltinId::Println); return {};
        case BuiltinId::Min:
        case BuiltinId::Max: return {compileMinMax(call, id == BuiltinId::Min)};
        case BuiltinId::Clear: {
            Type* t = under(typeOf(arg(0)));
            Value x = compileExpr(arg(0));
            if (t->as<types::Map>()) {
                emit(Opcode::MAPCLEAR, x.reg, 0, 0);
            } else {
                emit(Opcode::CLEARSL, x.reg, 0, 0);
                emitExtra(gen.typeIndex(t->as<types::Slice>()->elem));
            }
            return {};
        }
        default: break;
    }
    unsupported(call->pos, "govm does not support this builtin yet: " + exprString(call->callee));
}

Value FuncBuilder::compileAppend(ast::CallExpr* call) {
    Type* t = typeOf(call);
    Type* elem = under(t)->as<types::Slice>()->elem;
    Value s = allocValue(t);
    compileExprTo(call->args[0], s);
    if (call->hasEllipsis) {
        Value other = compileExpr(call->args[1]);
        emit(Opcode::APPENDSL, s.reg, other.reg, isString(typeOf(call->args[1])) ? 1 : 0);
        emitExtra(gen.typeIndex(elem));
        return s;
    }
    size_t n = call->args.size() - 1;
    if (n == 0) return s;
    std::vector<Value> values;
    for (size_t i = 1; i <= n; ++i) {
        values.push_back(ownedCopy(compileExprTyped(call->args[i], elem)));
    }
    if (n > 255) unsupported(call->pos, "too many arguments to append");
    emit(Opcode::APPEND, s.reg, int(n), 0);
    emitExtra(gen.typeIndex(elem));
    Basic* intType = gen.checked.universe.basic(BasicKind::Int);
    Value index = allocValue(intType);
    for (size_t i = 0; i < n; ++i) {
        emit(Opcode::SUBK, index.reg, s.reg + 1, constant(uint64_t(n - i)));
        emit(Opcode::SLICESET, s.reg, index.reg, values[i].reg);
        emitExtra(gen.typeIndex(elem));
    }
    return s;
}

Value FuncBuilder::compileMake(ast::CallExpr* call) {
    Type* t = typeOf(call->args[0]);
    Type* u = under(t);
    Basic* intType = gen.checked.universe.basic(BasicKind::Int);
    if (auto* sl = u->as<types::Slice>()) {
        Value s = allocValue(t);
        compileExprTo(call->args[1], {s.reg + 1, 1});
        if (call->args.size() > 2) compileExprTo(call->args[2], {s.reg + 2, 1});
        else move(s.reg + 2, s.reg + 1, 1);
        emit(Opcode::MAKESLICE, s.reg, s.reg + 1, s.reg + 2);
        emitExtra(gen.typeIndex(sl->elem));
        return s;
    }
    if (u->as<types::Map>()) {
        Value m = allocValue(t);
        Value hintValue = allocValue(intType);
        if (call->args.size() > 1) compileExprTo(call->args[1], hintValue);
        else loadInt(hintValue.reg, 0);
        emit(Opcode::MAKEMAP, m.reg, hintValue.reg, 0);
        emitExtra(gen.typeIndex(t));
        return m;
    }
    unsupported(call->pos, "channels are not supported by govm yet");
}

Value FuncBuilder::compileMinMax(ast::CallExpr* call, bool isMin) {
    Type* t = typeOf(call);
    Value acc = allocValue(t);
    compileExprTo(call->args[0], acc);
    acc = convert(acc, typeOf(call->args[0]), t);
    for (size_t i = 1; i < call->args.size(); ++i) {
        Value v = convert(compileExpr(call->args[i]), typeOf(call->args[i]), t);
        if (isString(t)) {
            Value less = allocValue(gen.checked.universe.basic(BasicKind::Bool));
            emit(Opcode::LTSTR, less.reg, isMin ? v.reg : acc.reg, isMin ? acc.reg : v.reg);
            Label* skip = newLabel();
            emitCondJumpOnReg(less.reg, false, *skip);
            move(acc.reg, v.reg, 2);
            place(*skip);
            continue;
        }
        Opcode op = isFloat(t) ? (isMin ? Opcode::MINF : Opcode::MAXF)
                    : isUnsigned(t) ? (isMin ? Opcode::MINU : Opcode::MAXU) : (isMin ? Opcode::MINI : Opcode::MAXI);
        emit(op, acc.reg, acc.reg, v.reg);
    }
    return acc;
}

void FuncBuilder::emitPrint(ast::CallExpr* call, bool newline) {
    auto callPrint = [&](vm::PrintKind kind, const Value* v, std::vector<vm::SlotKind> kinds) {
        uint32_t index = gen.printFunction(kind, kinds);
        if (v) move(kOutBase, v->reg, v->slots);
        emitBx(Opcode::CALL, 0, int(index));
    };
    for (size_t i = 0; i < call->args.size(); ++i) {
        if (newline && i > 0) callPrint(vm::PrintKind::Space, nullptr, {});
        ast::Expr* a = call->args[i];
        Type* t = defaultType(typeOf(a));
        Value v = compileExpr(a);
        Type* u = under(t);
        if (isBoolean(u)) callPrint(vm::PrintKind::Bool, &v, {vm::SlotKind::Scalar});
        else if (isFloat(u)) callPrint(vm::PrintKind::Float, &v, {vm::SlotKind::Scalar});
        else if (isUnsigned(u)) callPrint(vm::PrintKind::Uint, &v, {vm::SlotKind::Scalar});
        else if (isInteger(u)) callPrint(vm::PrintKind::Int, &v, {vm::SlotKind::Scalar});
        else if (isString(u)) callPrint(vm::PrintKind::String, &v, {vm::SlotKind::Pointer, vm::SlotKind::Scalar});
        else if (u->as<types::Interface>()) callPrint(vm::PrintKind::Iface, &v, {vm::SlotKind::Scalar, vm::SlotKind::Scalar});
        else if (u->as<types::Slice>())
            callPrint(vm::PrintKind::Slice, &v, {vm::SlotKind::Pointer, vm::SlotKind::Scalar, vm::SlotKind::Scalar});
        else callPrint(vm::PrintKind::Pointer, &v, {vm::SlotKind::Pointer});
    }
    if (newline) callPrint(vm::PrintKind::Newline, nullptr, {});
}

uint32_t Codegen::printFunction(vm::PrintKind kind, const std::vector<vm::SlotKind>& kinds) {
    auto it = printFunctions.find(int(kind));
    if (it != printFunctions.end()) return it->second;
    uint32_t index = newFunction(vm::printNativeName(kind), nullptr, 0);
    vm::Function& fn = *out->functions[index];
    fn.native = vm::printNative(kind);
    fn.paramKinds = kinds;
    fn.paramSlots = uint16_t(kinds.size());
    fn.frameSize = fn.paramSlots;
    printFunctions[int(kind)] = index;
    return index;
}

// ---- defer

// `defer f(args)` evaluates f and the arguments now: they go into a box
// that a thunk closure captures; the thunk makes the call when run.
void FuncBuilder::compileDefer(ast::DeferStmt* s) {
    auto* call = ast::unparen(s->call)->as<ast::CallExpr>();
    if (!call) unsupported(s->pos, "defer of a non-call");
    TypeAndValue callee = tv(call->callee);
    if (callee.mode == Mode::Builtin || callee.mode == Mode::TypeExpr)
        unsupported(s->pos, "govm cannot defer a builtin call yet; wrap it in a func literal");
    ast::Expr* c = ast::unparen(call->callee);
    if (c->as<ast::FuncLit>() && call->args.empty()) {
        Value closure = compileExpr(c);
        emit(Opcode::DEFER, closure.reg, 0, 0);
        return;
    }
    CallPlan plan = planCall(call);
    // The box: [closure or interface] [receiver] args...
    std::vector<Type*> fieldTypes;
    std::vector<Value> fieldValues;
    Type* word = gen.checked.universe.basic(BasicKind::UnsafePointer);
    if (plan.kind == CallPlan::Closure) fieldTypes.push_back(word), fieldValues.push_back(plan.closure);
    if (plan.kind == CallPlan::Interface)
        fieldTypes.push_back(gen.checked.universe.emptyInterface), fieldValues.push_back(plan.iface);
    if (plan.hasReceiver) {
        Type* rt = plan.sig->recv->type;
        fieldTypes.push_back(rt);
        fieldValues.push_back(plan.receiver);
    }
    for (auto& [v, t] : plan.args) fieldTypes.push_back(t), fieldValues.push_back(v);
    uint32_t boxType = gen.structTypeFor(fieldTypes);
    Value box = allocValue(word);
    emitBx(Opcode::NEW, box.reg, int(boxType));
    std::vector<int64_t> offsets = gen.boxOffsets(fieldTypes);
    for (size_t i = 0; i < fieldTypes.size(); ++i) store(fieldTypes[i], box.reg, uint32_t(offsets[i]), fieldValues[i]);

    uint32_t thunk = gen.newFunction(fn.name + ".deferwrap" + std::to_string(++gen.litCounters[fn.name + "#defer"]),
                                     pkg, line);
    vm::Function& tf = *gen.out->functions[thunk];
    tf.isDeferThunk = true;
    tf.captureRegs.push_back(uint8_t(box.reg));
    {
        FuncBuilder b(gen, tf, pkg);
        b.line = line;
        b.sig = plan.sig;
        Value boxReg = b.allocValue(word);
        b.emit(Opcode::CAPTURE, boxReg.reg, 0, 0);
        std::vector<Value> loaded;
        for (size_t i = 0; i < fieldTypes.size(); ++i) loaded.push_back(b.load(fieldTypes[i], boxReg.reg, uint32_t(offsets[i])));
        CallPlan p2 = plan;
        size_t next = 0;
        if (plan.kind == CallPlan::Closure) p2.closure = loaded[next++];
        if (plan.kind == CallPlan::Interface) p2.iface = loaded[next++];
        if (plan.hasReceiver) p2.receiver = loaded[next++];
        std::vector<Value> args(loaded.begin() + long(next), loaded.end());
        b.emitPlannedCall(p2, args);
        b.emit(Opcode::RET, 0, 0, 0);
        b.finish();
    }
    Value closure = allocValue(word);
    emitBx(Opcode::CLOSURE, closure.reg, int(thunk));
    emit(Opcode::DEFER, closure.reg, 0, 0);
}

// ---- interface method wrappers

uint32_t Codegen::wrapperFor(Type* recvType, Func* method, const std::vector<int>& path, bool indirect) {
    (void)indirect;
    Type* recvParam = method->signature()->recv->type;
    bool methodWantsPointer = under(recvParam)->as<Pointer>() != nullptr;
    bool holderIsPointer = under(recvType)->as<Pointer>() != nullptr;
    if (path.empty()) {
        if (holderIsPointer && methodWantsPointer) return functionFor(method);
        if (!holderIsPointer && !methodWantsPointer) {
            // The data word is the receiver when the value is boxed and an
            // aggregate, or a full 8-byte scalar.
            if (isAggregate(recvType)) return functionFor(method);
            BasicKind k = under(recvType)->as<Basic>() ? under(recvType)->as<Basic>()->basicKind : BasicKind::Invalid;
            bool sameWord = under(recvType)->as<Pointer>() || under(recvType)->as<types::Map>() ||
                            under(recvType)->as<Signature>() || under(recvType)->as<Chan>() ||
                            k == BasicKind::Int || k == BasicKind::Int64 || k == BasicKind::Uint ||
                            k == BasicKind::Uint64 || k == BasicKind::Uintptr || k == BasicKind::Float64 ||
                            k == BasicKind::Bool || k == BasicKind::Uint8 || k == BasicKind::Uint16 ||
                            k == BasicKind::Uint32;
            if (sameWord) return functionFor(method);
        }
        if (holderIsPointer && !methodWantsPointer && isAggregate(under(recvType)->as<Pointer>()->elem))
            return functionFor(method);
    }
    std::string key = typeKey(recvType) + "|" + method->fullName();
    for (int i : path) key += "." + std::to_string(i);
    auto it = wrappers.find(key);
    if (it != wrappers.end()) return it->second;
    uint32_t index = newFunction(rtypeName(recvType) + "." + std::string(method->name), method->pkg, 0);
    wrappers[key] = index;
    PendingFunc p{PendingFunc::IfaceWrapper, index, method};
    p.recvType = recvType;
    p.path = path;
    p.pkg = method->pkg;
    pending.push_back(std::move(p));
    return index;
}

void Codegen::compileWrapper(PendingFunc& p) {
    vm::Function& fn = *out->functions[p.index];
    FuncBuilder b(*this, fn, p.pkg);
    Signature* sig = p.func->signature();
    b.sig = sig;
    Type* recvType = p.recvType;
    bool holderIsPointer = under(recvType)->as<Pointer>() != nullptr;
    const rt::TypeDesc* desc = typeDesc(recvType);
    Type* word = checked.universe.basic(BasicKind::UnsafePointer);
    // Parameters: the data word, then the method's parameters.
    std::vector<vm::SlotKind> kinds = {desc->direct && !desc->hasPointers ? vm::SlotKind::Scalar : vm::SlotKind::Pointer};
    std::vector<SlotTag> tags = {kinds[0] == vm::SlotKind::Scalar ? SlotTag::Scalar : SlotTag::Pointer};
    for (Var* v : sig->params->vars)
        for (SlotTag t : shapeOf(v->type)) kinds.push_back(gcKind(t)), tags.push_back(t);
    fn.paramKinds = kinds;
    fn.paramSlots = uint16_t(kinds.size());
    int results = 0;
    for (Var* v : sig->results->vars) results += slotCount(v->type);
    fn.resultSlots = uint16_t(results);
    b.tags = tags;
    b.busy.assign(tags.size(), true);
    // The receiver's address (or value, for direct scalars) as the holder stores it.
    Value base{0, 1, false};
    Type* baseType = recvType;
    if (!holderIsPointer && desc->direct) {
        // Memory form in the word: spill to a cell to reload in register form.
        Value cell = b.allocValue(word);
        b.emitBx(Opcode::NEW, cell.reg, int(typeIndex(recvType)));
        b.emit(Opcode::STORE64, cell.reg, 0, 0);
        base = cell;
        baseType = nullptr;  // base is the address of a recvType value
    } else if (!holderIsPointer && !isAggregate(recvType)) {
        baseType = nullptr;  // base points to the boxed value
    }
    Type* valueType = holderIsPointer ? under(recvType)->as<Pointer>()->elem : recvType;
    // Now `base` is the address of a valueType value.
    Value addr = base;
    Type* fieldType = valueType;
    if (!p.path.empty()) {
        Type* pointerType = nullptr;
        (void)pointerType;
        addr = b.fieldAddress(base, valueType, p.path, p.path.size(), &fieldType);
        if (Pointer* ptr = under(fieldType)->as<Pointer>()) {
            addr = b.load(fieldType, addr.reg, 0);
            fieldType = ptr->elem;
        }
    }
    (void)baseType;
    bool wantsPointer = under(sig->recv->type)->as<Pointer>() != nullptr;
    Value receiver = wantsPointer || isAggregate(fieldType) ? addr : b.load(fieldType, addr.reg, 0);
    b.move(kOutBase, receiver.reg, receiver.slots);
    int at = receiver.slots;
    int param = 1;
    for (Var* v : sig->params->vars) {
        int n = slotCount(v->type);
        b.move(kOutBase + at, param, n);
        at += n;
        param += n;
    }
    b.emitBx(Opcode::CALL, 0, int(functionFor(p.func)));
    b.move(0, kOutBase, results);
    b.emit(Opcode::RET, 0, results, 0);
    b.finish();
}

}  // namespace govm::codegen

namespace govm::codegen {

// Offsets of the fields of a box made by structTypeFor (gc layout).
std::vector<int64_t> Codegen::boxOffsets(const std::vector<Type*>& fields) {
    std::vector<int64_t> offsets;
    int64_t at = 0;
    for (Type* t : fields) {
        int64_t align = alignOf(t);
        at = (at + align - 1) / align * align;
        offsets.push_back(at);
        at += sizeOf(t);
    }
    return offsets;
}

}  // namespace govm::codegen
