// Builtin function calls (types2 builtins.go), plus Go 1.21's clear, min
// and max. complex/real/imag name the missing feature.
//
// For every builtin call that is not a constant, the callee's Info entry
// gets the signature of this particular call (as go/types records it):
// `len(s)` records `func([]int) int` for the `len` identifier.
#include "compiler/checker.hpp"

namespace govm::types {

namespace {

struct BuiltinInfo {
    const char* name;
    size_t nargs;
    bool variadic;
};

BuiltinInfo builtinInfo(BuiltinId id) {
    switch (id) {
    case BuiltinId::Append: return {"append", 1, true};
    case BuiltinId::Cap: return {"cap", 1, false};
    case BuiltinId::Clear: return {"clear", 1, false};
    case BuiltinId::Close: return {"close", 1, false};
    case BuiltinId::Complex: return {"complex", 2, false};
    case BuiltinId::Copy: return {"copy", 2, false};
    case BuiltinId::Delete: return {"delete", 2, false};
    case BuiltinId::Imag: return {"imag", 1, false};
    case BuiltinId::Len: return {"len", 1, false};
    case BuiltinId::Make: return {"make", 1, true};
    case BuiltinId::Max: return {"max", 1, true};
    case BuiltinId::Min: return {"min", 1, true};
    case BuiltinId::New: return {"new", 1, false};
    case BuiltinId::Panic: return {"panic", 1, false};
    case BuiltinId::Print: return {"print", 0, true};
    case BuiltinId::Println: return {"println", 0, true};
    case BuiltinId::Real: return {"real", 1, false};
    case BuiltinId::Recover: return {"recover", 0, false};
    }
    return {"", 0, false};
}

}  // namespace

void Checker::recordBuiltinType(ast::Expr* f, Type* result, const std::vector<Type*>& params, bool variadic) {
    auto* sig = make<Signature>();
    std::vector<Var*> ps;
    for (Type* p : params) ps.push_back(newParam("", Pos{}, defaultType(p)));
    sig->params = newTuple(std::move(ps));
    sig->results = newTuple(result ? std::vector<Var*>{newParam("", Pos{}, result)} : std::vector<Var*>{});
    sig->variadic = variadic;
    for (;;) {
        recordTypeAndValue(f, Mode::Builtin, sig, nullptr);
        auto* p = f->as<ast::ParenExpr>();
        if (!p) break;
        f = p->inner;
    }
}

bool Checker::builtin(Operand& x, ast::CallExpr* call, BuiltinId id) {
    BuiltinInfo bin = builtinInfo(id);
    if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag) {
        use(call->args);
        error(startPos(call), "complex numbers are not supported by govm");
        return false;
    }
    if (call->hasEllipsis && id != BuiltinId::Append) {
        error(startPos(call), std::string("invalid operation: invalid use of ... with built-in ") + bin.name);
        use(call->args);
        return false;
    }
    bool savedCall = env_.hasCallOrRecv;
    if (id == BuiltinId::Len || id == BuiltinId::Cap) env_.hasCallOrRecv = false;
    std::vector<Operand> args;
    bool ok = builtinArgs(x, call, id, args);
    if (id == BuiltinId::Len || id == BuiltinId::Cap) env_.hasCallOrRecv = savedCall;
    return ok;
}

bool Checker::builtinArgs(Operand& x, ast::CallExpr* call, BuiltinId id, std::vector<Operand>& args) {
    BuiltinInfo bin = builtinInfo(id);
    size_t nargs = call->args.size();
    if (id != BuiltinId::Make && id != BuiltinId::New) {
        args = exprList(call->args, false, nullptr);
        nargs = args.size();
        if (nargs > 0) {
            x = args[0];
            if (x.mode == Mode::Invalid) return false;
        }
    }
    std::string msg;
    if (nargs < bin.nargs) msg = "not enough";
    else if (!bin.variadic && nargs > bin.nargs) msg = "too many";
    if (!msg.empty()) {
        error(startPos(call), "invalid operation: " + msg + " arguments for " + exprStr(call) + " (expected " +
                                  std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
        return false;
    }
    switch (id) {
    case BuiltinId::Append: return builtinAppend(x, call, args);
    case BuiltinId::Cap:
    case BuiltinId::Len: return builtinLen(x, call, id);
    case BuiltinId::Copy: return builtinCopy(x, call, args);
    case BuiltinId::Make: return builtinMake(x, call);
    case BuiltinId::Max:
    case BuiltinId::Min: return builtinMinMax(x, call, id, args);
    default: return builtinSimple(x, call, id, args);
    }
}

// clear, close, delete, new, panic, print, println, recover.
bool Checker::builtinSimple(Operand& x, ast::CallExpr* call, BuiltinId id, std::vector<Operand>& args) {
    BuiltinInfo bin = builtinInfo(id);
    switch (id) {
    case BuiltinId::Clear: {
        Type* u = under(x.type);
        if (u->kind != TypeKind::Map && u->kind != TypeKind::Slice) {
            errorAt(x, "invalid argument: " + str(x) + " must be a map or slice");
            return false;
        }
        x.mode = Mode::NoValue;
        recordBuiltinType(call->callee, nullptr, {x.type}, false);
        return true;
    }
    case BuiltinId::Close: {
        auto* ch = under(x.type)->as<Chan>();
        if (!ch) {
            errorAt(x, "invalid operation: cannot close non-channel " + str(x));
            return false;
        }
        if (ch->dir == ast::ChanDir::Recv) {
            errorAt(x, "invalid operation: cannot close receive-only channel " + str(x));
            return false;
        }
        x.mode = Mode::NoValue;
        recordBuiltinType(call->callee, nullptr, {x.type}, false);
        return true;
    }
    case BuiltinId::Delete: {
        auto* m = under(x.type)->as<Map>();
        if (!m) {
            errorAt(x, "invalid argument: " + str(x) + " is not a map");
            return false;
        }
        Type* mapType = x.type;
        x = args[1];
        if (x.mode == Mode::Invalid) return false;
        assignment(x, m->key, "argument to delete");
        if (x.mode == Mode::Invalid) return false;
        x.mode = Mode::NoValue;
        recordBuiltinType(call->callee, nullptr, {mapType, m->key}, false);
        return true;
    }
    case BuiltinId::New: {
        Type* T = varType(call->args[0]);
        if (isInvalid(T)) return false;
        x.mode = Mode::Value;
        x.type = make<Pointer>(T);
        recordBuiltinType(call->callee, x.type, {T}, false);
        return true;
    }
    case BuiltinId::Panic: {
        isPanic_.insert(call);
        Type* empty = prog_.universe.emptyInterface;
        assignment(x, empty, "argument to panic");
        if (x.mode == Mode::Invalid) return false;
        x.mode = Mode::NoValue;
        recordBuiltinType(call->callee, nullptr, {empty}, false);
        return true;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
        std::vector<Type*> params;
        for (size_t i = 0; i < args.size(); ++i) {
            if (i > 0) x = args[i];
            assignment(x, nullptr, std::string("argument to ") + bin.name);
            if (x.mode == Mode::Invalid) return false;
            params.push_back(x.type);
            // gc's walk rejects what the runtime cannot print (types2 does not).
            if (Type* u = under(x.type); u->kind == TypeKind::Struct || u->kind == TypeKind::Array)
                error(call->pos, "illegal types for operand: print\n\t" + typeString(x.type, pkg_));
        }
        x.mode = Mode::NoValue;
        recordBuiltinType(call->callee, nullptr, params, false);
        return true;
    }
    case BuiltinId::Recover:
        x.mode = Mode::Value;
        x.type = prog_.universe.emptyInterface;
        recordBuiltinType(call->callee, x.type, {}, false);
        return true;
    default: return false;
    }
}

bool Checker::builtinAppend(Operand& x, ast::CallExpr* call, std::vector<Operand>& args) {
    Type* S = x.type;
    auto* s = under(S)->as<Slice>();
    if (!s) {
        std::string cause = x.isNil() ? "have untyped nil" : "have " + str(x);
        errorAt(x, "first argument to append must be a slice; " + cause);
        return false;
    }
    Type* T = s->elem;
    if (args.size() == 2 && call->hasEllipsis) {
        Operand y = args[1];
        if (isBasic(T, BasicKind::Uint8) && y.mode != Mode::Invalid && isString(y.type)) {
            // append([]byte, string...)
            if (isUntyped(y.type)) convertUntyped(y, basic(BasicKind::String));
            recordBuiltinType(call->callee, S, {S, y.type}, true);
            x.mode = Mode::Value;
            x.type = S;
            return true;
        }
    }
    auto* sig = make<Signature>();
    sig->params = newTuple({newParam("", Pos{}, S), newParam("", Pos{}, make<Slice>(T))});
    sig->results = newTuple({newParam("", Pos{}, S)});
    sig->variadic = true;
    arguments(call, sig, args);
    x.mode = Mode::Value;
    x.type = S;
    for (ast::Expr* f = call->callee;;) {
        recordTypeAndValue(f, Mode::Builtin, sig, nullptr);
        auto* p = f->as<ast::ParenExpr>();
        if (!p) break;
        f = p->inner;
    }
    return true;
}

bool Checker::builtinLen(Operand& x, ast::CallExpr* call, BuiltinId id) {
    Mode mode = Mode::Invalid;
    Constant val;
    Type* t = under(x.type);
    if (auto* p = t->as<Pointer>())
        if (auto* a = under(p->elem)->as<Array>()) t = a;
    switch (t->kind) {
    case TypeKind::Basic:
        if (isString(t) && id == BuiltinId::Len) {
            if (x.mode == Mode::Constant) {
                mode = Mode::Constant;
                val = Constant::fromInt64(int64_t(x.val.stringValue().size()));
            } else {
                mode = Mode::Value;
            }
        }
        break;
    case TypeKind::Array:
        mode = Mode::Value;
        if (!env_.hasCallOrRecv) {
            mode = Mode::Constant;
            int64_t n = static_cast<Array*>(t)->length;
            val = n >= 0 ? Constant::fromInt64(n) : Constant::unknown();
        }
        break;
    case TypeKind::Slice:
    case TypeKind::Chan: mode = Mode::Value; break;
    case TypeKind::Map:
        if (id == BuiltinId::Len) mode = Mode::Value;
        break;
    default: break;
    }
    if (mode == Mode::Invalid) {
        if (!isInvalid(under(x.type)))
            errorAt(x, "invalid argument: " + str(x) + " for " + (id == BuiltinId::Len ? "len" : "cap"));
        return false;
    }
    if (mode != Mode::Constant) recordBuiltinType(call->callee, basic(BasicKind::Int), {x.type}, false);
    x.mode = mode;
    x.type = basic(BasicKind::Int);
    x.val = val;
    return true;
}

bool Checker::builtinCopy(Operand& x, ast::CallExpr* call, std::vector<Operand>& args) {
    auto* dst = under(x.type)->as<Slice>();
    Operand y = args[1];
    if (y.mode == Mode::Invalid) return false;
    Type* src0 = under(y.type);
    Slice* src = src0->as<Slice>();
    Slice bytes(prog_.universe.byteType);
    if (isString(src0)) src = &bytes;
    if (!dst || !src) {
        errorAt(x, "invalid argument: copy expects slice arguments; found " + str(x) + " and " + str(y));
        return false;
    }
    if (!identical(dst->elem, src->elem)) {
        errorAt(x, "invalid argument: arguments to copy " + str(x) + " and " + str(y) +
                       " have different element types " + str(dst->elem) + " and " + str(src->elem));
        return false;
    }
    if (isUntyped(y.type)) convertUntyped(y, basic(BasicKind::String));
    recordBuiltinType(call->callee, basic(BasicKind::Int), {x.type, y.type}, false);
    x.mode = Mode::Value;
    x.type = basic(BasicKind::Int);
    return true;
}

bool Checker::builtinMake(Operand& x, ast::CallExpr* call) {
    ast::Expr* arg0 = call->args[0];
    Type* T = varType(arg0);
    if (isInvalid(T)) return false;
    size_t min = 0;
    switch (under(T)->kind) {
    case TypeKind::Slice: min = 2; break;
    case TypeKind::Map:
    case TypeKind::Chan: min = 1; break;
    default:
        error(startPos(arg0), "invalid argument: cannot make " + exprStr(arg0) + "; type must be slice, map, or channel");
        return false;
    }
    size_t nargs = call->args.size();
    if (nargs < min || min + 1 < nargs) {
        error(startPos(call), "invalid operation: " + exprStr(call) + " expects " + std::to_string(min) + " or " +
                                  std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        return false;
    }
    std::vector<Type*> types{T};
    std::vector<int64_t> sizes;
    for (size_t i = 1; i < nargs; ++i) {
        Type* t = nullptr;
        int64_t size = -1;
        index(call->args[i], -1, t, size);
        types.push_back(t);
        if (size >= 0) sizes.push_back(size);
    }
    if (sizes.size() == 2 && sizes[0] > sizes[1])
        error(startPos(call->args[1]), "invalid argument: length and capacity swapped");
    // gc's backend (types.CalcSize) rejects the channels it could not make;
    // checking here, where the channel would be made, keeps govm from trying.
    if (auto* ch = under(T)->as<Chan>(); ch && sizeOf(ch->elem) >= int64_t(1) << 16)
        error(call->pos, "channel element type too large (>64kB)");
    x.mode = Mode::Value;
    x.type = T;
    recordBuiltinType(call->callee, T, types, false);
    return true;
}

bool Checker::builtinMinMax(Operand& x, ast::CallExpr* call, BuiltinId id, std::vector<Operand>& args) {
    const char* name = id == BuiltinId::Min ? "min" : "max";
    for (size_t i = 0; i < args.size(); ++i) {
        Operand& a = args[i];
        if (a.mode == Mode::Invalid) return false;
        if (!isOrdered(a.type)) {
            errorAt(a, std::string("invalid argument: ") + str(a) + " cannot be ordered");
            return false;
        }
        if (i == 0) {
            x = a;
            continue;
        }
        matchOperands(x, a);
        if (x.mode == Mode::Invalid) return false;
        if (!identical(x.type, a.type)) {
            errorAt(a, std::string("invalid argument: mismatched types ") + str(x.type) + " (previous argument) and " +
                           str(a.type) + " (type of " + exprStr(a.expr) + ")");
            return false;
        }
        if (x.mode == Mode::Constant && a.mode == Mode::Constant) {
            bool less = Constant::compare(a.val, ConstantOp::Less, x.val);
            if (id == BuiltinId::Min ? less : Constant::compare(a.val, ConstantOp::Greater, x.val)) x.val = a.val;
        } else {
            x.mode = Mode::Value;
        }
    }
    (void)name;
    if (x.mode != Mode::Constant) {
        x.mode = Mode::Value;
        // Untyped non-constant operands cannot occur; give untyped constants mixed with typed values their type.
        for (Operand& a : args) {
            if (isUntyped(a.type)) convertUntyped(a, x.type);
        }
        std::vector<Type*> params;
        for (Operand& a : args) params.push_back(a.type);
        recordBuiltinType(call->callee, x.type, params, false);
    }
    x.expr = call;
    return true;
}

void Checker::matchOperands(Operand& x, Operand& y) {
    // Like binary(): an untyped operand takes the other operand's type.
    if (isUntyped(x.type) && !isUntyped(y.type)) convertUntyped(x, y.type);
    else if (isUntyped(y.type) && !isUntyped(x.type)) convertUntyped(y, x.type);
    else if (isUntyped(x.type) && isUntyped(y.type)) {
        convertUntyped(x, y.type);
        if (x.mode != Mode::Invalid) convertUntyped(y, x.type);
    }
}

}  // namespace govm::types
