// Calls: functions, methods, interface methods, closures, builtins,
// conversions, defer, and the wrappers interface dispatch needs.
#include "compiler/codegen_impl.hpp"
#include "parser/printer.hpp"
#include "vm/builtin_natives.hpp"
#include "vm/state.hpp"

namespace govm::codegen {

std::vector<Value> FuncBuilder::compileMulti(ast::Expr* e, int dest) {
    e = ast::unparen(e);
    if (auto* call = e->as<ast::CallExpr>()) return compileCall(call, dest);
    return {compileExpr(e)};
}

static Type* chanElem(Type* t) { return under(t)->as<Chan>()->elem; }

std::vector<Value> FuncBuilder::compileMultiValue(ast::Expr* e, size_t count) {
    if (auto it = presetResults.find(e); it != presetResults.end()) {
        multiTypes = it->second.types;
        return it->second.values;
    }
    multiTypes.clear();
    if (auto* call = e->as<ast::CallExpr>()) {
        std::vector<Value> values = compileCall(call);
        multiTypes.clear();  // compiling h(g()) set them to g's
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
        // The checker records the comma-ok form's type as the tuple (elem, bool).
        multiTypes = {under(typeOf(ix->operand))->as<Map>()->elem, boolType};
        return {v, {lastMapOk, 1, false}};
    }
    if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == Tok::Arrow) {
        multiTypes = {chanElem(typeOf(u->operand)), boolType};
        return compileRecv(u, true);
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

// No call would overwrite the outgoing call area and no collection would
// miss what it holds, so arguments can be computed straight into it.
bool isSimple(const Info& info, ast::Expr* e) {
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
        case ast::ExprKind::Selector: {
            auto* sel = static_cast<ast::SelectorExpr*>(e);
            auto s = info.selections.find(sel);
            return s != info.selections.end() && s->second.kind == SelectionKind::FieldVal &&
                   isSimple(info, sel->operand);
        }
        case ast::ExprKind::Index: {
            auto* ix = static_cast<ast::IndexExpr*>(e);
            auto operand = info.types.find(ix->operand);
            if (operand == info.types.end() || !operand->second.type) return false;
            Type* u = under(operand->second.type);
            if (auto* p = u->as<Pointer>()) u = under(p->elem);
            return (u->as<types::Slice>() || u->as<types::Array>()) && ix->indices.size() == 1 &&
                   isSimple(info, ix->operand) && isSimple(info, ix->indices[0]);
        }
        default: return false;
    }
}

// Whether a call's arguments can be computed straight into the outgoing
// call area: each of its parameter's register type, with no variadic
// packing, and all but the first simple (isSimple): the first is computed
// before anything is in that area.
static bool argsInPlace(const Info& info, ast::CallExpr* call, Signature* s) {
    if (s->variadic || call->args.size() != s->params->vars.size()) return false;
    for (size_t i = 0; i < call->args.size(); ++i) {
        Type* param = s->params->vars[i]->type;
        auto it = info.types.find(call->args[i]);
        if (it == info.types.end() || !it->second.type || isAggregate(param) || isInterface(param)) return false;
        if (i > 0 && !isSimple(info, call->args[i])) return false;
        if (it->second.mode != Mode::Constant && !identical(it->second.type, param)) return false;
    }
    return true;
}

// Evaluates call arguments (packing variadic ones) in declaration order.
std::vector<std::pair<Value, Type*>> FuncBuilder::evaluateArgs(ast::CallExpr* call, Signature* s, int firstOut) {
    std::vector<std::pair<Value, Type*>> args;
    if (firstOut >= 0 && argsInPlace(gen.info, call, s)) {
        int at = kOutBase + firstOut;
        for (size_t i = 0; i < call->args.size(); ++i) {
            Type* param = s->params->vars[i]->type;
            Value dest{at, slotCount(param), false};
            // A call's results land in the area: the hint keeps a nested
            // call's result where it already is. A simple first argument
            // cannot call, so it too may be computed in place.
            bool hinted = i > 0 || isSimple(gen.info, call->args[i]) || ast::unparen(call->args[i])->as<ast::CallExpr>();
            hint = hinted ? dest.reg : -1;
            Value v = compileExprTyped(call->args[i], param);
            hint = -1;
            move(dest.reg, v.reg, dest.slots);
            args.push_back({dest, param});
            at += dest.slots;
        }
        return args;
    }
    auto& params = s->params->vars;
    size_t fixed = s->variadic ? params.size() - 1 : params.size();
    std::vector<std::pair<Value, Type*>> raw;
    std::vector<ast::Expr*> sources;  // the argument expressions (for their interface boxes' sites)
    if (spreadsResults(call)) {  // f(g()): g's results are the arguments
        std::vector<Value> multi = compileMultiValue(ast::unparen(call->args[0]), typeOf(call->args[0])->as<Tuple>()->vars.size());
        for (size_t i = 0; i < multi.size(); ++i) raw.push_back({multi[i], multiTypes[i]});
    } else {
        for (ast::Expr* a : call->args) {
            Value v = ownedCopy(compileExpr(a));  // a variable: later arguments may change it
            raw.push_back({v, typeOf(a)});
            sources.push_back(a);
        }
    }
    auto convertArg = [&](size_t i, Type* to) {
        boxSource = i < sources.size() ? sources[i] : nullptr;
        Value v = convert(raw[i].first, raw[i].second, to);
        boxSource = nullptr;
        return v;
    };
    for (size_t i = 0; i < fixed && i < raw.size(); ++i)
        args.push_back({convertArg(i, params[i]->type), params[i]->type});
    if (s->variadic) {
        Type* sliceType = params.back()->type;
        if (call->hasEllipsis) {
            args.push_back({convertArg(raw.size() - 1, sliceType), sliceType});
        } else {
            Type* elem = under(sliceType)->as<types::Slice>()->elem;
            int64_t n = int64_t(raw.size()) - int64_t(fixed);
            Value slice = allocValue(sliceType);
            if (n <= 0) {
                emit(Opcode::ZERO, slice.reg, 3, 0);
            } else {
                loadInt(slice.reg + 1, n);
                int site = arenaSite(call, call->pos);  // the implicit ... slice
                emit(site >= 0 ? Opcode::MAKESLICEA : Opcode::MAKESLICE, slice.reg, slice.reg + 1, slice.reg + 1);
                emitExtra(gen.typeIndex(elem));
                if (site >= 0) emitExtra(uint32_t(site));
                Basic* intType = gen.checked.universe.basic(BasicKind::Int);
                for (int64_t k = 0; k < n; ++k) {
                    Value converted = convertArg(size_t(fixed + size_t(k)), elem);
                    Value index = allocValue(intType);
                    loadInt(index.reg, k);
                    emitSliceSet(slice.reg, index.reg, converted.reg, elem);
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

// The results of the call just made, moved out of the outgoing call area:
// the one result to `dest` when given, or, with dest == kOutBase, all left
// where they are (valid only until the next call or allocation).
std::vector<Value> FuncBuilder::emitCallResults(Signature* s, int dest) {
    std::vector<Value> results;
    int at = 0;
    if (dest >= 0 && dest != kOutBase && s->results->vars.size() == 1 && !isAggregate(s->results->vars[0]->type)) {
        Value v{dest, slotCount(s->results->vars[0]->type), false};
        move(v.reg, kOutBase, v.slots);
        return {v};
    }
    for (Var* r : s->results->vars) {
        if (dest == kOutBase) {
            results.push_back({kOutBase + at, slotCount(r->type), false});
            at += results.back().slots;
            continue;
        }
        Value v = allocValue(r->type);
        move(v.reg, kOutBase + at, v.slots);
        if (isAggregate(r->type)) v.fresh = v.heap = true;  // results are heap storage
        at += v.slots;
        results.push_back(v);
    }
    return results;
}

std::vector<Value> FuncBuilder::compileCall(ast::CallExpr* call, int dest) {
    setLine(call->pos);
    TypeAndValue callee = tv(call->callee);
    if (callee.mode == Mode::TypeExpr) return {compileConversion(call, callee.type)};
    if (callee.mode == Mode::Builtin) {
        ast::Expr* c = ast::unparen(call->callee);
        ast::Ident* id = c->as<ast::Ident>();
        auto it = gen.info.uses.find(id);
        BuiltinId builtin = it->second->as<Builtin>()->id;
        if (builtin == BuiltinId::Append) return {compileAppend(call, dest)};
        return compileBuiltinCall(call, builtin);
    }
    if (Func* f = staticCallee(gen.info, ast::unparen(call->callee)); f && f->isNative()) {
        int op = vm::schedOpFor(f->fullName());
        if (op >= 0) return {compileSchedOp(call, f, vm::SchedOp(op))};
    }
    CallPlan plan = planCall(call, true);
    std::vector<Value> args;
    for (auto& [v, t] : plan.args) args.push_back(v);
    emitPlannedCall(plan, args);
    return emitCallResults(plan.sig, dest);
}

// A scheduler intrinsic: its one argument (if any) and result (if any) in registers.
std::vector<Value> FuncBuilder::compileSchedOp(ast::CallExpr* call, Func* f, vm::SchedOp op) {
    Signature* s = f->signature();
    Value arg{0, 0, false};
    if (!call->args.empty()) arg = compileExprTyped(call->args[0], s->params->vars[0]->type);
    Value result{0, 0, false};
    if (!s->results->vars.empty()) result = allocValue(s->results->vars[0]->type);
    emit(Opcode::SCHED, int(op), arg.reg < 0 ? 0 : arg.reg, result.reg < 0 ? 0 : result.reg);
    if (s->results->vars.empty()) return {};
    return {result};
}

// Evaluates what a call needs before the call instruction: the callee
// (closure, receiver or interface) and the arguments.
CallPlan FuncBuilder::planCall(ast::CallExpr* call, bool argsToOut) {
    int firstOut = 0;
    CallPlan plan = planCallee(call, &firstOut, argsToOut);
    plan.args = evaluateArgs(call, plan.sig, argsToOut ? firstOut : -1);
    return plan;
}

// The callee part of planCall; `firstOut` is the call-area slot of the
// first argument. With argsToOut a receiver may go straight to the call area.
CallPlan FuncBuilder::planCallee(ast::CallExpr* call, int* firstOut, bool argsToOut) {
    CallPlan plan;
    ast::Expr* c = ast::unparen(call->callee);
    *firstOut = 0;
    if (auto* sel = c->as<ast::SelectorExpr>()) {
        auto it = gen.info.selections.find(sel);
        if (it != gen.info.selections.end() && it->second.kind == SelectionKind::MethodVal) {
            plan = methodPlan(sel, it->second, argsToOut && receiverInPlace(call, sel, it->second));
            // gc's devirtualized i.(*T).M() copies *T's value for M: nil dereferences.
            if (plan.kind == CallPlan::Interface && gen.escapes && gen.escapes->dereferencesReceiver(call))
                emit(Opcode::NILCHK, plan.iface.reg + 1, 0, 0);
            *firstOut = plan.kind == CallPlan::Interface ? 1 : plan.hasReceiver ? plan.receiver.slots : 0;
            return plan;
        }
    }
    if (Func* f = staticCallee(gen.info, c)) {
        plan.kind = CallPlan::Static;
        plan.function = gen.functionFor(f);
        plan.sig = f->signature();
        return plan;
    }
    plan.kind = CallPlan::Closure;
    plan.sig = under(typeOf(c))->as<Signature>();
    plan.closure = compileExpr(c);
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

// The callee of `sel(...)` for a method selection: an interface call, or a
// static call with the receiver in the form the method takes (a pointer for
// pointer methods, the value otherwise). Methods promoted from an embedded
// interface field dispatch on that field's dynamic value.
// Whether `p.M(args)` can compute its pointer receiver straight into the
// call area: nothing evaluated after it may call (every argument is simple).
bool FuncBuilder::receiverInPlace(ast::CallExpr* call, ast::SelectorExpr* sel, const Selection& s) {
    Func* method = s.obj->as<Func>();
    Signature* sig = method->signature();
    if (s.index.size() != 1 || !under(typeOf(sel->operand))->as<Pointer>() || !under(sig->recv->type)->as<Pointer>())
        return false;
    if (!isSimple(gen.info, sel->operand) || !argsInPlace(gen.info, call, sig)) return false;
    for (ast::Expr* arg : call->args)
        if (!isSimple(gen.info, arg)) return false;
    return true;
}

CallPlan FuncBuilder::methodPlan(ast::SelectorExpr* sel, const Selection& s, bool receiverToOut) {
    Func* method = s.obj->as<Func>();
    Type* t = typeOf(sel->operand);
    if (s.index.size() == 1) {
        bool wantsPointer = !isInterface(t) && under(method->signature()->recv->type)->as<Pointer>() != nullptr;
        if (wantsPointer && !under(t)->as<Pointer>() && !isAggregate(t)) {
            CallPlan plan = staticMethodPlan(method);
            plan.receiver = {addressOf(sel->operand), 1, false};
            return plan;
        }
        hint = receiverToOut ? kOutBase : -1;  // receiverInPlace: a pointer, taken as it is
        Value receiver = compileExpr(sel->operand);
        hint = -1;
        return methodPlanFrom(receiver, t, s.index, method);
    }
    Value base = isAggregate(t) || under(t)->as<Pointer>() ? compileExpr(sel->operand)
                                                           : Value{addressOf(sel->operand), 1, false};
    return methodPlanFrom(base, t, s.index, method);
}

CallPlan FuncBuilder::staticMethodPlan(Func* method) {
    CallPlan plan;
    plan.sig = method->signature();
    plan.kind = CallPlan::Static;
    plan.function = gen.functionFor(method);
    plan.hasReceiver = true;
    return plan;
}

// methodPlan for a receiver already in registers: `base` holds a value of
// `baseType` (for aggregates, its address), `index` is the selection's
// embedded-field path followed by the method's index.
CallPlan FuncBuilder::methodPlanFrom(Value base, Type* baseType, const std::vector<int>& index, Func* method) {
    CallPlan plan;
    plan.sig = method->signature();
    Type* holderType = baseType;
    Value holder = base;
    if (index.size() > 1) {
        Value addr = fieldAddress(base, baseType, index, index.size() - 1, &holderType);
        // A pointer method of an embedded non-pointer field gets the field's address.
        bool wantsPointer = method->signature()->recv && under(method->signature()->recv->type)->as<Pointer>();
        bool byAddress = isAggregate(holderType) ||
                         (wantsPointer && !isInterface(holderType) && !under(holderType)->as<Pointer>());
        holder = byAddress ? addr : load(holderType, addr.reg, 0);
    }
    if (isInterface(holderType)) {
        plan.kind = CallPlan::Interface;
        plan.iface = holder;
        plan.methodName = method->name;
        return plan;
    }
    plan = staticMethodPlan(method);
    bool wantsPointer = under(plan.sig->recv->type)->as<Pointer>() != nullptr;
    Pointer* p = under(holderType)->as<Pointer>();
    if (wantsPointer || !p) {
        plan.receiver = holder;  // a pointer to a pointer method, or an aggregate's address
    } else if (isAggregate(p->elem)) {
        emit(Opcode::NILCHK, holder.reg, 0, 0);  // the callee copies the pointed-to value
        plan.receiver = holder;
    } else {
        plan.receiver = load(p->elem, holder.reg, 0);
    }
    return plan;
}

Value FuncBuilder::compileConversion(ast::CallExpr* call, Type* to) {
    ast::Expr* arg = call->args[0];
    Value v = compileExpr(arg);
    if (const EscapeSite* site = escapeSite(call); site && site->kind == EscapeSiteKind::StringConv)
        heapSite(site, call->pos);  // the CONVERT that convert() emits first
    return convert(v, typeOf(arg), to);
}

// `x.M` binds its receiver now (a copy for value receivers, the address for
// pointer methods of addressable values, the interface value itself): it is
// stored in a box that a closure of a per-site "-fm" function captures; the
// function loads it back and makes the call with its own arguments.
Value FuncBuilder::methodValue(ast::SelectorExpr* e) {
    const Selection& s = gen.info.selections.at(e);
    Func* method = s.obj->as<Func>();
    CallPlan plan = methodPlan(e, s);
    bool isIface = plan.kind == CallPlan::Interface;
    Type* held = isIface ? gen.checked.universe.emptyInterface : plan.sig->recv->type;
    Value bound = isIface ? plan.iface : plan.receiver;
    // Go dereferences (and so panics on nil) when it binds, not when it calls.
    if (isIface || (!under(held)->as<Pointer>() && isAggregate(held))) emit(Opcode::NILCHK, bound.reg, 0, 0);
    Type* word = gen.checked.universe.basic(BasicKind::UnsafePointer);
    // The box and the closure live as long as the method value: in the frame
    // arena when the escape pass says it does not escape.
    bool local = gen.escapes && !gen.escapes->isHeap(e);
    Value box = allocValue(word);
    emitBx(local ? Opcode::NEWA : Opcode::NEW, box.reg, int(gen.structTypeFor({held})));
    if (local) emitExtra(uint32_t(newArenaSite(e->pos)));
    store(held, box.reg, 0, bound);

    uint32_t index = gen.newFunction(method->fullName() + "-fm", pkg, line);
    vm::Function& bf = *gen.out->functions[index];
    gen.setCaptures(bf, {{box.reg, SlotTag::Pointer}});
    FuncBuilder b(gen, bf, pkg);
    b.line = line;
    std::vector<Type*> params;
    for (Var* v : plan.sig->params->vars) params.push_back(v->type);
    std::vector<Value> args = b.beginForwarder(params, plan.sig);
    Value boxReg = b.allocValue(word);
    b.emit(Opcode::CAPTURE, boxReg.reg, 0, 0);
    Value loaded = b.load(held, boxReg.reg, 0);
    (isIface ? plan.iface : plan.receiver) = loaded;
    b.endForwarder(plan, args);

    Value closure = allocValue(typeOf(e));
    int site = arenaSite(e, e->pos);
    emitBx(site >= 0 ? Opcode::CLOSUREA : Opcode::CLOSURE, closure.reg, int(index));
    if (site >= 0) emitExtra(uint32_t(site));
    return closure;
}

// `T.M`, `(*T).M`, `I.M`: a function whose first parameter is the receiver.
// A method whose receiver is exactly that is its own method expression.
Value FuncBuilder::methodExpr(ast::SelectorExpr* e) {
    const Selection& s = gen.info.selections.at(e);
    Func* method = s.obj->as<Func>();
    Type* recvType = typeOf(e->operand);
    Value result = allocValue(typeOf(e));
    if (s.index.size() == 1 && !isInterface(recvType) &&
        (under(recvType)->as<Pointer>() != nullptr) == (under(method->signature()->recv->type)->as<Pointer>() != nullptr)) {
        emitBx(Opcode::LOADFUNC, result.reg, int(gen.functionFor(method)));
        return result;
    }
    std::string key = "expr|" + gen.typeKey(recvType) + "|" + method->fullName();
    for (int i : s.index) key += "." + std::to_string(i);
    auto it = gen.wrappers.find(key);
    if (it == gen.wrappers.end()) {
        uint32_t index = gen.newFunction(gen.rtypeName(recvType) + "." + std::string(method->name), method->pkg, line);
        it = gen.wrappers.emplace(key, index).first;
        FuncBuilder b(gen, *gen.out->functions[index], pkg);
        b.line = line;
        Signature* exprSig = under(typeOf(e))->as<Signature>();
        std::vector<Type*> params;
        for (Var* v : exprSig->params->vars) params.push_back(v->type);
        std::vector<Value> args = b.beginForwarder(params, exprSig);
        // (*T).M of a value method M is gc's *T wrapper, with its nil check.
        if (s.index.size() == 1 && under(recvType)->as<Pointer>()) b.emitValueMethodNilCheck(args[0], recvType, method);
        CallPlan plan = b.methodPlanFrom(args[0], recvType, s.index, method);
        args.erase(args.begin());
        b.endForwarder(plan, args);
    }
    emitBx(Opcode::LOADFUNC, result.reg, int(it->second));
    return result;
}

// gc's wrapper from *T to a value method of T starts with runtime.panicwrap:
// a nil pointer panics with "value method main.T.M called using nil *T
// pointer" (a runtime.plainError) instead of dereferencing.
void FuncBuilder::emitValueMethodNilCheck(const Value& ptr, Type* ptrType, Func* method) {
    std::string qualified = gen.rtypeName(under(ptrType)->as<Pointer>()->elem);
    std::string text = vm::VMState::valueMethodNilText(qualified, qualified + "." + std::string(method->name));
    Label ok;
    emitCondJumpOnReg(ptr.reg, true, ok);
    Value message = allocValue(gen.checked.universe.basic(BasicKind::String));
    emitBx(Opcode::LOADSTR, message.reg, int(gen.stringIndex(text)));
    emitBx(Opcode::RTERROR, message.reg, int(vm::RuntimeErrorKind::PlainCustom));
    release(message);
    place(ok);
}

// A forwarding function's frame: its parameters in slots from 0, its
// results those of `resultsOf`.
std::vector<Value> FuncBuilder::beginForwarder(const std::vector<Type*>& params, Signature* resultsOf) {
    sig = resultsOf;
    std::vector<vm::SlotKind> kinds;
    std::vector<Value> values;
    for (Type* t : params) {
        values.push_back({int(tags.size()), slotCount(t), false});
        for (SlotTag tag : shapeOf(t)) kinds.push_back(gcKind(tag)), tags.push_back(tag);
    }
    busy.assign(tags.size(), true);
    fn.paramKinds = kinds;
    fn.paramSlots = uint16_t(kinds.size());
    int results = 0;
    for (Var* v : resultsOf->results->vars) results += slotCount(v->type);
    fn.resultSlots = uint16_t(results);
    return values;
}

void FuncBuilder::endForwarder(const CallPlan& plan, const std::vector<Value>& args) {
    emitPlannedCall(plan, args);
    move(0, kOutBase, fn.resultSlots);
    emit(Opcode::RET, 0, fn.resultSlots, 0);
    finish();
}

// ---- builtins

std::vector<Value> FuncBuilder::compileBuiltinCall(ast::CallExpr* call, BuiltinId id) {
    Basic* intType = gen.checked.universe.basic(BasicKind::Int);
    auto arg = [&](size_t i) { return call->args[i]; };
    if (spreadsResults(call)) return compileBuiltinSpread(call, id);
    switch (id) {
        case BuiltinId::Len:
        case BuiltinId::Cap: {
            Type* t = under(typeOf(arg(0)));
            if (Pointer* p = t->as<Pointer>()) t = under(p->elem);
            if (auto* a = t->as<types::Array>()) {
                compileExpr(arg(0));
                Value r = allocValue(intType);
                loadInt(r.reg, a->length);
                return {r};
            }
            Value x = compileExpr(arg(0));
            bool header = !t->as<types::Map>() && !t->as<Chan>();
            // A variable's length or capacity is read where it is, like the variable.
            if (header && x.reg >= 0 && !isTemp(x.reg)) return {{x.reg + (id == BuiltinId::Cap ? 2 : 1), 1, false}};
            Value r = allocValue(intType);
            if (t->as<types::Map>()) emit(Opcode::MAPLEN, r.reg, x.reg, 0);
            else if (t->as<Chan>()) emit(Opcode::CHANLEN, r.reg, x.reg, id == BuiltinId::Cap ? 1 : 0);
            else move(r.reg, x.reg + (id == BuiltinId::Cap ? 2 : 1), 1);
            return {r};
        }
        case BuiltinId::Append: return {compileAppend(call, -1)};
        case BuiltinId::Close: emit(Opcode::CHANCLOSE, compileExpr(arg(0)).reg, 0, 0); return {};
        case BuiltinId::Make: return {compileMake(call)};
        case BuiltinId::New: {
            Type* t = typeOf(call);
            Value r = allocValue(t);
            int site = arenaSite(call, call->pos);
            emitBx(site >= 0 ? Opcode::NEWA : Opcode::NEW, r.reg, int(gen.typeIndex(under(t)->as<Pointer>()->elem)));
            if (site >= 0) emitExtra(uint32_t(site));
            return {r};
        }
        case BuiltinId::Delete: {
            Type* mapType = typeOf(arg(0));
            Value mv = compileExpr(arg(0));
            emitDelete(mv, compileExprTyped(arg(1), under(mapType)->as<types::Map>()->key), mapType);
            return {};
        }
        case BuiltinId::Copy: {
            Value dst = compileExpr(arg(0));
            Value src = compileExpr(arg(1));
            return {emitCopy(dst, typeOf(arg(0)), src, typeOf(arg(1)))};
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

// Whether the call's only argument is a multi-value call, f(g()).
bool FuncBuilder::spreadsResults(ast::CallExpr* call) {
    Type* only = call->args.size() == 1 ? typeOf(call->args[0]) : nullptr;
    return only && only->as<Tuple>();
}

// A builtin whose one argument is a multi-value call, as in copy(f()) or
// delete(g()): gc binds the call's results to the operands in order.
std::vector<Value> FuncBuilder::compileBuiltinSpread(ast::CallExpr* call, BuiltinId id) {
    size_t n = typeOf(call->args[0])->as<Tuple>()->vars.size();
    std::vector<Value> values = compileMultiValue(ast::unparen(call->args[0]), n);
    std::vector<Type*> types = multiTypes;
    switch (id) {
        case BuiltinId::Copy: return {emitCopy(values[0], types[0], values[1], types[1])};
        case BuiltinId::Delete: {
            Type* key = under(types[0])->as<types::Map>()->key;
            emitDelete(values[0], convert(values[1], types[1], key), types[0]);
            return {};
        }
        case BuiltinId::Append: {
            Type* t = typeOf(call);
            Type* elem = under(t)->as<types::Slice>()->elem;
            Value s = allocValue(t);
            move(s.reg, convert(values[0], types[0], t).reg, s.slots);
            std::vector<Value> elems;
            for (size_t i = 1; i < n; ++i) elems.push_back(ownedCopy(convert(values[i], types[i], elem)));
            return {appendValues(call, s, elems)};
        }
        case BuiltinId::Print:
        case BuiltinId::Println:
            for (size_t i = 0; i < n; ++i) {
                if (id == BuiltinId::Println && i > 0) printValue(nullptr, nullptr, vm::PrintKind::Space);
                printValue(&values[i], types[i]);
            }
            if (id == BuiltinId::Println) printValue(nullptr, nullptr, vm::PrintKind::Newline);
            return {};
        case BuiltinId::Min:
        case BuiltinId::Max: {
            Type* t = typeOf(call);
            Value acc = allocValue(t);
            move(acc.reg, convert(values[0], types[0], t).reg, acc.slots);
            for (size_t i = 1; i < n; ++i) minMaxStep(acc, convert(values[i], types[i], t), t, id == BuiltinId::Min);
            return {acc};
        }
        default: break;
    }
    unsupported(call->pos, "govm does not support a multi-value argument to " + exprString(call->callee));
}

void FuncBuilder::emitDelete(Value m, Value key, Type* mapType) {
    bool byAddress;
    int keyReg = mapKeyOperand(key, under(mapType)->as<types::Map>()->key, &byAddress);
    emit(Opcode::MAPDELETE, m.reg, keyReg, byAddress ? 1 : 0);
    emitExtra(gen.typeIndex(mapType));
}

Value FuncBuilder::emitCopy(Value dst, Type* dstType, Value src, Type* srcType) {
    Type* elem = under(dstType)->as<types::Slice>()->elem;
    Value r = allocValue(gen.checked.universe.basic(BasicKind::Int));
    emit(Opcode::COPY, r.reg, dst.reg, src.reg);
    emitExtra(gen.typeIndex(elem) | (isString(srcType) ? 1u << 31 : 0));
    return r;
}

// `x = append(x, ...)` with x in registers (dest is x's register) grows x
// in place: the appended values are computed before the slice changes, and
// no call can change a register variable meanwhile.
Value FuncBuilder::compileAppend(ast::CallExpr* call, int dest) {
    if (spreadsResults(call)) return compileBuiltinSpread(call, BuiltinId::Append)[0];
    Type* t = typeOf(call);
    Type* elem = under(t)->as<types::Slice>()->elem;
    Value s;
    Var* var = registerVar(call->args[0]);
    if (dest >= 0 && var && vars.at(var).reg == dest) {
        s = {dest, 3, false};
    } else {
        s = allocValue(t);
        compileExprTo(call->args[0], s);
    }
    if (call->hasEllipsis) {
        Value other = compileExpr(call->args[1]);
        heapSite(escapeSite(call), call->pos);
        emit(Opcode::APPENDSL, s.reg, other.reg, isString(typeOf(call->args[1])) ? 1 : 0);
        emitExtra(gen.typeIndex(elem));
        return s;
    }
    size_t n = call->args.size() - 1;
    if (n == 0) return s;
    int64_t size = isAggregate(elem) || slotCount(elem) != 1 ? -1 : sizeOf(elem);
    if (n == 1 && (size == 8 || size == 1)) {
        Value v = compileExprTyped(call->args[1], elem);
        int site = arenaSite(call, call->pos);
        emit(site >= 0 ? Opcode::APPEND1A : Opcode::APPEND1, s.reg, v.reg, int(size));
        emitExtra(gen.typeIndex(elem));
        if (site >= 0) emitExtra(uint32_t(site));
        return s;
    }
    std::vector<Value> values;
    for (size_t i = 1; i <= n; ++i) {
        values.push_back(ownedCopy(compileExprTyped(call->args[i], elem)));
    }
    return appendValues(call, s, values);
}

// Appends `values` (already of the element type) to the slice in `s`.
Value FuncBuilder::appendValues(ast::CallExpr* call, Value s, const std::vector<Value>& values) {
    Type* elem = under(typeOf(call))->as<types::Slice>()->elem;
    size_t n = values.size();
    if (n == 0) return s;
    if (n > 255) unsupported(call->pos, "too many arguments to append");
    int site = arenaSite(call, call->pos);
    emit(site >= 0 ? Opcode::APPENDA : Opcode::APPEND, s.reg, int(n), 0);
    emitExtra(gen.typeIndex(elem));
    if (site >= 0) emitExtra(uint32_t(site));
    Basic* intType = gen.checked.universe.basic(BasicKind::Int);
    Value index = allocValue(intType);
    for (size_t i = 0; i < n; ++i) {
        emit(Opcode::SUBK, index.reg, s.reg + 1, constant(uint64_t(n - i)));
        emitSliceSet(s.reg, index.reg, values[i].reg, elem);
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
        int site = arenaSite(call, call->pos);
        emit(site >= 0 ? Opcode::MAKESLICEA : Opcode::MAKESLICE, s.reg, s.reg + 1, s.reg + 2);
        emitExtra(gen.typeIndex(sl->elem));
        if (site >= 0) emitExtra(uint32_t(site));
        return s;
    }
    if (u->as<types::Map>()) {
        Value m = allocValue(t);
        Value hintValue = allocValue(intType);
        if (call->args.size() > 1) compileExprTo(call->args[1], hintValue);
        else loadInt(hintValue.reg, 0);
        int site = arenaSite(call, call->pos);
        emit(site >= 0 ? Opcode::MAKEMAPA : Opcode::MAKEMAP, m.reg, hintValue.reg, 0);
        emitExtra(gen.typeIndex(t));
        if (site >= 0) emitExtra(uint32_t(site));
        return m;
    }
    if (auto* ch = u->as<Chan>()) {
        Value c = allocValue(t);
        Value size = allocValue(intType);
        if (call->args.size() > 1) compileExprTo(call->args[1], size);
        else loadInt(size.reg, 0);
        emit(Opcode::MAKECHAN, c.reg, size.reg, 0);
        emitExtra(gen.typeIndex(ch->elem));
        return c;
    }
    unsupported(call->pos, "govm cannot make this type");
}

Value FuncBuilder::compileMinMax(ast::CallExpr* call, bool isMin) {
    Type* t = typeOf(call);
    Value acc = allocValue(t);
    compileExprTo(call->args[0], acc);
    acc = convert(acc, typeOf(call->args[0]), t);
    for (size_t i = 1; i < call->args.size(); ++i)
        minMaxStep(acc, convert(compileExpr(call->args[i]), typeOf(call->args[i]), t), t, isMin);
    return acc;
}

// acc = min(acc, v) or max(acc, v), both of type t.
void FuncBuilder::minMaxStep(Value acc, Value v, Type* t, bool isMin) {
    if (isString(t)) {
        Value less = allocValue(gen.checked.universe.basic(BasicKind::Bool));
        emit(Opcode::LTSTR, less.reg, isMin ? v.reg : acc.reg, isMin ? acc.reg : v.reg);
        Label* skip = newLabel();
        emitCondJumpOnReg(less.reg, false, *skip);
        move(acc.reg, v.reg, 2);
        place(*skip);
        return;
    }
    Opcode op = isFloat(t) ? (isMin ? Opcode::MINF : Opcode::MAXF)
                : isUnsigned(t) ? (isMin ? Opcode::MINU : Opcode::MAXU) : (isMin ? Opcode::MINI : Opcode::MAXI);
    emit(op, acc.reg, acc.reg, v.reg);
}

void FuncBuilder::emitPrint(ast::CallExpr* call, bool newline) {
    for (size_t i = 0; i < call->args.size(); ++i) {
        if (newline && i > 0) printValue(nullptr, nullptr, vm::PrintKind::Space);
        ast::Expr* a = call->args[i];
        Value v = compileExpr(a);
        printValue(&v, typeOf(a));
    }
    if (newline) printValue(nullptr, nullptr, vm::PrintKind::Newline);
}

// print's output of one value `v` of type `t` (by t's kind), or with no
// value the separator `kind`.
void FuncBuilder::printValue(const Value* v, Type* t, vm::PrintKind kind) {
    std::vector<vm::SlotKind> kinds;
    if (v) {
        Type* u = under(defaultType(t));
        kinds = {vm::SlotKind::Scalar};
        if (isBoolean(u)) kind = vm::PrintKind::Bool;
        else if (isFloat(u)) kind = vm::PrintKind::Float;
        else if (isUnsigned(u)) kind = vm::PrintKind::Uint;
        else if (isInteger(u)) kind = vm::PrintKind::Int;
        else if (isString(u)) kind = vm::PrintKind::String, kinds = {vm::SlotKind::Pointer, vm::SlotKind::Scalar};
        else if (u->as<types::Interface>()) kind = vm::PrintKind::Iface, kinds = {vm::SlotKind::Scalar, vm::SlotKind::Scalar};
        else if (u->as<types::Slice>())
            kind = vm::PrintKind::Slice, kinds = {vm::SlotKind::Pointer, vm::SlotKind::Scalar, vm::SlotKind::Scalar};
        else kind = vm::PrintKind::Pointer, kinds = {vm::SlotKind::Pointer};
    }
    uint32_t index = gen.printFunction(kind, kinds);
    if (v) move(kOutBase, v->reg, v->slots);
    emitBx(Opcode::CALL, 0, int(index));
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
// `go f(args)` is the same with GO: the new goroutine runs the thunk.
void FuncBuilder::compileDeferOrGo(ast::Expr* callExpr, Pos pos, Opcode op) {
    auto* call = ast::unparen(callExpr)->as<ast::CallExpr>();
    if (!call) unsupported(pos, "defer of a non-call");
    TypeAndValue callee = tv(call->callee);
    if (callee.mode == Mode::Builtin) {
        deferBuiltin(call, op);
        return;
    }
    if (callee.mode == Mode::TypeExpr) unsupported(pos, "defer requires function call, not conversion");
    ast::Expr* c = ast::unparen(call->callee);
    // `defer time.Sleep(d)`, `go runtime.Gosched()`: an intrinsic has no
    // function to call through, so the thunk compiles it inline.
    if (Func* f = staticCallee(gen.info, c); f && f->isNative()) {
        if (int sched = vm::schedOpFor(f->fullName()); sched >= 0) {
            deferInline(call, op, [=](FuncBuilder& b) { b.compileSchedOp(call, f, vm::SchedOp(sched)); });
            return;
        }
    }
    if (c->as<ast::FuncLit>() && call->args.empty()) {
        Value closure = compileExpr(c);
        emit(op, closure.reg, 0, 0);
        return;
    }
    int firstOut;
    CallPlan plan = planCallee(call, &firstOut);
    // The method value i.M is evaluated now: a nil interface panics here,
    // not when the deferred call runs.
    if (plan.kind == CallPlan::Interface) emit(Opcode::NILCHK, plan.iface.reg, 0, 0);
    OrderedScope ordered = orderDeferArgs(call, plan);
    plan.args = evaluateArgs(call, plan.sig);
    // gc starts a func() value itself, throwing at the go statement if it is
    // nil; any other call it wraps, and the wrapper's nil call panics in the
    // new goroutine (or never, if the program ends first), as here.
    if (op == Opcode::GO && plan.kind == CallPlan::Closure && plan.sig->params->vars.empty() &&
        plan.sig->results->vars.empty())
        fatalIfNil(plan.closure.reg, "go of nil func value");
    // The box: [closure or interface] [receiver] args...
    std::vector<Type*> fieldTypes;
    std::vector<Value> fieldValues;
    if (plan.kind == CallPlan::Closure)
        fieldTypes.push_back(gen.checked.universe.basic(BasicKind::UnsafePointer)), fieldValues.push_back(plan.closure);
    if (plan.kind == CallPlan::Interface)
        fieldTypes.push_back(gen.checked.universe.emptyInterface), fieldValues.push_back(plan.iface);
    if (plan.hasReceiver) fieldTypes.push_back(plan.sig->recv->type), fieldValues.push_back(plan.receiver);
    for (auto& [v, t] : plan.args) fieldTypes.push_back(t), fieldValues.push_back(v);
    emitDeferThunk(fieldTypes, fieldValues, op, [&](FuncBuilder& b, std::vector<Value>& loaded) {
        b.sig = plan.sig;
        CallPlan p2 = plan;
        size_t next = 0;
        if (plan.kind == CallPlan::Closure) p2.closure = loaded[next++];
        if (plan.kind == CallPlan::Interface) p2.iface = loaded[next++];
        if (plan.hasReceiver) p2.receiver = loaded[next++];
        std::vector<Value> args(loaded.begin() + long(next), loaded.end());
        b.emitPlannedCall(p2, args);
    });
}

// A fatal error (not a panic: recover cannot stop it) unless R[reg] is set.
void FuncBuilder::fatalIfNil(int reg, std::string_view message) {
    Label set;
    emitCondJumpOnReg(reg, true, set);
    Value text = allocValue(gen.checked.universe.basic(BasicKind::String));
    emitBx(Opcode::LOADSTR, text.reg, int(gen.stringIndex(message)));
    emit(Opcode::SCHED, int(vm::SchedOp::Fatal), text.reg, 0);
    place(set);
}

// `defer println(x)`, `defer delete(m, k)`, `defer panic(v)`: compiled inline.
// `defer recover()` is a no-op: recover is then the deferred function itself,
// not called by one, so it never stops a panic.
void FuncBuilder::deferBuiltin(ast::CallExpr* call, Opcode op) {
    auto use = gen.info.uses.find(ast::unparen(call->callee)->as<ast::Ident>());
    BuiltinId id = use->second->as<Builtin>()->id;
    if (id == BuiltinId::Recover) return;
    deferInline(call, op, [=](FuncBuilder& b) { b.compileBuiltinCall(call, id); });
}

// A deferred call with no function value (a builtin, an intrinsic): the
// non-constant arguments are evaluated now; the thunk compiles the call
// with them.
void FuncBuilder::deferInline(ast::CallExpr* call, Opcode op, const std::function<void(FuncBuilder&)>& compileCall) {
    std::vector<ast::Expr*> evaluated;
    std::vector<Type*> fieldTypes;
    std::vector<Value> fieldValues;
    for (ast::Expr* a : call->args) {
        TypeAndValue t = tv(a);
        if (t.mode == Mode::Constant || t.mode == Mode::TypeExpr || t.mode == Mode::NilValue) continue;
        evaluated.push_back(a);
        fieldTypes.push_back(defaultType(t.type));
        OrderedScope ordered = orderOperands({{OrderPart::Operand, a}});  // each argument on its own (orderDeferArgs)
        fieldValues.push_back(compileExpr(a));
    }
    emitDeferThunk(fieldTypes, fieldValues, op, [&](FuncBuilder& b, std::vector<Value>& loaded) {
        for (size_t i = 0; i < evaluated.size(); ++i) b.preset[evaluated[i]] = loaded[i];
        compileCall(b);
    });
}

// Boxes `values` and defers a thunk closure over the box; `body` emits the
// deferred call from the values loaded back.
void FuncBuilder::emitDeferThunk(const std::vector<Type*>& types, const std::vector<Value>& values, Opcode op,
                                 const std::function<void(FuncBuilder&, std::vector<Value>&)>& body) {
    Type* word = gen.checked.universe.basic(BasicKind::UnsafePointer);
    // A deferred call runs before its frame's arena region is released, so
    // its box and thunk live there; a goroutine's outlive the frame.
    bool inArena = op == Opcode::DEFER && gen.escapes && gen.escapes->mode != EscapeMode::Off;
    Value box = allocValue(word);
    emitBx(inArena ? Opcode::NEWA : Opcode::NEW, box.reg, int(gen.structTypeFor(types)));
    if (inArena) emitExtra(uint32_t(newArenaSite(Pos{uint32_t(line), 1})));
    std::vector<int64_t> offsets = gen.boxOffsets(types);
    for (size_t i = 0; i < types.size(); ++i) store(types[i], box.reg, offsets[i], values[i]);

    bool isGo = op == Opcode::GO;
    std::string kind = isGo ? "gowrap" : "deferwrap";
    uint32_t thunk = gen.newFunction(fn.name + "." + kind + std::to_string(++gen.litCounters[fn.name + "#" + kind]),
                                     pkg, line);
    vm::Function& tf = *gen.out->functions[thunk];
    tf.isDeferThunk = !isGo;
    gen.setCaptures(tf, {{box.reg, SlotTag::Pointer}});
    {
        FuncBuilder b(gen, tf, pkg);
        b.line = line;
        b.owner = owner;
        Value boxReg = b.allocValue(word);
        b.emit(Opcode::CAPTURE, boxReg.reg, 0, 0);
        std::vector<Value> loaded;
        for (size_t i = 0; i < types.size(); ++i) loaded.push_back(b.load(types[i], boxReg.reg, offsets[i]));
        body(b, loaded);
        b.emit(Opcode::RET, 0, 0, 0);
        b.finish();
    }
    Value closure = allocValue(word);
    emitBx(inArena ? Opcode::CLOSUREA : Opcode::CLOSURE, closure.reg, int(thunk));
    if (inArena) emitExtra(uint32_t(newArenaSite(Pos{uint32_t(line), 1})));
    emit(op, closure.reg, 0, 0);
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
        // The callee copies the pointed-to value; CALLI raises gc's panicwrap
        // text for a nil pointer (Function::valueReceiver).
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

// The method-table entry for a method that does not take the interface's
// data word as is: it rebuilds the receiver from the word (unboxing, walking
// the embedded-field path) and forwards the call.
void Codegen::compileWrapper(PendingFunc& p) {
    FuncBuilder b(*this, *out->functions[p.index], p.pkg);
    Type* recvType = p.recvType;
    const rt::TypeDesc* desc = typeDesc(recvType);
    bool holderIsPointer = under(recvType)->as<Pointer>() != nullptr;
    bool scalarWord = desc->direct && !desc->hasPointers;
    std::vector<Type*> params = {checked.universe.basic(scalarWord ? BasicKind::Uintptr : BasicKind::UnsafePointer)};
    for (Var* v : p.func->signature()->params->vars) params.push_back(v->type);
    std::vector<Value> args = b.beginForwarder(params, p.func->signature());
    Value word = args[0];
    args.erase(args.begin());
    bool methodWantsPointer = under(p.func->signature()->recv->type)->as<Pointer>() != nullptr;
    if (holderIsPointer && !methodWantsPointer && p.path.empty()) b.emitValueMethodNilCheck(word, recvType, p.func);
    Value base = word;  // pointers and aggregates: the word is the register form
    if (!holderIsPointer && desc->direct) {
        // The word holds the value in memory form: reload it in register form.
        Value cell = b.allocValue(checked.universe.basic(BasicKind::UnsafePointer));
        b.emitBx(Opcode::NEW, cell.reg, int(typeIndex(recvType)));
        b.emit(Opcode::STORE64, cell.reg, 0, word.reg);
        base = b.load(recvType, cell.reg, 0);
    } else if (!holderIsPointer && !isAggregate(recvType)) {
        base = b.load(recvType, word.reg, 0);  // the word points to the boxed value
    }
    std::vector<int> index = p.path;
    index.push_back(0);  // the method's own index is not used
    b.endForwarder(b.methodPlanFrom(base, recvType, index, p.func), args);
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
