// Expressions: dispatch, operators, constants and untyped conversions
// (types2 expr.go).
//
// Every expression is checked by rawExpr, which records its type. An
// untyped operand (a constant, or the result of comparing or shifting
// untyped values) is only remembered in untyped_ until its final type is
// known: convertUntyped/updateExprType walk the expression tree down again
// and record the final type (and check representability at the root), so
// Info ends up with the types values really have at run time.
//
// Errors are reported at the start of the offending expression
// (syntax.StartPos: the leftmost token), not at its operator.
#include "compiler/checker.hpp"

namespace govm::types {

Pos startPos(const ast::Expr* e) {
    for (;;) {
        switch (e->kind) {
        case ast::ExprKind::CompositeLit: {
            auto* c = static_cast<const ast::CompositeLit*>(e);
            if (!c->type) return e->pos;
            e = c->type;
            break;
        }
        case ast::ExprKind::Selector: e = static_cast<const ast::SelectorExpr*>(e)->operand; break;
        case ast::ExprKind::Index: e = static_cast<const ast::IndexExpr*>(e)->operand; break;
        case ast::ExprKind::TypeAssert: e = static_cast<const ast::TypeAssertExpr*>(e)->operand; break;
        case ast::ExprKind::Binary: e = static_cast<const ast::BinaryExpr*>(e)->left; break;
        case ast::ExprKind::Call: e = static_cast<const ast::CallExpr*>(e)->callee; break;
        case ast::ExprKind::FuncType: {
            // gc's FuncType (in a type) starts after `func`, at its '(' or '['.
            auto* f = static_cast<const ast::FuncType*>(e);
            if (f->typeParams) return f->typeParams->open;
            return f->params ? f->params->open : e->pos;
        }
        default: return e->pos;
        }
    }
}

void Checker::errorAt(const Operand& x, std::string msg) { error(x.expr ? startPos(x.expr) : Pos{}, std::move(msg)); }

namespace {


bool isComparisonTok(Tok op) {
    return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

bool isShiftTok(Tok op) { return op == Tok::Shl || op == Tok::Shr; }

ConstantOp constantOpOf(Tok op) {
    switch (op) {
    case Tok::Add: return ConstantOp::Add;
    case Tok::Sub: return ConstantOp::Sub;
    case Tok::Mul: return ConstantOp::Mul;
    case Tok::Quo: return ConstantOp::Quo;
    case Tok::Rem: return ConstantOp::Rem;
    case Tok::And: return ConstantOp::And;
    case Tok::Or: return ConstantOp::Or;
    case Tok::Xor: return ConstantOp::Xor;
    case Tok::AndNot: return ConstantOp::AndNot;
    case Tok::Shl: return ConstantOp::Shl;
    case Tok::Shr: return ConstantOp::Shr;
    case Tok::AndAnd: return ConstantOp::LogicalAnd;
    case Tok::OrOr: return ConstantOp::LogicalOr;
    case Tok::Eql: return ConstantOp::Equal;
    case Tok::Neq: return ConstantOp::NotEqual;
    case Tok::Lss: return ConstantOp::Less;
    case Tok::Leq: return ConstantOp::LessEqual;
    case Tok::Gtr: return ConstantOp::Greater;
    default: return ConstantOp::GreaterEqual;
    }
}

const char* opNameOf(const ast::Expr* e) {
    if (auto* u = e->as<ast::UnaryExpr>()) return u->op == Tok::Xor ? "bitwise complement" : "";
    if (auto* b = e->as<ast::BinaryExpr>()) {
        switch (b->op) {
        case Tok::Add: return "addition";
        case Tok::Sub: return "subtraction";
        case Tok::Xor: return "bitwise XOR";
        case Tok::Mul: return "multiplication";
        case Tok::Shl: return "shift";
        default: return "";
        }
    }
    return "";
}

}  // namespace

std::string opName(ast::Expr* e) { return opNameOf(e); }

// --- operand predicates -------------------------------------------------------

bool Checker::opPredicate(Operand& x, Tok op, bool isBinary) {
    bool ok = false;
    switch (op) {
    case Tok::Add: ok = isNumeric(x.type) || (isBinary && isString(x.type)); break;
    case Tok::Sub:
    case Tok::Mul:
    case Tok::Quo: ok = isNumeric(x.type); break;
    case Tok::Xor:
    case Tok::Rem:
    case Tok::And:
    case Tok::Or:
    case Tok::AndNot: ok = isInteger(x.type); break;
    case Tok::Not:
    case Tok::AndAnd:
    case Tok::OrOr: ok = isBoolean(x.type); break;
    default: ok = false;
    }
    if (!ok) errorAt(x, "invalid operation: operator " + std::string(tokSpelling(op)) + " not defined on " + str(x));
    return ok;
}

void Checker::overflow(Operand& x, Pos opPos) {
    if (x.val.isUnknown()) {
        error(opPos, "constant result is not representable");
        return;
    }
    if (isTyped(x.type)) {
        representable(x, static_cast<Basic*>(under(x.type)));
        return;
    }
    if (x.val.kind() == ConstantKind::Int && x.val.exceedsUntypedIntPrecision()) {
        error(opPos, "constant " + opName(x.expr) + " overflow");
        x.val = Constant::unknown();
    }
}

Representability Checker::representation(Operand& x, Basic* typ, Constant& rounded) {
    if (x.val.isUnknown()) {
        rounded = x.val;
        return Representability::Ok;
    }
    Representation r = x.val.representAs(constantTypeOf(typ->basicKind));
    if (r.ok()) {
        rounded = r.rounded;
        return Representability::Ok;
    }
    if (isNumeric(x.type) && isNumeric(typ)) {
        if (!isInteger(x.type) && isInteger(typ)) return Representability::Truncated;
        return Representability::Overflows;
    }
    return Representability::Mismatch;
}

void Checker::representable(Operand& x, Basic* typ) {
    Constant v;
    Representability r = representation(x, typ, v);
    if (r != Representability::Ok) {
        invalidConversion(x, typ, int(r));
        x.mode = Mode::Invalid;
        return;
    }
    x.val = v;
}

void Checker::invalidConversion(Operand& x, Type* target, int code) {
    auto r = Representability(code);
    if (r == Representability::Truncated) errorAt(x, str(x) + " truncated to " + str(target));
    else if (r == Representability::Overflows) errorAt(x, str(x) + " overflows " + str(target));
    else errorAt(x, "cannot convert " + str(x) + " to " + str(target));
}

// --- untyped conversion --------------------------------------------------------

int Checker::implicitTypeAndValue(Operand& x, Type* target, Type*& outType, Constant& outVal) {
    outType = x.type;
    outVal = Constant::unknown();
    bool hasVal = false;
    (void)hasVal;
    if (x.mode == Mode::Invalid || isTyped(x.type) || isInvalid(target)) return 0;
    constexpr int kInvalidUntyped = int(Representability::Mismatch);
    if (isUntyped(target)) {
        auto xk = static_cast<Basic*>(x.type)->basicKind;
        auto tk = static_cast<Basic*>(target)->basicKind;
        if (isNumeric(x.type) && isNumeric(target)) {
            if (xk < tk) outType = target;
        } else if (xk != tk) {
            outType = nullptr;
            return kInvalidUntyped;
        }
        return 0;
    }
    if (x.isNil()) {
        if (hasNil(target)) {
            outType = target;
            return 0;
        }
        outType = nullptr;
        return kInvalidUntyped;
    }
    Type* u = under(target);
    if (auto* b = u->as<Basic>()) {
        if (x.mode == Mode::Constant) {
            Constant v;
            Representability r = representation(x, b, v);
            if (r != Representability::Ok) {
                outType = nullptr;
                return int(r);
            }
            outType = target;
            outVal = v;
            return 0;
        }
        auto xk = static_cast<Basic*>(x.type)->basicKind;
        bool ok = (xk == BasicKind::UntypedBool && isBoolean(target)) ||
                  ((xk == BasicKind::UntypedInt || xk == BasicKind::UntypedRune || xk == BasicKind::UntypedFloat) &&
                   isNumeric(target)) ||
                  (xk == BasicKind::UntypedString && isString(target));
        if (!ok) {
            outType = nullptr;
            return kInvalidUntyped;
        }
        outType = target;
        return 0;
    }
    if (auto* iface = u->as<Interface>()) {
        completeInterface(iface);
        if (!iface->allMethods.empty()) {
            outType = nullptr;
            return kInvalidUntyped;
        }
        outType = defaultType(x.type);
        return 0;
    }
    outType = nullptr;
    return kInvalidUntyped;
}

void Checker::convertUntyped(Operand& x, Type* target) {
    Type* newType = nullptr;
    Constant val;
    int code = implicitTypeAndValue(x, target, newType, val);
    if (code != 0) {
        invalidConversion(x, under(target), code);
        x.mode = Mode::Invalid;
        return;
    }
    if (x.mode == Mode::Constant && !val.isUnknown()) {
        x.val = val;
        updateExprVal(x.expr, val);
    }
    if (newType != x.type) {
        x.type = newType;
        updateExprType(x.expr, newType, false);
    }
}

void Checker::updateExprVal(ast::Expr* x, const Constant& val) {
    auto it = untyped_.find(x);
    if (it != untyped_.end()) it->second.val = val;
}

void Checker::updateExprType(ast::Expr* x, Type* typ, bool final) { updateExprType0(nullptr, x, typ, final, false); }

// Unlike go/types, the operands of a constant expression get the final type
// too (`var x int8 = 1 + 2` records int8 for 1, 2 and 1 + 2), keeping their
// own values and without a representability check: only the root's value
// is ever materialized.
void Checker::updateExprType0(ast::Expr* parent, ast::Expr* x, Type* typ, bool final, bool constOperand) {
    auto it = untyped_.find(x);
    if (it == untyped_.end()) return;
    ExprInfo old = it->second;
    bool isConst = old.mode == Mode::Constant;
    switch (x->kind) {
    case ast::ExprKind::Paren:
        updateExprType0(x, static_cast<ast::ParenExpr*>(x)->inner, typ, final, constOperand);
        break;
    case ast::ExprKind::Unary:
        updateExprType0(x, static_cast<ast::UnaryExpr*>(x)->operand, typ, final, constOperand || isConst);
        break;
    case ast::ExprKind::Binary: {
        auto* b = static_cast<ast::BinaryExpr*>(x);
        if (isComparisonTok(b->op)) break;
        updateExprType0(x, b->left, typ, final, constOperand || isConst);
        if (!isShiftTok(b->op)) updateExprType0(x, b->right, typ, final, constOperand || isConst);
        break;
    }
    case ast::ExprKind::Call:
    case ast::ExprKind::Ident:
    case ast::ExprKind::BasicLit:
    case ast::ExprKind::Selector: break;
    default: return;
    }
    if (!final && isUntyped(typ)) {
        untyped_[x].type = static_cast<Basic*>(under(typ));
        return;
    }
    untyped_.erase(x);
    if (constOperand) {
        if (isConst && isTyped(typ)) recordTypeAndValue(x, old.mode, typ, prog_.arena->constant(old.val));
        return;
    }
    if (old.isLhs && !isInteger(typ)) {
        error(startPos(x), "invalid operation: " + exprStr(parent ? parent : x) + " (shift of type " + str(typ) + ")");
        return;
    }
    if (old.mode == Mode::Constant) {
        Operand c;
        c.mode = old.mode;
        c.expr = x;
        c.type = old.type;
        c.val = old.val;
        convertUntyped(c, typ);
        if (c.mode == Mode::Invalid) return;
        old.val = c.val;
    }
    Mode mode = old.mode;
    const Constant* val = mode == Mode::Constant ? prog_.arena->constant(old.val) : nullptr;
    recordTypeAndValue(x, mode, typ, val);
}

// --- unary, binary, shifts, comparisons ---------------------------------------

void Checker::unary(Operand& x, ast::UnaryExpr* e) {
    expr(x, e->operand);
    if (x.mode == Mode::Invalid) return;
    switch (e->op) {
    case Tok::And:
        if (!ast::unparen(e->operand)->as<ast::CompositeLit>() && x.mode != Mode::Variable) {
            errorAt(x, "invalid operation: cannot take address of " + str(x));
            x.mode = Mode::Invalid;
            return;
        }
        x.mode = Mode::Value;
        x.type = make<Pointer>(x.type);
        return;
    case Tok::Arrow: {
        auto* ch = under(x.type)->as<Chan>();
        if (!ch) {
            errorAt(x, "invalid operation: cannot receive from non-channel " + str(x));
            x.mode = Mode::Invalid;
            return;
        }
        if (ch->dir == ast::ChanDir::Send) {
            errorAt(x, "invalid operation: cannot receive from send-only channel " + str(x));
            x.mode = Mode::Invalid;
            return;
        }
        x.mode = Mode::CommaOk;
        x.type = ch->elem;
        env_.hasCallOrRecv = true;
        return;
    }
    case Tok::Tilde:
        error(e->pos, "cannot use ~ outside of interface or type constraint");
        x.mode = Mode::Invalid;
        return;
    default: break;
    }
    if (!opPredicate(x, e->op, false)) {
        x.mode = Mode::Invalid;
        return;
    }
    if (x.mode == Mode::Constant) {
        if (x.val.isUnknown()) return;
        unsigned prec = isUnsigned(x.type) ? unsigned(sizeOf(x.type) * 8) : 0;
        ConstantUnaryOp op = e->op == Tok::Add   ? ConstantUnaryOp::Plus
                             : e->op == Tok::Sub ? ConstantUnaryOp::Minus
                             : e->op == Tok::Xor ? ConstantUnaryOp::Complement
                                                 : ConstantUnaryOp::Not;
        x.val = Constant::unaryOp(op, x.val, prec).value;
        x.expr = e;
        overflow(x, e->pos);
        return;
    }
    x.mode = Mode::Value;
}

std::string Checker::kindString(Type* t) {
    switch (under(t)->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    default: return str(t);
    }
}

std::string Checker::incomparableCause(Type* t) {
    Type* u = under(t);
    if (u->kind == TypeKind::Slice || u->kind == TypeKind::Signature || u->kind == TypeKind::Map)
        return kindString(t) + " can only be compared to nil";
    if (auto* s = u->as<Struct>()) {
        for (Var* f : s->fields)
            if (!comparable(f->type)) return "struct containing " + str(f->type) + " cannot be compared";
    }
    return str(t) + " cannot be compared";
}

void Checker::comparison(Operand& x, Operand& y, Tok op, bool switchCase, Pos) {
    if (switchCase) op = Tok::Eql;
    Operand* errOp = &x;
    std::string cause;
    bool ok = assignableToOp(x, y.type, nullptr) || assignableToOp(y, x.type, nullptr);
    if (!ok) {
        errOp = &y;
        cause = "mismatched types " + str(x.type) + " and " + str(y.type);
    } else if (op == Tok::Eql || op == Tok::Neq) {
        if (x.isNil() || y.isNil()) {
            Type* t = x.isNil() ? y.type : x.type;
            if (!hasNil(t)) {
                errOp = &y;
                ok = false;
            }
        } else if (!comparable(x.type)) {
            errOp = &x;
            cause = incomparableCause(x.type);
            ok = false;
        } else if (!comparable(y.type)) {
            errOp = &y;
            cause = incomparableCause(y.type);
            ok = false;
        }
    } else if (!isOrdered(x.type)) {
        errOp = &x;
        ok = false;
    } else if (!isOrdered(y.type)) {
        errOp = &y;
        ok = false;
    }
    if (ok) {
        if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
            x.val = Constant::fromBool(Constant::compare(x.val, constantOpOf(op), y.val));
        } else {
            x.mode = Mode::Value;
            updateExprType(x.expr, defaultType(x.type), true);
            updateExprType(y.expr, defaultType(y.type), true);
        }
        x.type = basic(BasicKind::UntypedBool);
        return;
    }
    if (cause.empty())
        cause = "operator " + std::string(tokSpelling(op)) + " not defined on " + kindString(errOp->type);
    if (switchCase)
        errorAt(x, "invalid case " + exprStr(x.expr) + " in switch on " + exprStr(y.expr) + " (" + cause + ")");
    else
        errorAt(*errOp, "invalid operation: " + exprStr(x.expr) + " " + std::string(tokSpelling(op)) + " " +
                            exprStr(y.expr) + " (" + cause + ")");
    x.mode = Mode::Invalid;
}

void Checker::shift(Operand& x, Operand& y, ast::Expr* e, Tok op, Pos opPos) {
    Constant xval;
    if (x.mode == Mode::Constant) xval = x.val.toInt();
    if (!(isInteger(x.type) || (isUntyped(x.type) && xval.kind() == ConstantKind::Int))) {
        errorAt(x, "invalid operation: shifted operand " + str(x) + " must be integer");
        x.mode = Mode::Invalid;
        return;
    }
    if (y.mode == Mode::Constant) {
        Constant yval = y.val.toInt();
        if (yval.kind() == ConstantKind::Int && yval.sign() < 0) {
            errorAt(y, "invalid operation: negative shift count " + str(y));
            x.mode = Mode::Invalid;
            return;
        }
        if (isUntyped(y.type)) {
            representable(y, basic(BasicKind::Uint));
            if (y.mode == Mode::Invalid) {
                x.mode = Mode::Invalid;
                return;
            }
        }
    } else if (isUntyped(y.type)) {
        convertUntyped(y, basic(BasicKind::Uint));
        if (y.mode == Mode::Invalid) {
            x.mode = Mode::Invalid;
            return;
        }
    } else if (!isInteger(y.type)) {
        errorAt(y, "invalid operation: shift count " + str(y) + " must be integer");
        x.mode = Mode::Invalid;
        return;
    }
    if (x.mode == Mode::Constant) {
        if (y.mode == Mode::Constant) {
            if (x.val.isUnknown() || y.val.isUnknown()) {
                x.val = Constant::unknown();
                if (!isInteger(x.type)) x.type = basic(BasicKind::UntypedInt);
                return;
            }
            auto s = y.val.toInt().uint64Value();
            if (!s.exact || s.value > kMaxShiftCount) {
                errorAt(y, "invalid operation: invalid shift count " + str(y));
                x.mode = Mode::Invalid;
                return;
            }
            if (!isInteger(x.type)) x.type = basic(BasicKind::UntypedInt);
            x.val = Constant::shift(xval, op == Tok::Shl ? ConstantOp::Shl : ConstantOp::Shr, y.val.toInt()).value;
            x.expr = e;
            overflow(x, opPos);
            return;
        }
        if (isUntyped(x.type)) {
            auto it = untyped_.find(x.expr);
            if (it != untyped_.end()) it->second.isLhs = true;
            x.mode = Mode::Value;
            return;
        }
    }
    if (!isInteger(x.type)) {
        errorAt(x, "invalid operation: shifted operand " + str(x) + " must be integer");
        x.mode = Mode::Invalid;
        return;
    }
    x.mode = Mode::Value;
}

void Checker::binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, Tok op, Pos opPos) {
    Operand y;
    expr(x, lhs);
    expr(y, rhs);
    if (x.mode == Mode::Invalid) return;
    if (y.mode == Mode::Invalid) {
        x.mode = Mode::Invalid;
        x.expr = y.expr;
        return;
    }
    if (isShiftTok(op)) {
        shift(x, y, e, op, opPos);
        return;
    }
    bool canMix = isInterface(x.type) || isInterface(y.type) ||
                  (isBoolean(x.type) == isBoolean(y.type) && isString(x.type) == isString(y.type) &&
                   !(x.isNil() && !hasNil(y.type)) && !(y.isNil() && !hasNil(x.type)));
    if (canMix) {
        convertUntyped(x, y.type);
        if (x.mode == Mode::Invalid) return;
        convertUntyped(y, x.type);
        if (y.mode == Mode::Invalid) {
            x.mode = Mode::Invalid;
            return;
        }
    }
    if (isComparisonTok(op)) {
        comparison(x, y, op, false, opPos);
        return;
    }
    if (!identical(x.type, y.type)) {
        if (!isInvalid(x.type) && !isInvalid(y.type)) {
            if (e)
                errorAt(x, "invalid operation: " + exprStr(e) + " (mismatched types " + str(x.type) + " and " +
                               str(y.type) + ")");
            else
                errorAt(x, "invalid operation: " + exprStr(lhs) + " " + std::string(tokSpelling(op)) + "= " +
                               exprStr(rhs) + " (mismatched types " + str(x.type) + " and " + str(y.type) + ")");
        }
        x.mode = Mode::Invalid;
        return;
    }
    if (!opPredicate(x, op, true)) {
        x.mode = Mode::Invalid;
        return;
    }
    if (op == Tok::Quo || op == Tok::Rem) {
        if ((x.mode == Mode::Constant || isInteger(x.type)) && y.mode == Mode::Constant && y.val.sign() == 0 &&
            !y.val.isUnknown()) {
            errorAt(y, "invalid operation: division by zero");
            x.mode = Mode::Invalid;
            return;
        }
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
        if (x.val.isUnknown() || y.val.isUnknown()) {
            x.val = Constant::unknown();
            return;
        }
        Constant a = x.val, b = y.val;
        // Integer division truncates only for integer types; 7.0 / 2 stays exact.
        if (op == Tok::Quo && !isInteger(x.type)) {
            a = a.toFloat();
            b = b.toFloat();
        } else if (op == Tok::Quo && isInteger(x.type)) {
            a = a.toInt();
            b = b.toInt();
        }
        x.val = Constant::binaryOp(a, constantOpOf(op), b).value;
        x.expr = e;
        overflow(x, opPos);
        return;
    }
    x.mode = Mode::Value;
}

// --- entry points -----------------------------------------------------------------

Checker::ExprKindResult Checker::rawExpr(Operand& x, ast::Expr* e, Type* hint) {
    ExprKindResult kind = exprInternal(x, e, hint);
    record(x);
    return kind;
}

void Checker::exclude(Operand& x, unsigned modeset) {
    if (!(modeset & (1u << unsigned(x.mode)))) return;
    std::string msg;
    switch (x.mode) {
    case Mode::NoValue:
        msg = (modeset & (1u << unsigned(Mode::TypeExpr))) ? " used as value" : " used as value or type";
        break;
    case Mode::Builtin: msg = " must be called"; break;
    case Mode::TypeExpr: msg = " is not an expression"; break;
    default: return;
    }
    errorAt(x, str(x) + msg);
    x.mode = Mode::Invalid;
}

void Checker::singleValue(Operand& x) {
    if (x.mode == Mode::Value && x.type && x.type->kind == TypeKind::Tuple) {
        errorAt(x, "multiple-value " + str(x) + " in single-value context");
        x.mode = Mode::Invalid;
    }
}

namespace {
constexpr unsigned bit(Mode m) { return 1u << unsigned(m); }
}  // namespace

void Checker::expr(Operand& x, ast::Expr* e) {
    rawExpr(x, e, nullptr);
    exclude(x, bit(Mode::NoValue) | bit(Mode::Builtin) | bit(Mode::TypeExpr));
    singleValue(x);
}

void Checker::multiExpr(Operand& x, ast::Expr* e) {
    rawExpr(x, e, nullptr);
    exclude(x, bit(Mode::NoValue) | bit(Mode::Builtin) | bit(Mode::TypeExpr));
}

void Checker::exprWithHint(Operand& x, ast::Expr* e, Type* hint) {
    rawExpr(x, e, hint);
    exclude(x, bit(Mode::NoValue) | bit(Mode::Builtin) | bit(Mode::TypeExpr));
    singleValue(x);
}

void Checker::exprOrType(Operand& x, ast::Expr* e) {
    rawExpr(x, e, nullptr);
    exclude(x, bit(Mode::NoValue));
    singleValue(x);
}

void Checker::useExpr(ast::Expr* e) {
    if (!e) return;
    Operand x;
    // Check for errors only; results are discarded.
    rawExpr(x, e, nullptr);
}

void Checker::use(const ast::List<ast::Expr*>& list) {
    for (ast::Expr* e : list) useExpr(e);
}

void Checker::useLHS(const ast::List<ast::Expr*>& list) {
    for (ast::Expr* e : list) {
        // An identifier on the lhs is not a "use" of the variable.
        Var* v = nullptr;
        bool wasUsed = false;
        if (auto* id = ast::unparen(e)->as<ast::Ident>()) {
            if (id->name == "_") continue;
            if (Object* obj = env_.scope->lookupParent(id->name))
                if (auto* w = obj->as<Var>(); w && w->pkg == pkg_) {
                    v = w;
                    wasUsed = w->used;
                }
        }
        useExpr(e);
        if (v) v->used = wasUsed;
    }
}

void Checker::starExpr(Operand& x, ast::StarExpr* e) {
    exprOrType(x, e->operand);
    switch (x.mode) {
    case Mode::Invalid: return;
    case Mode::TypeExpr: x.type = make<Pointer>(x.type); return;
    default: {
        auto* p = under(x.type)->as<Pointer>();
        if (!p) {
            errorAt(x, "invalid operation: cannot indirect " + str(x));
            x.mode = Mode::Invalid;
            return;
        }
        x.mode = Mode::Variable;
        x.type = p->elem;
    }
    }
}

Checker::ExprKindResult Checker::exprInternal(Operand& x, ast::Expr* e, Type* hint) {
    x.mode = Mode::Invalid;
    x.type = invalidType();
    x.expr = e;
    ExprKindResult kind = ExprKindResult::Expression;
    switch (e->kind) {
    case ast::ExprKind::Bad: break;
    case ast::ExprKind::Ident: ident(x, static_cast<ast::Ident*>(e), nullptr, false); break;
    case ast::ExprKind::Ellipsis: error(e->pos, "invalid use of '...'"); break;
    case ast::ExprKind::BasicLit: basicLit(x, static_cast<ast::BasicLit*>(e)); break;
    case ast::ExprKind::FuncLit: funcLit(x, static_cast<ast::FuncLit*>(e)); break;
    case ast::ExprKind::CompositeLit: compositeLit(x, static_cast<ast::CompositeLit*>(e), hint); break;
    case ast::ExprKind::Paren:
        kind = rawExpr(x, static_cast<ast::ParenExpr*>(e)->inner, nullptr);
        x.expr = e;
        return kind;
    case ast::ExprKind::Selector: selector(x, static_cast<ast::SelectorExpr*>(e), false); break;
    case ast::ExprKind::Index: indexExpr(x, static_cast<ast::IndexExpr*>(e)); break;
    case ast::ExprKind::Slice: sliceExpr(x, static_cast<ast::SliceExpr*>(e)); break;
    case ast::ExprKind::TypeAssert: typeAssertExpr(x, static_cast<ast::TypeAssertExpr*>(e)); break;
    case ast::ExprKind::Call: return callExpr(x, static_cast<ast::CallExpr*>(e));
    case ast::ExprKind::Star: starExpr(x, static_cast<ast::StarExpr*>(e)); break;
    case ast::ExprKind::Unary: {
        auto* u = static_cast<ast::UnaryExpr*>(e);
        unary(x, u);
        if (x.mode != Mode::Invalid && u->op == Tok::Arrow) {
            x.expr = e;
            return ExprKindResult::Statement;
        }
        break;
    }
    case ast::ExprKind::Binary: {
        auto* b = static_cast<ast::BinaryExpr*>(e);
        binary(x, e, b->left, b->right, b->op, b->pos);
        break;
    }
    case ast::ExprKind::KeyValue: error(e->pos, "unexpected key:value expression"); break;
    default:
        x.mode = Mode::TypeExpr;
        x.type = typ(e);
        break;
    }
    if (x.mode == Mode::Invalid) {
        x.expr = e;
        return ExprKindResult::Statement;
    }
    x.expr = e;
    return kind;
}

void Checker::typeAssertExpr(Operand& x, ast::TypeAssertExpr* e) {
    expr(x, e->operand);
    if (x.mode == Mode::Invalid) return;
    if (!under(x.type)->as<Interface>()) {
        errorAt(x, "invalid operation: " + str(x) + " is not an interface");
        x.mode = Mode::Invalid;
        return;
    }
    if (!e->type) {
        error(e->pos, "use of .(type) outside type switch");
        x.mode = Mode::Invalid;
        return;
    }
    Type* T = varType(e->type);
    if (isInvalid(T)) {
        x.mode = Mode::Invalid;
        return;
    }
    typeAssertion(e, x, T, false);
    x.mode = Mode::CommaOk;
    x.type = T;
}

std::string Checker::missingMethodReason(Type* v, Type* t, Func* m, Func* alt) {
    std::string mname = std::string(m->name) + " method";
    auto funcString = [&](Func* f) {
        std::string s(f->name);
        std::string sig = str(f->type);  // "func(...)..."
        return s + sig.substr(4);
    };
    if (alt) {
        if (m->name != alt->name)
            return "(missing " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
        if (identical(m->type, alt->type)) return "(" + mname + " has pointer receiver)";
        return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
    }
    auto isIfacePtr = [](Type* t) {
        auto* p = under(t)->as<Pointer>();
        return p && isInterface(p->elem);
    };
    if (isIfacePtr(v)) return "(type " + str(v) + " is pointer to interface, not interface)";
    if (isIfacePtr(t)) return "(type " + str(t) + " is pointer to interface, not interface)";
    return "(missing " + mname + ")";
}

void Checker::typeAssertion(ast::Expr* e, Operand& x, Type* T, bool typeSwitch) {
    if (isInterface(T)) return;
    auto* iface = under(x.type)->as<Interface>();
    resolveMethods(T);
    Func* alt = nullptr;
    Func* m = missingMethodAlt(T, iface, false, &alt, nullptr);
    if (!m) return;
    std::string cause = missingMethodReason(T, x.type, m, alt);
    if (typeSwitch)
        error(startPos(e), "impossible type switch case: " + exprStr(e) + "\n\t" + str(x) + " cannot have dynamic type " +
                               str(T) + " " + cause);
    else
        error(startPos(e), "impossible type assertion: " + exprStr(e) + "\n\t" + str(T) + " does not implement " +
                               str(x.type) + " " + cause);
}

}  // namespace govm::types
