// Expressions: constants, variables, operators, selectors, indexing,
// composite literals, closures, conversions, type assertions.
#include <cstring>

#include "compiler/codegen_impl.hpp"
#include "parser/printer.hpp"
#include "vm/state.hpp"

namespace govm::codegen {

namespace {

BasicKind basicKindOf(Type* t) {
    Basic* b = t ? under(t)->as<Basic>() : nullptr;
    return b ? b->basicKind : BasicKind::Invalid;
}

bool isFloatType(Type* t) { return isFloat(t); }
bool isUnsignedType(Type* t) { return isUnsigned(t); }
bool isStringType(Type* t) { return isString(t); }

}  // namespace

// A float's conversion to an integer type as gc's amd64 code does it, which
// shows when the value is out of range: to 8, 16 and 32 bits through int32
// (CVTTSD2SL), to uint32 through int64, to 64 bits unsigned by its own sequence.
static Opcode floatToIntOpcode(Type* to) {
    switch (basicKindOf(to)) {
        case BasicKind::Int8:
        case BasicKind::Int16:
        case BasicKind::Int32:
        case BasicKind::Uint8:
        case BasicKind::Uint16: return Opcode::F2I32;
        case BasicKind::Uint:
        case BasicKind::Uint64:
        case BasicKind::Uintptr: return Opcode::F2U;
        default: return Opcode::F2I;
    }
}

Value FuncBuilder::normalizeInt(Value v, Type* t) {
    switch (basicKindOf(t)) {
        case BasicKind::Int8: emit(Opcode::SEXT8, v.reg, v.reg, 0); break;
        case BasicKind::Int16: emit(Opcode::SEXT16, v.reg, v.reg, 0); break;
        case BasicKind::Int32: emit(Opcode::SEXT32, v.reg, v.reg, 0); break;
        case BasicKind::Uint8: emit(Opcode::ZEXT8, v.reg, v.reg, 0); break;
        case BasicKind::Uint16: emit(Opcode::ZEXT16, v.reg, v.reg, 0); break;
        case BasicKind::Uint32: emit(Opcode::ZEXT32, v.reg, v.reg, 0); break;
        case BasicKind::Float32: emit(Opcode::FROUND32, v.reg, v.reg, 0); break;
        default: break;
    }
    return v;
}

Value FuncBuilder::resultFor(Type* t) {
    int dest = hint;
    hint = -1;
    if (dest >= 0) return {dest, slotCount(t), false};
    return allocValue(t);
}

void FuncBuilder::compileExprTo(ast::Expr* e, const Value& dest) {
    hint = dest.reg;
    Value v = compileExpr(e);
    hint = -1;
    move(dest.reg, v.reg, dest.slots);
}

Value FuncBuilder::compileExprTyped(ast::Expr* e, Type* target) {
    Value v = compileExpr(e);
    boxSource = e;
    Value r = convert(v, typeOf(e), target);
    boxSource = nullptr;
    return r;
}

Value FuncBuilder::compileExpr(ast::Expr* e) {
    if (!preset.empty()) {
        auto it = preset.find(e);
        if (it != preset.end()) {
            hint = -1;
            return it->second;
        }
    }
    TypeAndValue t = tv(e);
    if (t.mode == Mode::Constant && t.value) return compileConstant(*t.value, t.type);
    switch (e->kind) {
        case ast::ExprKind::Ident: {
            hint = -1;
            return compileIdent(static_cast<ast::Ident*>(e));
        }
        case ast::ExprKind::Paren: return compileExpr(static_cast<ast::ParenExpr*>(e)->inner);
        case ast::ExprKind::Binary: return compileBinary(static_cast<ast::BinaryExpr*>(e));
        case ast::ExprKind::Unary: return compileUnary(static_cast<ast::UnaryExpr*>(e));
        case ast::ExprKind::Call: {
            int dest = hint;
            hint = -1;
            std::vector<Value> values = compileMulti(e, dest);
            if (values.empty()) unsupported(e->pos, "call without a value used as a value");
            return values[0];
        }
        case ast::ExprKind::Selector: return compileSelector(static_cast<ast::SelectorExpr*>(e));
        case ast::ExprKind::Index: return compileIndex(static_cast<ast::IndexExpr*>(e));
        case ast::ExprKind::Slice: return compileSliceExpr(static_cast<ast::SliceExpr*>(e));
        case ast::ExprKind::Star: hint = -1; return compileStar(static_cast<ast::StarExpr*>(e));
        case ast::ExprKind::CompositeLit:
            hint = -1;
            return compileCompositeLit(static_cast<ast::CompositeLit*>(e), t.type, tempPlace());
        case ast::ExprKind::FuncLit: hint = -1; return compileFuncLit(static_cast<ast::FuncLit*>(e));
        case ast::ExprKind::TypeAssert:
            hint = -1;
            return compileTypeAssert(static_cast<ast::TypeAssertExpr*>(e), false);
        default: break;
    }
    unsupported(e->pos, "govm cannot compile this expression yet: " + exprString(e));
}

// ---- constants and names

Value FuncBuilder::compileConstant(const Constant& c, Type* t) {
    Type* type = defaultType(t);
    Value v = resultFor(type);
    switch (c.kind()) {
        case ConstantKind::Bool: loadInt(v.reg, c.boolValue()); break;
        case ConstantKind::String:
            emitBx(Opcode::LOADSTR, v.reg, int(gen.stringIndex(c.stringValue())));
            break;
        case ConstantKind::Int:
        case ConstantKind::Float:
            if (isFloatType(type)) {
                double d = basicKindOf(type) == BasicKind::Float32 ? double(c.floatValue().value) : c.doubleValue().value;
                uint64_t bits;
                std::memcpy(&bits, &d, 8);
                emitBx(Opcode::LOADK, v.reg, constant(bits));
            } else if (isUnsignedType(type)) {
                uint64_t u = c.toInt().uint64Value().value;
                if (u <= 32767) loadInt(v.reg, int64_t(u));
                else emitBx(Opcode::LOADK, v.reg, constant(u));
            } else {
                loadInt(v.reg, c.toInt().int64Value().value);
            }
            break;
        default: unsupported(Pos{uint32_t(line), 1}, "unknown constant");
    }
    return v;
}

Value FuncBuilder::compileIdent(ast::Ident* id) {
    auto it = gen.info.uses.find(id);
    Object* obj = it != gen.info.uses.end() ? it->second : nullptr;
    if (!obj) unsupported(id->pos, "unresolved identifier " + std::string(id->name));
    switch (obj->kind) {
        case ObjectKind::Var: return loadVar(varLoc(static_cast<Var*>(obj), id->pos));
        case ObjectKind::Nil: {
            Type* t = typeOf(id);
            Value v = allocValue(isUntyped(t) ? gen.checked.universe.basic(BasicKind::UnsafePointer) : t);
            emit(Opcode::ZERO, v.reg, v.slots, 0);
            return v;
        }
        case ObjectKind::Func: {
            Value v = allocValue(obj->type);
            emitBx(Opcode::LOADFUNC, v.reg, int(gen.functionFor(static_cast<Func*>(obj))));
            return v;
        }
        default: break;
    }
    unsupported(id->pos, "cannot use " + std::string(id->name) + " as a value");
}

VarLoc FuncBuilder::varLoc(Var* v, Pos pos) {
    auto it = vars.find(v);
    if (it != vars.end()) return it->second;
    auto g = gen.globalWords.find(v);
    if (g != gen.globalWords.end()) return {VarLoc::Global, -1, g->second, v->type};
    unsupported(pos, "internal error: variable " + std::string(v->name) + " has no location");
}

// A register holding the address of global word `word`.
int FuncBuilder::globalAddress(uint32_t word) {
    Value addr = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
    if (word <= 0xffff) {
        emitBx(Opcode::GADDR, addr.reg, int(word));
    } else {
        emit(Opcode::GADDRX, addr.reg, 0, 0);
        emitExtra(word);
    }
    return addr.reg;
}

Value FuncBuilder::loadVar(const VarLoc& loc) {
    switch (loc.kind) {
        case VarLoc::Registers: return {loc.reg, slotCount(loc.type), false};
        case VarLoc::Boxed: return load(loc.type, loc.reg, 0);
        case VarLoc::Global: {
            if (slotCount(loc.type) == 1 && !isAggregate(loc.type) && sizeOf(loc.type) == 8) {
                Value v = allocValue(loc.type);
                emitBx(Opcode::GGET, v.reg, int(loc.globalWord));
                return v;
            }
            return load(loc.type, globalAddress(loc.globalWord), 0);
        }
    }
    return {};
}

void FuncBuilder::storeVar(const VarLoc& loc, const Value& v) {
    switch (loc.kind) {
        case VarLoc::Registers:
            if (isAggregate(loc.type)) {
                copyInto(loc.reg, v, loc.type);
            } else {
                move(loc.reg, v.reg, slotCount(loc.type));
            }
            return;
        case VarLoc::Boxed: store(loc.type, loc.reg, 0, v); return;
        case VarLoc::Global: {
            if (slotCount(loc.type) == 1 && !isAggregate(loc.type) && sizeOf(loc.type) == 8) {
                emitBx(Opcode::GSET, v.reg, int(loc.globalWord));
                return;
            }
            store(loc.type, globalAddress(loc.globalWord), 0, v);
            return;
        }
    }
}

void FuncBuilder::copyInto(int destPtr, const Value& v, Type* t) {
    if (destPtr == v.reg) return;
    uint64_t size = checkedOffset(sizeOf(t));
    if (size <= kMaxOffsetStep) {
        emit(Opcode::COPYMEM, destPtr, v.reg, 0);
        emitExtra(uint32_t(size));
        return;
    }
    // COPYMEM's size is 32 bits: copy a huge value in steps.
    int to = addOffset(destPtr, 0), from = addOffset(v.reg, 0);
    for (uint64_t done = 0; done < size;) {
        uint64_t step = std::min(kMaxOffsetStep, size - done);
        emit(Opcode::COPYMEM, to, from, 0);
        emitExtra(uint32_t(step));
        done += step;
        if (done == size) break;  // no pointer past the end for the GC to see
        emitAddr(to, to, int64_t(step));
        emitAddr(from, from, int64_t(step));
    }
}

// ---- memory

namespace {

Opcode loadOpFor(Type* t, int* slots) {
    *slots = 1;
    switch (basicKindOf(t)) {
        case BasicKind::Bool:
        case BasicKind::Uint8: return Opcode::LOADU8;
        case BasicKind::Int8: return Opcode::LOAD8;
        case BasicKind::Int16: return Opcode::LOAD16;
        case BasicKind::Uint16: return Opcode::LOADU16;
        case BasicKind::Int32: return Opcode::LOAD32;
        case BasicKind::Uint32: return Opcode::LOADU32;
        case BasicKind::Float32: return Opcode::LOADF32;
        case BasicKind::String: *slots = 2; return Opcode::LOAD2;
        default: break;
    }
    Type* u = under(t);
    if (u->as<types::Interface>()) { *slots = 2; return Opcode::LOAD2; }
    if (u->as<types::Slice>()) { *slots = 3; return Opcode::LOAD3; }
    return Opcode::LOAD64;
}

Opcode storeOpFor(Type* t) {
    switch (basicKindOf(t)) {
        case BasicKind::Bool:
        case BasicKind::Uint8:
        case BasicKind::Int8: return Opcode::STORE8;
        case BasicKind::Int16:
        case BasicKind::Uint16: return Opcode::STORE16;
        case BasicKind::Int32:
        case BasicKind::Uint32: return Opcode::STORE32;
        case BasicKind::Float32: return Opcode::STOREF32;
        case BasicKind::String: return Opcode::STORE2;
        default: break;
    }
    Type* u = under(t);
    if (u->as<types::Interface>()) return Opcode::STORE2;
    if (u->as<types::Slice>()) return Opcode::STORE3;
    return Opcode::STORE64;
}

}  // namespace

uint64_t FuncBuilder::checkedOffset(int64_t offset) {
    if (offset > kMaxOffset) unsupported(Pos{uint32_t(line), 1}, "value too large for govm (more than 1 TiB)");
    return uint64_t(offset);
}

// ADDR adds a 32-bit constant: larger offsets (fields past 4 GiB) take steps.
void FuncBuilder::emitAddr(int dest, int ptr, int64_t offset) {
    uint64_t left = checkedOffset(offset);
    do {
        uint64_t step = std::min(left, kMaxOffsetStep);
        emit(Opcode::ADDR, dest, ptr, 0);
        emitExtra(uint32_t(step));
        ptr = dest;
        left -= step;
    } while (left > 0);
}

int FuncBuilder::addOffset(int ptr, int64_t offset) {
    Value addr = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
    emitAddr(addr.reg, ptr, offset);
    return addr.reg;
}

Value FuncBuilder::load(Type* t, int ptr, int64_t offset, int dest) {
    if (isAggregate(t)) {
        Value v = allocValue(t);
        emitAddr(v.reg, ptr, offset);
        return v;
    }
    if (offset > 255) {
        ptr = addOffset(ptr, offset);
        offset = 0;
    }
    int slots;
    Opcode op = loadOpFor(t, &slots);
    Value v = dest >= 0 ? Value{dest, slots, false} : allocValue(t);
    emit(op, v.reg, ptr, int(offset));
    return v;
}

void FuncBuilder::store(Type* t, int ptr, int64_t offset, const Value& v) {
    if (isAggregate(t)) {
        int dest = offset ? addOffset(ptr, offset) : ptr;
        copyInto(dest, v, t);
        return;
    }
    if (offset > 255) {
        ptr = addOffset(ptr, offset);
        offset = 0;
    }
    emit(storeOpFor(t), ptr, int(offset), v.reg);
}

Value FuncBuilder::copyAggregate(const Value& v, Type* t, Place place) {
    if (v.fresh && (v.heap || place != Place::Heap)) return v;
    Value copy = allocValue(t);
    move(copy.reg, v.reg, 1);
    int type = int(gen.typeIndex(t));
    switch (place) {
        case Place::Arena: {
            int site = newArenaSite(Pos{uint32_t(line), 0});
            emitBx(Opcode::CLONEA, copy.reg, type);
            emitExtra(uint32_t(site));
            break;
        }
        case Place::FrameHeap: emitBx(Opcode::CLONEF, copy.reg, type); break;
        case Place::Heap: emitBx(Opcode::CLONE, copy.reg, type); break;
    }
    copy.fresh = true;
    copy.heap = place == Place::Heap;
    return copy;
}

// ---- operators

Value FuncBuilder::compileUnary(ast::UnaryExpr* e) {
    Type* t = typeOf(e);
    switch (e->op) {
        case Tok::And: {
            hint = -1;
            ast::Expr* x = ast::unparen(e->operand);
            if (auto* lit = x->as<ast::CompositeLit>()) return compileLiteralAddress(lit, typeOf(lit), e);
            Value v = allocValue(t);
            int addr = addressOf(e->operand);
            move(v.reg, addr, 1);
            return v;
        }
        case Tok::Arrow: return compileRecv(e, false)[0];
        default: break;
    }
    int dest = hint;
    hint = -1;
    Value x = compileExpr(e->operand);
    Value v = dest >= 0 ? Value{dest, slotCount(t), false} : allocValue(t);
    switch (e->op) {
        case Tok::Add: move(v.reg, x.reg, v.slots); return v;
        case Tok::Sub:
            emit(isFloatType(t) ? Opcode::NEGF : Opcode::NEG, v.reg, x.reg, 0);
            return isFloatType(t) ? v : normalizeInt(v, t);
        case Tok::Xor: emit(Opcode::NOT, v.reg, x.reg, 0); return normalizeInt(v, t);
        case Tok::Not: emit(Opcode::LNOT, v.reg, x.reg, 0); return v;
        default: break;
    }
    unsupported(e->pos, "unsupported unary operator");
}

namespace {

struct ArithOps {
    Opcode reg;
    Opcode konst;
    bool hasK;
};

bool arithOps(Tok op, Type* t, ArithOps* ops) {
    bool f = isFloatType(t), u = isUnsignedType(t);
    switch (op) {
        case Tok::Add: *ops = f ? ArithOps{Opcode::ADDF, Opcode::ADDFK, true} : ArithOps{Opcode::ADD, Opcode::ADDK, true}; return true;
        case Tok::Sub: *ops = f ? ArithOps{Opcode::SUBF, Opcode::SUBFK, true} : ArithOps{Opcode::SUB, Opcode::SUBK, true}; return true;
        case Tok::Mul: *ops = f ? ArithOps{Opcode::MULF, Opcode::MULFK, true} : ArithOps{Opcode::MUL, Opcode::MULK, true}; return true;
        case Tok::Quo:
            *ops = f ? ArithOps{Opcode::DIVF, Opcode::DIVFK, true}
                     : u ? ArithOps{Opcode::DIVU, Opcode::DIVU, false} : ArithOps{Opcode::DIV, Opcode::DIVK, true};
            return true;
        case Tok::Rem: *ops = u ? ArithOps{Opcode::REMU, Opcode::REMU, false} : ArithOps{Opcode::REM, Opcode::REMK, true}; return true;
        case Tok::And: *ops = {Opcode::AND, Opcode::ANDK, true}; return true;
        case Tok::Or: *ops = {Opcode::OR, Opcode::OR, false}; return true;
        case Tok::Xor: *ops = {Opcode::XOR, Opcode::XOR, false}; return true;
        case Tok::AndNot: *ops = {Opcode::ANDNOT, Opcode::ANDNOT, false}; return true;
        default: return false;
    }
}

bool isComparison(Tok op) {
    return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

}  // namespace

// The constant-pool index of a small integer or float constant operand,
// or -1 if `e` is not a constant that fits the C field.
int FuncBuilder::constOperand(ast::Expr* e, Type* t) {
    TypeAndValue x = tv(e);
    if (x.mode != Mode::Constant || !x.value) return -1;
    uint64_t bits;
    if (isFloatType(t)) {
        double d = basicKindOf(t) == BasicKind::Float32 ? double(x.value->floatValue().value) : x.value->doubleValue().value;
        std::memcpy(&bits, &d, 8);
    } else if (isInteger(t)) {
        bits = isUnsignedType(t) ? x.value->toInt().uint64Value().value : uint64_t(x.value->toInt().int64Value().value);
    } else {
        return -1;
    }
    int k = constant(bits);
    return k <= 255 ? k : -1;
}

Value FuncBuilder::compileBinary(ast::BinaryExpr* e) {
    Type* t = typeOf(e);
    if (e->op == Tok::AndAnd || e->op == Tok::OrOr || isComparison(e->op)) {
        int dest = hint;
        hint = -1;
        if (isComparison(e->op) && !(e->op == Tok::AndAnd || e->op == Tok::OrOr)) {
            Type* xt = typeOf(e->left);
            Type* yt = typeOf(e->right);
            Value x = compileExpr(e->left);
            Value y = compileExpr(e->right);
            Value r = compileComparison(e->op, xt, x, y, xt, yt);
            if (dest >= 0) {
                move(dest, r.reg, 1);
                return {dest, 1, false};
            }
            return r;
        }
        Value r = dest >= 0 ? Value{dest, 1, false} : allocValue(gen.checked.universe.basic(BasicKind::Bool));
        Label* falseLabel = newLabel();
        Label* done = newLabel();
        compileCondJump(e, false, *falseLabel);
        loadInt(r.reg, 1);
        emitJump(*done);
        place(*falseLabel);
        loadInt(r.reg, 0);
        place(*done);
        return r;
    }
    if (e->op == Tok::Shl || e->op == Tok::Shr) return compileShift(e, t);
    int dest = hint;
    hint = -1;
    if (isStringType(t) && e->op == Tok::Add) {
        Value x = compileExpr(e->left);
        Value y = compileExpr(e->right);
        Value r = dest >= 0 ? Value{dest, 2, false} : allocValue(t);
        heapSite(escapeSite(e), e->pos);
        emit(Opcode::CONCAT, r.reg, x.reg, y.reg);
        return r;
    }
    ArithOps ops;
    if (!arithOps(e->op, t, &ops)) unsupported(e->pos, "unsupported binary operator");
    // A call on the left may leave its result in the call area too, when
    // the right operand cannot disturb it.
    if (ast::unparen(e->left)->as<ast::CallExpr>() && isSimple(gen.info, e->right)) hint = kOutBase;
    Value x = compileExpr(e->left);
    hint = -1;
    int k = ops.hasK ? constOperand(e->right, t) : -1;
    int magic = -1;
    if (k >= 0 && (e->op == Tok::Quo || e->op == Tok::Rem) && !isFloatType(t)) {
        // DIVK/REMK need a non-zero divisor; the checker rejects constant zero.
        int64_t d = fn.constants[size_t(k)].i;
        if (d == 0) k = -1;
        else if (vm::hasSignedDivisorMagic(d)) magic = divisor(d);
    }
    Value r = dest >= 0 ? Value{dest, 1, false} : allocValue(t);
    if (magic >= 0) {
        emit(e->op == Tok::Quo ? Opcode::DIVM : Opcode::REMM, r.reg, x.reg, magic);
    } else if (k >= 0) {
        emit(ops.konst, r.reg, x.reg, k);
    } else {
        // A call on the right leaves its result in the call area: the
        // operation reads it at once, and arithmetic neither calls nor allocates.
        if (ast::unparen(e->right)->as<ast::CallExpr>()) hint = kOutBase;
        Value y = compileExpr(e->right);
        hint = -1;
        emit(ops.reg, r.reg, x.reg, y.reg);
    }
    return normalizeInt(r, t);
}

Value FuncBuilder::compileShift(ast::BinaryExpr* e, Type* t) {
    int dest = hint;
    hint = -1;
    Value x = compileExpr(e->left);
    Value r = dest >= 0 ? Value{dest, 1, false} : allocValue(t);
    bool left = e->op == Tok::Shl;
    bool u = isUnsignedType(t);
    TypeAndValue count = tv(e->right);
    if (count.mode == Mode::Constant && count.value) {
        uint64_t n = count.value->toInt().uint64Value().value;
        if (n < 64) {
            emit(left ? Opcode::SHLI : u ? Opcode::SHRUI : Opcode::SHRI, r.reg, x.reg, int(n));
            return normalizeInt(r, t);
        }
    }
    Value y = compileExpr(e->right);
    if (!isUnsignedType(typeOf(e->right))) emit(Opcode::SHIFTCHK, y.reg, 0, 0);
    emit(left ? Opcode::SHL : u ? Opcode::SHRU : Opcode::SHR, r.reg, x.reg, y.reg);
    return normalizeInt(r, t);
}

Value FuncBuilder::compileComparison(Tok op, Type* operandType, Value x, Value y, Type* xt, Type* yt) {
    Basic* boolType = gen.checked.universe.basic(BasicKind::Bool);
    Value r = allocValue(boolType);
    // Mixed interface / concrete comparisons convert the concrete side.
    if (isInterface(xt) != isInterface(yt)) {
        if (isInterface(xt)) y = toIface(y, yt, xt);
        else x = toIface(x, xt, yt);
        operandType = isInterface(xt) ? xt : yt;
    }
    Type* t = isUntyped(operandType) ? (isUntyped(yt) ? defaultType(operandType) : yt) : operandType;
    if (tv_isNilType(xt) || tv_isNilType(yt)) {
        // x == nil for slices, maps, pointers, funcs, interfaces: the first word.
        Value v = tv_isNilType(xt) ? y : x;
        Value zero = allocValue(gen.checked.universe.basic(BasicKind::Int));
        loadInt(zero.reg, 0);
        emit(op == Tok::Eql ? Opcode::EQ : Opcode::NE, r.reg, v.reg, zero.reg);
        return r;
    }
    Type* u = under(t);
    bool swap = op == Tok::Gtr || op == Tok::Geq;
    if (swap) std::swap(x, y);
    Tok base = op == Tok::Gtr ? Tok::Lss : op == Tok::Geq ? Tok::Leq : op;
    auto finish = [&](Opcode eq, Opcode lt, Opcode le) {
        switch (base) {
            case Tok::Eql: emit(eq, r.reg, x.reg, y.reg); break;
            case Tok::Neq: emit(eq, r.reg, x.reg, y.reg); emit(Opcode::LNOT, r.reg, r.reg, 0); break;
            case Tok::Lss: emit(lt, r.reg, x.reg, y.reg); break;
            default: emit(le, r.reg, x.reg, y.reg); break;
        }
        return r;
    };
    if (isString(u)) return finish(Opcode::EQSTR, Opcode::LTSTR, Opcode::LESTR);
    if (isFloatType(u)) {
        if (base == Tok::Neq) { emit(Opcode::NEF, r.reg, x.reg, y.reg); return r; }
        return finish(Opcode::EQF, Opcode::LTF, Opcode::LEF);
    }
    if (isInteger(u) || isBoolean(u)) {
        if (isUnsignedType(u)) return finish(Opcode::EQ, Opcode::LTU, Opcode::LEU);
        return finish(Opcode::EQ, Opcode::LT, Opcode::LE);
    }
    if (u->as<types::Interface>()) return finish(Opcode::EQIFACE, Opcode::EQIFACE, Opcode::EQIFACE);
    if (isAggregate(u)) {
        emit(Opcode::EQMEM, r.reg, x.reg, y.reg);
        emitExtra(gen.typeIndex(t));
        if (base == Tok::Neq) emit(Opcode::LNOT, r.reg, r.reg, 0);
        return r;
    }
    return finish(Opcode::EQ, Opcode::LT, Opcode::LE);  // pointers, maps, chans, funcs
}

bool FuncBuilder::tv_isNilType(Type* t) const { return t && isBasic(t, BasicKind::UntypedNil); }

// Emits code that jumps to `target` when cond == jumpIf and falls through otherwise.
void FuncBuilder::compileCondJump(ast::Expr* cond, bool jumpIf, Label& target) {
    cond = ast::unparen(cond);
    if (auto* u = cond->as<ast::UnaryExpr>(); u && u->op == Tok::Not) {
        compileCondJump(u->operand, !jumpIf, target);
        return;
    }
    // Each side of && and || is ordered on its own, like a statement.
    auto* logical = cond->as<ast::BinaryExpr>();
    bool isLogical = logical && (logical->op == Tok::AndAnd || logical->op == Tok::OrOr);
    OrderedScope ordered = orderOperands(isLogical ? std::vector<OrderPart>{} : std::vector<OrderPart>{{OrderPart::Operand, cond}});
    if (auto* b = cond->as<ast::BinaryExpr>()) {
        if (b->op == Tok::AndAnd || b->op == Tok::OrOr) {
            bool isAnd = b->op == Tok::AndAnd;
            if (isAnd != jumpIf) {
                // (a && b) jump-if-false: either false jumps; (a || b) jump-if-true: either true jumps.
                compileCondJump(b->left, jumpIf, target);
                compileCondJump(b->right, jumpIf, target);
            } else {
                Label* skip = newLabel();
                compileCondJump(b->left, !jumpIf, *skip);
                compileCondJump(b->right, jumpIf, target);
                place(*skip);
            }
            return;
        }
        Type* xt = typeOf(b->left);
        Type* yt = typeOf(b->right);
        bool xNil = tv(b->left).mode == Mode::NilValue, yNil = tv(b->right).mode == Mode::NilValue;
        if ((b->op == Tok::Eql || b->op == Tok::Neq) && xNil != yNil) {
            // x == nil tests x's first word (compileComparison): one compare-and-branch.
            int zero = constant(0);
            if (zero <= 255) {
                Value v = compileExpr(xNil ? b->right : b->left);
                emitBranch((b->op == Tok::Eql) == jumpIf ? Opcode::BREQK : Opcode::BRNEK, v.reg, zero, target);
                return;
            }
        }
        bool intLike = (isInteger(xt) || isInteger(yt)) && !isInterface(xt) && !isInterface(yt) &&
                       tv(cond).mode != Mode::Constant;
        if (isComparison(b->op) && intLike) {
            Type* t = isUntyped(xt) ? yt : xt;
            bool u = isUnsignedType(t);
            Tok op = b->op;
            if (!jumpIf) {
                switch (op) {
                    case Tok::Eql: op = Tok::Neq; break;
                    case Tok::Neq: op = Tok::Eql; break;
                    case Tok::Lss: op = Tok::Geq; break;
                    case Tok::Leq: op = Tok::Gtr; break;
                    case Tok::Gtr: op = Tok::Leq; break;
                    default: op = Tok::Lss; break;
                }
            }
            Value x = compileExpr(b->left);
            int k = u ? -1 : constOperand(b->right, t);
            if (k >= 0) {
                Opcode brk = op == Tok::Eql ? Opcode::BREQK : op == Tok::Neq ? Opcode::BRNEK : op == Tok::Lss ? Opcode::BRLTK
                           : op == Tok::Leq ? Opcode::BRLEK : op == Tok::Gtr ? Opcode::BRGTK : Opcode::BRGEK;
                emitBranch(brk, x.reg, k, target);
                return;
            }
            Value y = compileExpr(b->right);
            switch (op) {
                case Tok::Eql: emitBranch(Opcode::BREQ, x.reg, y.reg, target); return;
                case Tok::Neq: emitBranch(Opcode::BRNE, x.reg, y.reg, target); return;
                case Tok::Lss: emitBranch(u ? Opcode::BRLTU : Opcode::BRLT, x.reg, y.reg, target); return;
                case Tok::Leq: emitBranch(u ? Opcode::BRLEU : Opcode::BRLE, x.reg, y.reg, target); return;
                case Tok::Gtr: emitBranch(u ? Opcode::BRLTU : Opcode::BRLT, y.reg, x.reg, target); return;
                default: emitBranch(u ? Opcode::BRLEU : Opcode::BRLE, y.reg, x.reg, target); return;
            }
        }
        if (isComparison(b->op) && jumpIf && isFloatType(xt) && isFloatType(yt) &&
            (b->op == Tok::Lss || b->op == Tok::Gtr || b->op == Tok::Leq || b->op == Tok::Geq)) {
            Value x = compileExpr(b->left);
            Value y = compileExpr(b->right);
            bool swap = b->op == Tok::Gtr || b->op == Tok::Geq;
            bool strict = b->op == Tok::Lss || b->op == Tok::Gtr;
            emitBranch(strict ? Opcode::BRLTF : Opcode::BRLEF, swap ? y.reg : x.reg, swap ? x.reg : y.reg, target);
            return;
        }
    }
    Value v = compileExpr(cond);
    emitCondJumpOnReg(v.reg, jumpIf, target);
}

void FuncBuilder::emitCondJumpOnReg(int reg, bool jumpIf, Label& target) {
    // Skip a full-range JMP unless the condition holds.
    emitSBx(jumpIf ? Opcode::JF : Opcode::JT, reg, 1);
    emitJump(target);
}

// ---- selectors, indexing, slicing

// The address of the field `path[:count]` of `base`. Offsets within one
// struct add up; only the embedded pointers on the path are loaded. With
// `trailing`, the result is the last pointer (or base) and *trailing the
// offset still to add: a store through it then checks that pointer for
// nil, as an assignment's second phase does in Go. Otherwise one ADDR,
// which checks it now, yields the address.
Value FuncBuilder::fieldAddress(Value base, Type* baseType, const std::vector<int>& path, size_t count, Type** finalType,
                                int64_t* trailing) {
    // base holds either a pointer to a struct, or a struct value (its address).
    Type* t = baseType;
    int ptr = base.reg;
    int64_t pending = 0;
    for (size_t i = 0; i < count; ++i) {
        if (Pointer* p = under(t)->as<Pointer>()) t = p->elem;
        Struct* s = under(t)->as<Struct>();
        if (!s) unsupported(Pos{uint32_t(line), 1}, "internal error: field path through a non-struct");
        int index = path[i];
        std::vector<int64_t> offsets = fieldOffsets(s);
        Type* ft = s->fields[size_t(index)]->type;
        bool last = i + 1 == count;
        pending += offsets[size_t(index)];
        if (!last && under(ft)->as<Pointer>()) {
            ptr = load(ft, ptr, pending).reg;
            pending = 0;
        }
        t = ft;
    }
    *finalType = t;
    if (trailing) *trailing = pending;
    else if (count > 0) ptr = addOffset(ptr, pending);
    return {ptr, 1, false};
}

Value FuncBuilder::compileSelector(ast::SelectorExpr* e) {
    int dest = hint;  // honoured by field loads
    hint = -1;
    auto sit = gen.info.selections.find(e);
    if (sit == gen.info.selections.end()) {
        // A qualified identifier: pkg.Name.
        auto use = gen.info.uses.find(e->selector);
        if (use == gen.info.uses.end()) unsupported(e->pos, "unresolved selector");
        return compileIdent(e->selector);
    }
    const Selection& s = sit->second;
    if (s.kind == SelectionKind::FieldVal) {
        Value base = compileExpr(e->operand);
        Type* baseType = typeOf(e->operand);
        Type* fieldType;
        Type* t = baseType;
        size_t n = s.index.size();
        // Walk to the struct holding the field, then load it.
        Value holder = n > 1 ? fieldAddress(base, t, s.index, n - 1, &t) : base;
        if (n > 1 && under(t)->as<Pointer>()) holder = load(t, holder.reg, 0), t = under(t)->as<Pointer>()->elem;
        if (Pointer* p = under(t)->as<Pointer>()) t = p->elem;
        Struct* st = under(t)->as<Struct>();
        int index = s.index.back();
        fieldType = st->fields[size_t(index)]->type;
        std::vector<int64_t> offsets = fieldOffsets(st);
        return load(fieldType, holder.reg, offsets[size_t(index)], dest);
    }
    if (s.kind == SelectionKind::MethodVal) return methodValue(e);
    return methodExpr(e);
}

Value FuncBuilder::compileStar(ast::StarExpr* e) {
    Value p = compileExpr(e->operand);
    Type* t = typeOf(e);
    if (isAggregate(t)) {
        emit(Opcode::NILCHK, p.reg, 0, 0);
        return {p.reg, 1, false};
    }
    return load(t, p.reg, 0);
}

void FuncBuilder::emitSliceGet(int dst, int s, int i, Type* elem) {
    int64_t size = isAggregate(elem) ? -1 : sizeOf(elem);
    if (size == 8 && slotCount(elem) == 1) {
        emit(Opcode::SLICEGET64, dst, s, i);
    } else if (size == 1 && (isBasic(elem, BasicKind::Uint8) || isBoolean(elem))) {
        emit(Opcode::SLICEGETU8, dst, s, i);
    } else {
        emit(Opcode::SLICEGET, dst, s, i);
        emitExtra(gen.typeIndex(elem));
    }
}

void FuncBuilder::emitSliceSet(int s, int i, int v, Type* elem) {
    int64_t size = isAggregate(elem) ? -1 : sizeOf(elem);
    if (size == 8 && slotCount(elem) == 1) {
        emit(Opcode::SLICESET64, s, i, v);
    } else if (size == 1 && slotCount(elem) == 1) {
        emit(Opcode::SLICESET8, s, i, v);
    } else {
        emit(Opcode::SLICESET, s, i, v);
        emitExtra(gen.typeIndex(elem));
    }
}

Value FuncBuilder::compileIndex(ast::IndexExpr* e) {
    int dest = hint;
    hint = -1;
    Type* xt = typeOf(e->operand);
    Type* u = under(xt);
    Type* t = typeOf(e);
    if (Pointer* p = u->as<Pointer>()) u = under(p->elem);  // (*array)[i]
    if (isString(u)) {
        Value s = compileExpr(e->operand);
        Value i = compileExpr(e->indices[0]);
        Value r = dest >= 0 ? Value{dest, 1, false} : allocValue(t);
        emit(Opcode::STRINDEX, r.reg, s.reg, i.reg);
        return r;
    }
    if (types::Slice* sl = u->as<types::Slice>()) {
        Value s = compileExpr(e->operand);
        Value i = compileExpr(e->indices[0]);
        Type* elem = sl->elem;
        if (isAggregate(elem)) {
            Value r = allocValue(elem);
            emit(Opcode::SLICEADDR, r.reg, s.reg, i.reg);
            emitExtra(gen.typeIndex(elem));
            return r;
        }
        Value r = dest >= 0 && slotCount(elem) == 1 ? Value{dest, 1, false} : allocValue(elem);
        emitSliceGet(r.reg, s.reg, i.reg, elem);
        return r;
    }
    if (u->as<types::Array>()) {
        int addr = elementAddress(e);
        return load(t, addr, 0);
    }
    if (types::Map* m = u->as<types::Map>()) {
        Value mv = compileExpr(e->operand);
        Value key = compileExprTyped(e->indices[0], m->key);
        bool byAddress;
        int keyReg = mapKeyOperand(key, m->key, &byAddress);
        Value found = allocate2Scalar();
        emit(byAddress ? Opcode::MAPLOOKUPP : Opcode::MAPLOOKUP, found.reg, mv.reg, keyReg);
        emitExtra(gen.typeIndex(xt));
        Value v = load(m->elem, found.reg, 0);
        lastMapOk = found.reg + 1;
        return v;
    }
    unsupported(e->pos, "govm cannot index this type yet");
}

Value FuncBuilder::allocate2Scalar() {
    // A map lookup's result: value address (a pointer) and the found flag.
    int reg = allocate({SlotTag::Pointer, SlotTag::Scalar});
    return {reg, 2, false};
}

int FuncBuilder::mapKeyOperand(Value key, Type* keyType, bool* byAddress) {
    if (isAggregate(keyType)) {
        *byAddress = true;
        return key.reg;
    }
    if (isBasic(keyType, BasicKind::Float32)) {
        Value box = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
        emitBx(Opcode::NEW, box.reg, int(gen.typeIndex(keyType)));
        store(keyType, box.reg, 0, key);
        *byAddress = true;
        return box.reg;
    }
    *byAddress = false;
    return key.reg;
}

// The address of an array element a[i] (a an array variable, a pointer to
// an array, or an addressable array expression).
int FuncBuilder::elementAddress(ast::IndexExpr* e) {
    Type* xt = typeOf(e->operand);
    Value base = compileExpr(e->operand);  // arrays: their address; *array: the pointer
    Type* arrayType = under(xt)->as<Pointer>() ? under(xt)->as<Pointer>()->elem : xt;
    Value i = compileExpr(e->indices[0]);
    Value r = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
    emit(Opcode::INDEXADDR, r.reg, base.reg, i.reg);
    emitExtra(gen.typeIndex(arrayType));
    return r.reg;
}

Value FuncBuilder::compileSliceExpr(ast::SliceExpr* e) {
    int dest = hint;
    hint = -1;
    Type* xt = typeOf(e->operand);
    Type* u = under(xt);
    Type* t = typeOf(e);
    Basic* intType = gen.checked.universe.basic(BasicKind::Int);
    if (isString(u)) {
        Value s = compileExpr(e->operand);
        int bounds = allocate({SlotTag::Scalar, SlotTag::Scalar});
        if (e->low) compileExprTo(e->low, {bounds, 1}); else loadInt(bounds, 0);
        if (e->high) compileExprTo(e->high, {bounds + 1, 1}); else move(bounds + 1, s.reg + 1, 1);
        Value r = dest >= 0 ? Value{dest, 2, false} : allocValue(t);
        emit(Opcode::STRSLICE, r.reg, s.reg, bounds);
        return r;
    }
    bool isArray = false;
    Type* arrayType = nullptr;
    if (Pointer* p = u->as<Pointer>()) {
        isArray = true;
        arrayType = p->elem;
    } else if (u->as<types::Array>()) {
        isArray = true;
        arrayType = xt;
    }
    Value s = compileExpr(e->operand);
    int bounds = allocate({SlotTag::Scalar, SlotTag::Scalar, SlotTag::Scalar});
    (void)intType;
    if (e->low) compileExprTo(e->low, {bounds, 1}); else loadInt(bounds, 0);
    if (isArray) {
        int64_t len = under(arrayType)->as<types::Array>()->length;
        if (e->max) compileExprTo(e->max, {bounds + 2, 1}); else loadInt(bounds + 2, len);
        if (e->high) compileExprTo(e->high, {bounds + 1, 1}); else loadInt(bounds + 1, len);
        Value r = dest >= 0 ? Value{dest, 3, false} : allocValue(t);
        emit(Opcode::ARRSLICE, r.reg, s.reg, bounds);
        emitExtra(gen.typeIndex(arrayType) | (e->threeIndex ? 1u << 31 : 0));
        return r;
    }
    if (e->max) compileExprTo(e->max, {bounds + 2, 1}); else move(bounds + 2, s.reg + 2, 1);
    if (e->high) compileExprTo(e->high, {bounds + 1, 1}); else move(bounds + 1, s.reg + 1, 1);
    Value r = dest >= 0 ? Value{dest, 3, false} : allocValue(t);
    emit(Opcode::RESLICE, r.reg, s.reg, bounds);
    emitExtra(gen.typeIndex(under(xt)->as<types::Slice>()->elem) | (e->threeIndex ? 1u << 31 : 0));
    return r;
}

// The address of an addressable expression (&x, x.f = ..., method calls
// with pointer receivers). The caller's temps own the result.
int FuncBuilder::addressOf(ast::Expr* e) {
    e = ast::unparen(e);
    if (auto* id = e->as<ast::Ident>()) {
        auto it = gen.info.uses.find(id);
        Var* v = it != gen.info.uses.end() && it->second ? it->second->as<Var>() : nullptr;
        if (!v) unsupported(e->pos, "cannot take the address of " + std::string(id->name));
        VarLoc loc = varLoc(v, id->pos);
        if (loc.kind == VarLoc::Boxed) return loc.reg;
        if (loc.kind == VarLoc::Registers && isAggregate(loc.type)) return loc.reg;
        if (loc.kind == VarLoc::Global) return globalAddress(loc.globalWord);
        unsupported(e->pos, "internal error: address of a register variable " + std::string(id->name));
    }
    if (auto* star = e->as<ast::StarExpr>()) {
        Value p = compileExpr(star->operand);
        return p.reg;
    }
    if (auto* sel = e->as<ast::SelectorExpr>()) {
        auto sit = gen.info.selections.find(sel);
        if (sit != gen.info.selections.end() && sit->second.kind == SelectionKind::FieldVal) {
            const Selection& s = sit->second;
            Value base = compileExpr(sel->operand);
            Type* t;
            Value addr = fieldAddress(base, typeOf(sel->operand), s.index, s.index.size(), &t);
            return addr.reg;
        }
        if (sit == gen.info.selections.end()) return addressOf(sel->selector);
    }
    if (auto* ix = e->as<ast::IndexExpr>()) {
        Type* u = under(typeOf(ix->operand));
        if (u->as<types::Slice>()) {
            Value s = compileExpr(ix->operand);
            Value i = compileExpr(ix->indices[0]);
            Value r = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
            emit(Opcode::SLICEADDR, r.reg, s.reg, i.reg);
            emitExtra(gen.typeIndex(u->as<types::Slice>()->elem));
            return r.reg;
        }
        return elementAddress(ix);
    }
    if (auto* lit = e->as<ast::CompositeLit>()) return compileCompositeLit(lit, typeOf(lit), tempPlace()).reg;
    // Not addressable: materialize the value in a fresh cell.
    Type* t = typeOf(e);
    Value v = compileExpr(e);
    if (isAggregate(t)) return copyAggregate(v, t, Place::Heap).reg;
    Value cell = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
    emitBx(Opcode::NEW, cell.reg, int(gen.typeIndex(t)));
    store(t, cell.reg, 0, v);
    return cell.reg;
}

// ---- composite literals and closures

// The object of a struct or array literal, or the cell &[]T{...} and
// &map[K]V{...} store their value in. `site` is the escape pass's when
// `&` makes the literal an allocation Go reports; a value literal is one Go
// keeps on the stack (nothing in -m), described here for --stats.
static Value newLiteralObject(FuncBuilder& b, ast::CompositeLit* e, Type* t, Place place, const EscapeSite* site) {
    Value obj = isAggregate(t) ? b.allocValue(t) : b.allocValue(b.gen.checked.universe.basic(BasicKind::UnsafePointer));
    int arenaSite = -1;
    Pos pos = site ? site->pos : e->pos;  // `&T{...}` is at its `&`
    if (place == Place::Arena) arenaSite = b.newArenaSite(pos, site);
    else b.heapSite(site, pos);
    vm::AllocSite& entry = b.gen.out->allocSites.back();
    if (!site) {
        entry.expr = std::string(b.gen.typeDesc(t)->name) + "{...}";
        if (place != Place::Arena)
            entry.reason = !b.valuesInArena()       ? "escape analysis off"
                           : place == Place::Heap ? "returned, or kept by a variable that escapes"
                                                  : "made where no arena region would free it (frame-confined)";
    }
    b.emitNewValue(obj.reg, t, place, arenaSite);
    obj.fresh = true;
    obj.heap = place == Place::Heap;
    return obj;
}

// Where the object of `&T{...}` goes: the escape pass decides (a package it
// does not analyse keeps them on the heap).
Place FuncBuilder::pointeePlace(const void* node) const {
    return valuesInArena() && !gen.escapes->isHeap(node) ? Place::Arena : Place::Heap;
}

// &T{...}, also elided in a literal of pointers; `node` is the allocation
// the escape pass knows. A struct or array literal is built in the object;
// a slice or map literal is a value stored in a new cell, as gc's new(T)
// and an assignment.
Value FuncBuilder::compileLiteralAddress(ast::CompositeLit* e, Type* t, const void* node) {
    Value obj;
    if (isAggregate(t)) {
        obj = compileCompositeLit(e, t, pointeePlace(node), escapeSite(node));
    } else {
        Value value = compileCompositeLit(e, t, tempPlace());
        obj = newLiteralObject(*this, e, t, pointeePlace(node), escapeSite(node));
        store(t, obj.reg, 0, value);
    }
    obj.fresh = false;
    return obj;
}

// A struct or array value that becomes storage at `place` (a variable's, a
// result's): a literal is built there directly.
Value FuncBuilder::compileValueAt(ast::Expr* e, Type* target, Place place) {
    auto* lit = ast::unparen(e)->as<ast::CompositeLit>();
    if (!lit || !identical(typeOf(lit), target)) return compileExprTyped(e, target);
    hint = -1;
    return compileCompositeLit(lit, typeOf(lit), place);
}

Value FuncBuilder::compileCompositeLit(ast::CompositeLit* e, Type* t, Place place, const EscapeSite* site) {
    Type* u = under(t);
    if (Pointer* p = u->as<Pointer>()) return compileLiteralAddress(e, p->elem, e);  // &T{} elided
    if (Struct* s = u->as<Struct>()) {
        Value obj = newLiteralObject(*this, e, t, place, site);
        std::vector<int64_t> offsets = fieldOffsets(s);
        for (size_t i = 0; i < e->elements.size(); ++i) {
            ast::Expr* el = e->elements[i];
            size_t field = i;
            ast::Expr* valueExpr = el;
            if (auto* kv = el->as<ast::KeyValueExpr>()) {
                auto* key = kv->key->as<ast::Ident>();
                for (size_t f = 0; f < s->fields.size(); ++f)
                    if (key && s->fields[f]->name == key->name) field = f;
                valueExpr = kv->value;
            }
            size_t mark = temps.size();
            Type* ft = s->fields[field]->type;
            Value v = compileElement(valueExpr, ft);
            store(ft, obj.reg, offsets[field], v);
            releaseTempsTo(mark);
        }
        return obj;
    }
    if (types::Array* a = u->as<types::Array>()) {
        Value obj = newLiteralObject(*this, e, t, place, site);
        int64_t size = sizeOf(a->elem);
        int64_t index = 0;
        for (ast::Expr* el : e->elements) {
            ast::Expr* valueExpr = el;
            if (auto* kv = el->as<ast::KeyValueExpr>()) {
                index = tv(kv->key).value->toInt().int64Value().value;
                valueExpr = kv->value;
            }
            size_t mark = temps.size();
            Value v = compileElement(valueExpr, a->elem);
            store(a->elem, obj.reg, index * size, v);
            releaseTempsTo(mark);
            ++index;
        }
        return obj;
    }
    if (types::Slice* sl = u->as<types::Slice>()) {
        int64_t n = 0, index = 0;
        for (ast::Expr* el : e->elements) {
            if (auto* kv = el->as<ast::KeyValueExpr>()) index = tv(kv->key).value->toInt().int64Value().value;
            n = std::max(n, ++index);
        }
        Value s = allocValue(t);
        loadInt(s.reg + 1, n);
        int site = arenaSite(e, e->pos);
        emit(site >= 0 ? Opcode::MAKESLICEA : Opcode::MAKESLICE, s.reg, s.reg + 1, s.reg + 1);
        emitExtra(gen.typeIndex(sl->elem));
        if (site >= 0) emitExtra(uint32_t(site));
        index = 0;
        Basic* intType = gen.checked.universe.basic(BasicKind::Int);
        for (ast::Expr* el : e->elements) {
            ast::Expr* valueExpr = el;
            if (auto* kv = el->as<ast::KeyValueExpr>()) {
                index = tv(kv->key).value->toInt().int64Value().value;
                valueExpr = kv->value;
            }
            size_t mark = temps.size();
            Value v = compileElement(valueExpr, sl->elem);
            Value i = allocValue(intType);
            loadInt(i.reg, index);
            emitSliceSet(s.reg, i.reg, v.reg, sl->elem);
            releaseTempsTo(mark);
            ++index;
        }
        return s;
    }
    if (types::Map* m = u->as<types::Map>()) {
        Value mv = allocValue(t);
        Value hintReg = allocValue(gen.checked.universe.basic(BasicKind::Int));
        loadInt(hintReg.reg, int64_t(e->elements.size()));
        int site = arenaSite(e, e->pos);
        emit(site >= 0 ? Opcode::MAKEMAPA : Opcode::MAKEMAP, mv.reg, hintReg.reg, 0);
        emitExtra(gen.typeIndex(t));
        if (site >= 0) emitExtra(uint32_t(site));
        for (ast::Expr* el : e->elements) {
            auto* kv = el->as<ast::KeyValueExpr>();
            size_t mark = temps.size();
            // gc makes each entry an assignment of its own (order.go OMAPLIT).
            OrderedScope ordered = orderOperands({{OrderPart::Operand, kv->key, m->key}, {OrderPart::Operand, kv->value, m->elem}});
            Value key = compileElement(kv->key, m->key);
            Value value = compileElement(kv->value, m->elem);
            bool byAddress;
            int keyReg = mapKeyOperand(key, m->key, &byAddress);
            Value slot = allocValue(gen.checked.universe.basic(BasicKind::UnsafePointer));
            emit(byAddress ? Opcode::MAPASSIGNP : Opcode::MAPASSIGN, slot.reg, mv.reg, keyReg);
            emitExtra(gen.typeIndex(t));
            store(m->elem, slot.reg, 0, value);
            releaseTempsTo(mark);
        }
        return mv;
    }
    unsupported(e->pos, "govm cannot build this composite literal");
}

// An element of a composite literal: elided types (`{1, 2}` inside
// []Point{...}, `&T{}` elided to `{}`) take the element type.
Value FuncBuilder::compileElement(ast::Expr* e, Type* elemType) {
    if (auto it = preset.find(e); it != preset.end()) return it->second;
    if (auto* lit = e->as<ast::CompositeLit>(); lit && !lit->type) {
        Value v = compileCompositeLit(lit, elemType, tempPlace());
        if (Pointer* p = under(elemType)->as<Pointer>()) {
            (void)p;
            v.fresh = false;
        }
        return v;
    }
    return compileExprTyped(e, elemType);
}

Value FuncBuilder::compileFuncLit(ast::FuncLit* e) {
    std::string outer = fn.name;
    size_t dot = outer.find(".func");
    if (dot != std::string::npos && fn.name.rfind(".func") != std::string::npos) outer = outer.substr(0, outer.find(".func"));
    std::string name = outer + ".func" + std::to_string(gen.funcLitCounter(outer));
    uint32_t index = gen.newFunction(name, pkg, int(e->pos.line));
    PendingFunc p{PendingFunc::Lit, index};
    p.lit = e;
    p.pkg = pkg;
    p.captures = capturesOf(e);
    // A closure holds, per captured variable, its value (captured by value),
    // the address of its cell, or the address of its struct or array storage.
    std::vector<std::pair<int, SlotTag>> words;
    for (const Var* v : p.captures) {
        VarLoc loc = varLoc(const_cast<Var*>(v), e->pos);
        bool byValue = gen.byValue.count(v) && loc.kind == VarLoc::Registers;
        if (!byValue && loc.kind != VarLoc::Boxed && !(loc.kind == VarLoc::Registers && isAggregate(loc.type)))
            unsupported(e->pos, "internal error: captured variable " + std::string(v->name) + " has no cell");
        if (!byValue) {
            words.push_back({loc.reg, SlotTag::Pointer});
            continue;
        }
        std::vector<SlotTag> shape = shapeOf(v->type);
        for (size_t i = 0; i < shape.size(); ++i) words.push_back({loc.reg + int(i), shape[i]});
    }
    gen.setCaptures(*gen.out->functions[index], words);
    gen.pending.push_back(std::move(p));
    Value v = allocValue(typeOf(e));
    int site = arenaSite(e, e->pos);
    emitBx(site >= 0 ? Opcode::CLOSUREA : Opcode::CLOSURE, v.reg, int(index));
    if (site >= 0) emitExtra(uint32_t(site));
    return v;
}

// ---- conversions and interfaces

Value FuncBuilder::toIface(Value v, Type* from, Type* ifaceType) {
    if (isInterface(from)) return v;
    Value r = allocValue(ifaceType);
    if (isBasic(from, BasicKind::UntypedNil)) {
        emit(Opcode::ZERO, r.reg, 2, 0);
        return r;
    }
    Type* concrete = defaultType(from);
    const ast::Expr* source = boxSource;
    boxSource = nullptr;
    int site = -1;
    const EscapeSite* box = source && gen.escapes ? gen.escapes->findBox(source) : nullptr;
    if (source && gen.escapes && !gen.typeDesc(concrete)->direct && !gen.escapes->isBoxHeap(source))
        site = newArenaSite(source->pos, box);
    else if (source && !gen.typeDesc(concrete)->direct)
        heapSite(box, source->pos);
    emit(site >= 0 ? Opcode::MKIFACEA : Opcode::MKIFACE, r.reg, v.reg, 0);
    emitExtra(gen.typeIndex(concrete));
    if (site >= 0) emitExtra(uint32_t(site));
    return r;
}

// The array of slice `s` as a *[n]T, or as the [n]T it holds (a value the
// consumer copies, as an aggregate not fresh).
Value FuncBuilder::sliceToArray(Value s, int64_t n, Type* to) {
    Value length = allocValue(gen.checked.universe.basic(BasicKind::Int));
    loadInt(length.reg, n);
    Value r = allocValue(to);
    emit(Opcode::SLICEARR, r.reg, s.reg, length.reg);
    return r;
}

Value FuncBuilder::convert(Value v, Type* from, Type* to) {
    if (!from || !to || from == to) return v;
    if (isInterface(to)) return toIface(v, from, to);
    if (isBasic(from, BasicKind::UntypedNil)) {
        Value r = allocValue(to);
        emit(Opcode::ZERO, r.reg, r.slots, 0);
        return r;
    }
    Type* fu = under(defaultType(from));
    Type* tu = under(to);
    if (identical(fu, tu)) return v;
    if (fu->as<types::Slice>()) {
        // (*[N]T)(s) and Go 1.20's [N]T(s): the slice's array, if it is long enough.
        Pointer* p = tu->as<Pointer>();
        if (auto* a = (p ? under(p->elem) : tu)->as<types::Array>()) return sliceToArray(v, a->length, to);
    }
    Basic* fb = fu->as<Basic>();
    Basic* tb = tu->as<Basic>();
    if (fb && tb) {
        if (isString(tb) && isInteger(fb)) {
            Value r = allocValue(to);
            emit(Opcode::CONVERT, r.reg, v.reg, int(vm::Conversion::RuneToString));
            return r;
        }
        if (isNumeric(fb) && isNumeric(tb)) {
            Value r = allocValue(to);
            if (isFloat(fb) && isFloat(tb)) {
                move(r.reg, v.reg, 1);
                return normalizeInt(r, to);
            }
            if (isFloat(fb)) {
                emit(floatToIntOpcode(tb), r.reg, v.reg, 0);
                return normalizeInt(r, to);
            }
            if (isFloat(tb)) {
                emit(isUnsigned(fb) ? Opcode::U2F : Opcode::I2F, r.reg, v.reg, 0);
                return normalizeInt(r, to);
            }
            move(r.reg, v.reg, 1);
            return normalizeInt(r, to);
        }
        return v;
    }
    if (isString(tu) && fu->as<types::Slice>()) {
        Type* elem = under(fu->as<types::Slice>()->elem);
        Value r = allocValue(to);
        bool runes = isBasic(elem, BasicKind::Int32);
        emit(Opcode::CONVERT, r.reg, v.reg, int(runes ? vm::Conversion::RunesToString : vm::Conversion::BytesToString));
        return r;
    }
    if (isString(fu) && tu->as<types::Slice>()) {
        Type* elem = under(tu->as<types::Slice>()->elem);
        Value r = allocValue(to);
        bool runes = isBasic(elem, BasicKind::Int32);
        emit(Opcode::CONVERT, r.reg, v.reg, int(runes ? vm::Conversion::StringToRunes : vm::Conversion::StringToBytes));
        return r;
    }
    return v;  // same representation: named <-> underlying, pointers, funcs
}

Value FuncBuilder::compileTypeAssert(ast::TypeAssertExpr* e, bool commaOk) {
    Value x = compileExpr(e->operand);
    Type* target = typeOf(e->type);
    Type* staticType = typeOf(e->operand);
    int slots = slotCount(target);
    std::vector<SlotTag> shape = shapeOf(target);
    if (commaOk) shape.push_back(SlotTag::Scalar);
    int reg = allocate(shape);
    if (isInterface(target)) {
        emit(Opcode::ASSERTI, reg, x.reg, commaOk ? 1 : 0);
    } else {
        emit(Opcode::ASSERT, reg, x.reg, commaOk ? 1 : 0);
    }
    emitExtra(gen.typeIndex(target));
    emitExtra(gen.typeIndex(staticType));
    if (commaOk) lastMapOk = reg + slots;
    return {reg, slots, false};
}

}  // namespace govm::codegen
