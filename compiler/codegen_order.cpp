// Evaluation order within a statement, as gc (go1.19) orders it.
//
// gc's order pass (cmd/compile/internal/walk/order.go) rewrites every
// statement before the rest of the compiler sees it. Walking the
// statement's expressions left to right, a call's own arguments before the
// call, it copies some nodes into temporaries where they stand ("hoists"
// them):
//   - calls of functions, methods, interface methods, closures and natives,
//     and the builtins with a value (len, cap, append, copy, make, new,
//     complex, real, imag, recover);
//   - receives, slice expressions (and their bounds), []byte(s), []rune(s);
//   - type assertions to a type that is not pointer-shaped;
//   - && and ||, whose two sides are then ordered as statements of their
//     own (the right one inside the conditional block), and likewise map
//     literals with entries that are not constant (one assignment each);
//   - the operand of an interface conversion that passes the value by
//     address (dataWordFuncName's needsaddr), and a value sent on a channel,
//     unless the operand can be passed by address as it is (isaddrokay: it
//     is addressable and not a local variable);
//   - map keys, as mapKeyTemp copies them: by that same rule for maps
//     without a fast path (float, interface, most struct keys), always for
//     struct and array keys of the fast paths; and a map read whose key
//     converts bytes to a string (the key shares the bytes) as a whole.
// What is not hoisted stays in the statement and runs after every hoisted
// node, in particular the loads from memory: package variables, variables
// in cells (captured by reference or address-taken), fields through
// pointers, slice, array and map elements, *p. So `c.n - c.next()` reads
// c.n after the call, and so does `show(c.n, c.next())`: c.n is an argument
// of show, read when show is called, after c.next() was hoisted. The index
// and pointer operands of an assignment's left side are evaluated after the
// calls of its right side, too. Two statements are split before the order
// pass: `var a, b = x, y` is one assignment per name (noder's varDecl), and
// a go or defer statement evaluates each argument as a statement of its own
// (escape analysis wraps the call).
//
// govm evaluates operands strictly left to right. The orders differ only
// where a memory read that is not hoisted completes before an "effect" (a
// call, receive, append, copy, or an && that contains one) that gc runs
// first: one inside the read's own hoisted node (or the statement itself)
// that comes after it in source order. OrderScan finds out whether that
// happens. If it does, orderOperands evaluates the hoisted nodes that
// matter (the effects, and those that read memory) in gc's order into
// temporaries of their own, registered as presets (FuncBuilder::preset);
// the statement is then compiled as usual, compileExpr yielding a preset's
// temporary for its node. Statements without such a read, like
// `return fib(n-1) + fib(n-2)` or `x + f(y)` with x in a register, compile
// exactly as they would without this pass; so do calls of package math's
// functions, which only compute with their arguments.
#include "compiler/codegen_impl.hpp"

namespace govm::codegen {

namespace {

// ---- gc's layout-based choices

bool hasPointers(Type* t) {
    Type* u = under(t);
    if (auto* b = u->as<Basic>()) return b->basicKind == BasicKind::String || b->basicKind == BasicKind::UnsafePointer;
    if (auto* a = u->as<types::Array>()) return a->length > 0 && hasPointers(a->elem);
    if (auto* s = u->as<Struct>()) {
        for (Var* f : s->fields)
            if (hasPointers(f->type)) return true;
        return false;
    }
    return true;  // pointers, slices, maps, chans, funcs, interfaces
}

// gc's Type.SoleComponent: the one scalar a struct or array consists of.
Type* soleComponent(Type* t) {
    Type* u = under(t);
    if (auto* s = u->as<Struct>()) return s->fields.size() == 1 ? soleComponent(s->fields[0]->type) : nullptr;
    if (auto* a = u->as<types::Array>()) return a->length == 1 ? soleComponent(a->elem) : nullptr;
    return t;
}

// Whether converting a `t` to an interface takes its address
// (walk/convert.go dataWordFuncName's needsaddr).
bool convertsByAddress(Type* t) {
    int64_t size = sizeOf(t), align = alignOf(t);
    if (size == 2 && align == 2) return false;
    if ((size == 4 || size == 8) && align == size && !hasPointers(t)) return false;
    Type* sole = soleComponent(t);
    return !(sole && (isString(sole) || under(sole)->as<types::Slice>()));
}

// gc's types.IsDirectIface: the value is the interface's data word.
bool pointerShaped(Type* t) {
    Type* u = under(t);
    if (u->as<Pointer>() || u->as<types::Map>() || u->as<Chan>() || u->as<Signature>()) return true;
    if (isBasic(u, BasicKind::UnsafePointer)) return true;
    if (auto* s = u->as<Struct>()) return s->fields.size() == 1 && pointerShaped(s->fields[0]->type);
    if (auto* a = u->as<types::Array>()) return a->length == 1 && pointerShaped(a->elem);
    return false;
}

bool isComparisonOp(Tok op) {
    return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

// How gc's order pass treats a node. Own: && and || and dynamic map
// literals, hoisted as a whole, their parts ordered as statements of their own.
enum class Hoist : uint8_t { None, Pure, Effect, Own };

// Where gc copies an operand where it stands even if it is not hoisted:
// Address, unless it can be passed by address (order.go addrTemp: a sent
// value, an interface conversion by address, a map key); Cheap, unless it
// is a name (cheapExpr: slice bounds); Always (some map keys).
enum class Copy : uint8_t { No, Address, Cheap, Always };

// Whether a `t` is compared and hashed as plain memory (gc's AMEM algs):
// no floats, strings or interfaces inside, no padding, no blank fields.
bool plainMemory(Type* t) {
    Type* u = under(t);
    if (auto* b = u->as<Basic>()) return isInteger(b) || b->basicKind == BasicKind::Bool || b->basicKind == BasicKind::UnsafePointer;
    if (u->as<Pointer>() || u->as<Chan>()) return true;
    if (auto* a = u->as<types::Array>()) return plainMemory(a->elem);
    if (auto* st = u->as<Struct>()) {
        int64_t fields = 0;
        for (Var* f : st->fields) {
            if (f->name == "_" || !plainMemory(f->type)) return false;
            fields += sizeOf(f->type);
        }
        return fields == sizeOf(t);
    }
    return false;
}

// gc's AlgType as walk.go mapfast asks it: a key of 4 or 8 bytes of plain
// memory, a string, or anything else. A one-field struct or one-element
// array hashes as its element.
enum class KeyAlg : uint8_t { Mem, String, Other };

KeyAlg keyAlg(Type* t) {
    Type* u = under(t);
    if (auto* st = u->as<Struct>(); st && st->fields.size() == 1 && st->fields[0]->name != "_")
        return keyAlg(st->fields[0]->type);
    if (auto* a = u->as<types::Array>(); a && a->length == 1) return keyAlg(a->elem);
    if (isString(u)) return KeyAlg::String;
    int64_t size = sizeOf(t);
    return (size == 4 || size == 8) && plainMemory(t) ? KeyAlg::Mem : KeyAlg::Other;
}

// How the order pass copies a map operation's key (order.go mapKeyTemp).
// A map without a fast path takes the key by address: copied unless it is
// addressable as it is. The fast paths take it by value, as a uint32,
// uint64, pointer or string: a key of another kind (a struct or array) is
// copied into a temporary of that type.
Copy keyCopy(types::Map* m) {
    if (sizeOf(m->elem) > 128 || keyAlg(m->key) == KeyAlg::Other) return Copy::Address;
    Type* u = under(m->key);
    return (u->as<Struct>() || u->as<types::Array>()) && !pointerShaped(m->key) ? Copy::Always : Copy::No;
}

// order.go mapKeyReplaceStrConv: a key with a string(bytes) conversion.
bool convertsBytes(FuncBuilder& b, ast::Expr* e) {
    e = ast::unparen(e);
    if (auto* c = e->as<ast::CallExpr>()) {
        TypeAndValue callee = b.tv(c->callee);
        Type* from = c->args.size() == 1 ? b.typeOf(c->args[0]) : nullptr;
        return callee.mode == Mode::TypeExpr && isString(callee.type) && from && under(from)->as<types::Slice>();
    }
    if (auto* lit = e->as<ast::CompositeLit>()) {
        for (ast::Expr* el : lit->elements) {
            if (auto* kv = el->as<ast::KeyValueExpr>()) el = kv->value;
            if (convertsBytes(b, el)) return true;
        }
    }
    return false;
}

// One pass over a statement's operands in govm's evaluation order.
class OrderScan {
public:
    explicit OrderScan(FuncBuilder& b) : b_(b), info_(b.gen.info) {}

    // A hoisted node whose value differs by where it is evaluated.
    struct Node {
        ast::Expr* expr;
        bool results;    // a multi-value call or a comma-ok receive
        bool afterRead;  // the statement itself read memory before it
    };
    bool needed = false;      // govm's order and gc's differ
    bool effects = false;     // some effect happens
    bool reads = false;       // some memory is read
    std::vector<Node> nodes;  // in gc's order

    void part(const OrderPart& p) {
        switch (p.kind) {
            case OrderPart::Operand: value(p.expr, p.target); return;
            case OrderPart::Location: location(p.expr); return;
            case OrderPart::Copied: value(p.expr, p.target, Copy::Address); return;
            case OrderPart::Results: value(p.expr, nullptr, Copy::No, true); return;
        }
    }

private:
    struct Frame {
        bool read = false;
    };
    FuncBuilder& b_;
    const Info& info_;
    std::vector<Frame> frames_{Frame{}};  // the statement, then the hoisted nodes around the current one

    void read() { frames_.back().read = reads = true; }

    void value(ast::Expr* e, Type* target = nullptr, Copy copy = Copy::No, bool results = false);
    void inner(ast::Expr* e);
    void finish(ast::Expr* e, bool effect, bool read, bool results);
    void own(ast::Expr* e);
    Hoist hoistOf(ast::Expr* e) const;
    bool pureFunction(ast::Expr* callee) const;
    bool copiedHere(ast::Expr* e, Type* target, Copy copy) const;
    bool addressOkay(ast::Expr* e) const;
    Var* varOf(ast::Ident* id) const;
    bool inMemory(ast::Ident* id) const;
    void location(ast::Expr* e);
    void selector(ast::SelectorExpr* sel);
    void receiver(ast::SelectorExpr* sel, const Selection& s);
    void index(ast::IndexExpr* ix);
    void mapKey(ast::Expr* key, types::Map* m);
    void binary(ast::BinaryExpr* e);
    void call(ast::CallExpr* c);
    void arguments(ast::CallExpr* c, Signature* sig);
    void conversion(ast::CallExpr* c, Type* to);
    void builtin(ast::CallExpr* c);
    void literal(ast::CompositeLit* lit);
};

// An operand evaluated for its value (converted to `target` if that is an
// interface type).
void OrderScan::value(ast::Expr* e, Type* target, Copy copy, bool results) {
    if (!e) return;
    e = ast::unparen(e);
    if (b_.preset.count(e) || b_.presetResults.count(e)) return;  // evaluated already
    TypeAndValue t = b_.tv(e);
    if (t.mode == Mode::Constant || t.mode == Mode::TypeExpr || t.mode == Mode::NilValue) return;
    Hoist h = hoistOf(e);
    if (h == Hoist::Own) return own(e);
    if (h == Hoist::None && !copiedHere(e, target, copy)) return inner(e);
    frames_.push_back({});
    inner(e);
    bool read = frames_.back().read;
    frames_.pop_back();
    finish(e, h == Hoist::Effect, read, results || (t.type && t.type->as<Tuple>()));
}

// A hoisted node has been evaluated: an effect comes after the reads of
// every node around it so far, which gc makes after it.
void OrderScan::finish(ast::Expr* e, bool effect, bool read, bool results) {
    if (effect) {
        effects = true;
        for (const Frame& f : frames_) needed = needed || f.read;
    }
    if (!effect && !read) return;  // its value is the same wherever it is evaluated
    nodes.push_back({e, results, frames_[0].read});
    // govm holds a struct or array value by address until it is used, so
    // its memory is read where the value is used.
    Type* t = b_.typeOf(e);
    if (read && !effect && t && isAggregate(t)) frames_.back().read = true;
}

// && and || (and dynamic map literals): hoisted as a whole; their parts
// are ordered when they are compiled (compileCondJump, compileCompositeLit).
void OrderScan::own(ast::Expr* e) {
    OrderScan inside(b_);
    if (auto* bin = e->as<ast::BinaryExpr>()) {
        inside.value(bin->left);
        inside.value(bin->right);
    } else {
        auto* m = under(b_.typeOf(e))->as<types::Map>();
        for (ast::Expr* el : e->as<ast::CompositeLit>()->elements) {
            auto* kv = el->as<ast::KeyValueExpr>();
            inside.value(kv->key, m->key);
            inside.value(kv->value, m->elem);
        }
    }
    reads = reads || inside.reads;
    finish(e, inside.effects, inside.reads, false);
}

Hoist OrderScan::hoistOf(ast::Expr* e) const {
    switch (e->kind) {
        case ast::ExprKind::Call: {
            auto* c = static_cast<ast::CallExpr*>(e);
            TypeAndValue callee = b_.tv(c->callee);
            if (callee.mode == Mode::TypeExpr) {  // []byte(s), []rune(s)
                Type* from = c->args.empty() ? nullptr : b_.typeOf(c->args[0]);
                return under(callee.type)->as<types::Slice>() && from && isString(from) ? Hoist::Pure : Hoist::None;
            }
            if (callee.mode != Mode::Builtin) return pureFunction(c->callee) ? Hoist::Pure : Hoist::Effect;
            Object* obj = info_.objectOf(ast::unparen(c->callee)->as<ast::Ident>());
            switch (obj->as<Builtin>()->id) {
                case BuiltinId::Append:
                case BuiltinId::Copy:
                case BuiltinId::Recover: return Hoist::Effect;
                case BuiltinId::Len:
                case BuiltinId::Cap:
                case BuiltinId::Make:
                case BuiltinId::New:
                case BuiltinId::Complex:
                case BuiltinId::Real:
                case BuiltinId::Imag: return Hoist::Pure;
                default: return Hoist::None;
            }
        }
        case ast::ExprKind::Unary:
            return static_cast<ast::UnaryExpr*>(e)->op == Tok::Arrow ? Hoist::Effect : Hoist::None;
        case ast::ExprKind::Binary: {
            Tok op = static_cast<ast::BinaryExpr*>(e)->op;
            return op == Tok::AndAnd || op == Tok::OrOr ? Hoist::Own : Hoist::None;
        }
        case ast::ExprKind::Index: {
            // A map read whose key converts bytes to a string happens
            // where it stands (the key shares the bytes: order.go OINDEXMAP).
            auto* ix = static_cast<ast::IndexExpr*>(e);
            Type* t = b_.typeOf(ix->operand);
            bool map = t && under(t)->as<types::Map>() && ix->indices.size() == 1;
            return map && convertsBytes(b_, ix->indices[0]) ? Hoist::Pure : Hoist::None;
        }
        case ast::ExprKind::Slice: return Hoist::Pure;
        case ast::ExprKind::TypeAssert: {
            Type* t = b_.typeOf(e);
            return t && !pointerShaped(t) ? Hoist::Pure : Hoist::None;
        }
        case ast::ExprKind::CompositeLit: {
            Type* t = b_.typeOf(e);
            if (!t || !under(t)->as<types::Map>()) return Hoist::None;
            for (ast::Expr* el : static_cast<ast::CompositeLit*>(e)->elements) {
                auto* kv = el->as<ast::KeyValueExpr>();
                if (b_.tv(kv->key).mode != Mode::Constant || b_.tv(kv->value).mode != Mode::Constant) return Hoist::Own;
            }
            return Hoist::None;
        }
        default: return Hoist::None;
    }
}

// A function that only computes with its arguments: package math's. gc
// hoists its calls too, but where they run changes nothing.
bool OrderScan::pureFunction(ast::Expr* callee) const {
    callee = ast::unparen(callee);
    auto* sel = callee->as<ast::SelectorExpr>();
    auto* id = sel && !info_.selections.count(sel) ? sel->selector : callee->as<ast::Ident>();
    Object* obj = id ? info_.objectOf(id) : nullptr;
    return obj && obj->as<Func>() && obj->pkg && obj->pkg->path == "math";
}

// Whether gc copies `e` where it stands: see Copy; an operand converted
// to an interface by address is copied like a sent value.
bool OrderScan::copiedHere(ast::Expr* e, Type* target, Copy copy) const {
    Type* t = b_.typeOf(e);
    if (!t || t->as<Tuple>()) return false;
    if (copy == Copy::Cheap) return !e->as<ast::Ident>();
    if (copy == Copy::Always) return true;
    if (copy == Copy::No && target && isInterface(target) && !isInterface(t) && convertsByAddress(defaultType(t)))
        copy = Copy::Address;
    return copy == Copy::Address && !addressOkay(e);
}

// order.go isaddrokay: addressable, and not a local variable.
bool OrderScan::addressOkay(ast::Expr* e) const {
    if (b_.tv(e).mode != Mode::Variable) return false;
    auto* id = e->as<ast::Ident>();
    Var* v = id ? varOf(id) : nullptr;
    return !id || (v && !b_.vars.count(v));
}

Var* OrderScan::varOf(ast::Ident* id) const {
    Object* obj = info_.objectOf(id);
    return obj ? obj->as<Var>() : nullptr;
}

// Whether a variable's value is in memory a call can change: package
// variables, variables in cells, and structs and arrays whose storage
// something else may reach. Other locals are in registers only the
// statement itself could assign.
bool OrderScan::inMemory(ast::Ident* id) const {
    Var* v = varOf(id);
    if (!v) return false;  // functions, nil, ...
    auto it = b_.vars.find(v);
    if (it == b_.vars.end() || it->second.kind != VarLoc::Registers) return true;
    return isAggregate(v->type) && b_.gen.boxed.count(v);
}

void OrderScan::inner(ast::Expr* e) {
    switch (e->kind) {
        case ast::ExprKind::Ident:
            if (inMemory(static_cast<ast::Ident*>(e))) read();
            return;
        case ast::ExprKind::Selector: selector(static_cast<ast::SelectorExpr*>(e)); return;
        case ast::ExprKind::Index: index(static_cast<ast::IndexExpr*>(e)); return;
        case ast::ExprKind::Slice: {
            auto* s = static_cast<ast::SliceExpr*>(e);
            Type* t = b_.typeOf(s->operand);
            if (t && under(t)->as<types::Array>()) location(s->operand);
            else value(s->operand);
            value(s->low, nullptr, Copy::Cheap);
            value(s->high, nullptr, Copy::Cheap);
            value(s->max, nullptr, Copy::Cheap);
            return;
        }
        case ast::ExprKind::Star:
            value(static_cast<ast::StarExpr*>(e)->operand);
            read();
            return;
        case ast::ExprKind::Unary: {
            auto* u = static_cast<ast::UnaryExpr*>(e);
            if (u->op == Tok::And && !ast::unparen(u->operand)->as<ast::CompositeLit>()) location(u->operand);
            else value(u->operand);
            return;
        }
        case ast::ExprKind::Binary: binary(static_cast<ast::BinaryExpr*>(e)); return;
        case ast::ExprKind::Call: call(static_cast<ast::CallExpr*>(e)); return;
        case ast::ExprKind::CompositeLit: literal(static_cast<ast::CompositeLit*>(e)); return;
        case ast::ExprKind::TypeAssert: value(static_cast<ast::TypeAssertExpr*>(e)->operand); return;
        default: return;  // function literals evaluate nothing
    }
}

// The location an assignment stores to, or whose address is taken: only
// its pointer, index and key operands are evaluated.
void OrderScan::location(ast::Expr* e) {
    e = ast::unparen(e);
    if (b_.preset.count(e)) return;
    if (auto* sel = e->as<ast::SelectorExpr>()) {
        auto it = info_.selections.find(sel);
        if (it == info_.selections.end()) return;  // a package variable
        if (it->second.kind != SelectionKind::FieldVal) return value(e);
        Type* t = b_.typeOf(sel->operand);
        bool pointer = t && under(t)->as<Pointer>();
        if (pointer) value(sel->operand);
        else location(sel->operand);
        if (it->second.indirect && !(pointer && it->second.index.size() == 1)) read();  // embedded pointers
        return;
    }
    if (auto* ix = e->as<ast::IndexExpr>()) {
        Type* t = b_.typeOf(ix->operand);
        if (!t || ix->indices.size() != 1) return;
        if (auto* m = under(t)->as<types::Map>()) {
            value(ix->operand);
            mapKey(ix->indices[0], m);
            return;
        }
        if (under(t)->as<types::Array>()) location(ix->operand);
        else value(ix->operand);
        value(ix->indices[0]);
        return;
    }
    if (auto* star = e->as<ast::StarExpr>()) return value(star->operand);
    if (!e->as<ast::Ident>()) value(e);
}

void OrderScan::selector(ast::SelectorExpr* sel) {
    auto it = info_.selections.find(sel);
    if (it == info_.selections.end()) {  // pkg.Name
        if (inMemory(sel->selector)) read();
        return;
    }
    const Selection& s = it->second;
    if (s.kind == SelectionKind::MethodExpr) return;
    if (s.kind == SelectionKind::MethodVal) return receiver(sel, s);
    value(sel->operand);
    if (s.indirect) read();
}

// The receiver of a method call or method value: the address of an
// addressable operand for a pointer method, else the operand's value
// (loaded through a pointer for a value method).
void OrderScan::receiver(ast::SelectorExpr* sel, const Selection& s) {
    Type* t = b_.typeOf(sel->operand);
    Func* m = s.obj->as<Func>();
    bool pointerMethod = m && m->signature()->recv && under(m->signature()->recv->type)->as<Pointer>();
    bool pointerOperand = t && under(t)->as<Pointer>();
    if (pointerMethod && !pointerOperand && t && !isInterface(t)) location(sel->operand);
    else value(sel->operand);
    if (s.indirect && !(pointerOperand && pointerMethod && s.index.size() == 1)) read();
}

void OrderScan::index(ast::IndexExpr* ix) {
    Type* t = b_.typeOf(ix->operand);
    if (!t || ix->indices.size() != 1) return;
    Type* u = under(t);
    if (auto* m = u->as<types::Map>()) {
        value(ix->operand);
        mapKey(ix->indices[0], m);
        read();
        return;
    }
    value(ix->operand);
    value(ix->indices[0]);
    // An array value's element is in memory when the array is; strings
    // never change.
    if (!u->as<types::Array>() && !isString(u)) read();
}

// A map operation's key, copied where it stands as keyCopy says; a
// conversion to the interface key type is never addressable.
void OrderScan::mapKey(ast::Expr* key, types::Map* m) {
    Copy copy = keyCopy(m);
    Type* t = b_.typeOf(key);
    if (copy == Copy::Address && t && isInterface(m->key) && !isInterface(t)) copy = Copy::Always;
    value(key, m->key, copy);
}

void OrderScan::binary(ast::BinaryExpr* e) {
    Type* lt = b_.typeOf(e->left);
    Type* rt = b_.typeOf(e->right);
    bool mixed = isComparisonOp(e->op) && lt && rt && isInterface(lt) != isInterface(rt);
    value(e->left, mixed && isInterface(rt) ? rt : nullptr);
    value(e->right, mixed && isInterface(lt) ? lt : nullptr);
}

void OrderScan::call(ast::CallExpr* c) {
    TypeAndValue callee = b_.tv(c->callee);
    if (callee.mode == Mode::TypeExpr) return conversion(c, callee.type);
    if (callee.mode == Mode::Builtin) return builtin(c);
    ast::Expr* f = ast::unparen(c->callee);
    auto* sel = f->as<ast::SelectorExpr>();
    auto it = sel ? info_.selections.find(sel) : info_.selections.end();
    if (it != info_.selections.end() && it->second.kind == SelectionKind::MethodVal) receiver(sel, it->second);
    else value(f);  // a function name evaluates nothing; a func value may be loaded
    arguments(c, callee.type ? under(callee.type)->as<Signature>() : nullptr);
}

void OrderScan::arguments(ast::CallExpr* c, Signature* sig) {
    size_t n = sig ? sig->params->vars.size() : 0;
    for (size_t i = 0; i < c->args.size(); ++i) {
        Type* target = nullptr;
        if (n > 0 && sig->variadic && i >= n - 1 && !c->hasEllipsis)
            target = under(sig->params->vars[n - 1]->type)->as<types::Slice>()->elem;
        else if (i < n)
            target = sig->params->vars[i]->type;
        value(c->args[i], target);
    }
}

void OrderScan::conversion(ast::CallExpr* c, Type* to) {
    if (c->args.empty()) return;
    ast::Expr* arg = c->args[0];
    if (isInterface(to)) return value(arg, to);
    value(arg);
    Type* from = b_.typeOf(arg);
    if (isString(to) && from && under(from)->as<types::Slice>()) read();  // string(bytes) reads the bytes
}

void OrderScan::builtin(ast::CallExpr* c) {
    Object* obj = info_.objectOf(ast::unparen(c->callee)->as<ast::Ident>());
    BuiltinId id = obj->as<Builtin>()->id;
    switch (id) {
        case BuiltinId::Len:
        case BuiltinId::Cap: {
            value(c->args[0]);
            Type* u = under(b_.typeOf(c->args[0]));
            if (u->as<types::Map>() || u->as<Chan>()) read();  // the count lives with the map or channel
            return;
        }
        case BuiltinId::Append: {
            Type* elem = under(b_.typeOf(c))->as<types::Slice>()->elem;
            for (size_t i = 0; i < c->args.size(); ++i) value(c->args[i], i > 0 && !c->hasEllipsis ? elem : nullptr);
            if (c->hasEllipsis) read();
            return;
        }
        case BuiltinId::Copy:
            for (ast::Expr* a : c->args) value(a);
            read();
            return;
        case BuiltinId::Print:
        case BuiltinId::Println:
            // govm prints each argument as soon as it is evaluated; gc
            // evaluates all of them first.
            for (ast::Expr* a : c->args) value(a), read();
            return;
        case BuiltinId::Panic: value(c->args[0], b_.gen.checked.universe.emptyInterface); return;
        case BuiltinId::Delete:
            value(c->args[0]);
            if (c->args.size() > 1) mapKey(c->args[1], under(b_.typeOf(c->args[0]))->as<types::Map>());  // else delete(f())
            return;
        default:
            for (ast::Expr* a : c->args) value(a);
            return;
    }
}

void OrderScan::literal(ast::CompositeLit* lit) {
    Type* t = b_.typeOf(lit);
    if (!t) return;
    Type* u = under(t);
    if (auto* p = u->as<Pointer>()) u = under(p->elem);  // &T{} elided in a literal of pointers
    auto* st = u->as<Struct>();
    Type* elem = u->as<types::Array>()   ? u->as<types::Array>()->elem
                 : u->as<types::Slice>() ? u->as<types::Slice>()->elem
                                         : nullptr;
    for (size_t i = 0; i < lit->elements.size(); ++i) {
        ast::Expr* el = lit->elements[i];
        Type* target = elem;
        if (st && i < st->fields.size()) target = st->fields[i]->type;
        if (auto* kv = el->as<ast::KeyValueExpr>()) {
            el = kv->value;
            auto* key = kv->key->as<ast::Ident>();
            if (st)
                for (Var* f : st->fields)
                    if (key && f->name == key->name) target = f->type;
        }
        value(el, target);
    }
}

// ---- presets

// e's value in temporaries of its own that nothing else changes: a struct
// or array is copied (held by address, it would be read where it is used).
Value snapshot(FuncBuilder& b, ast::Expr* e) {
    Type* t = defaultType(b.typeOf(e));
    Value v = b.compileExpr(e);
    if (isAggregate(t)) return b.copyAggregate(v, t, b.tempPlace());
    if (v.reg < kOutBase && b.isTemp(v.reg)) return v;
    Value copy = b.allocValue(t);
    b.move(copy.reg, v.reg, copy.slots);
    return copy;
}

void presetNode(FuncBuilder& b, ast::Expr* e, bool results) {
    if (!results) {
        b.preset[e] = snapshot(b, e);
        return;
    }
    std::vector<Value> values = b.compileMultiValue(e, 0);
    FuncBuilder::Results r{{}, b.multiTypes};
    for (size_t i = 0; i < values.size(); ++i) {
        Value v = values[i];
        if (v.reg >= kOutBase || !b.isTemp(v.reg)) {
            v = b.allocValue(r.types[i]);
            b.move(v.reg, values[i].reg, v.slots);
        }
        r.values.push_back(v);
    }
    b.presetResults[e] = r;
}

// The parts of `values` evaluated into `count` values: one multi-value
// expression, or one value per target, converted to target(i).
void valueParts(std::vector<OrderPart>& parts, const ast::List<ast::Expr*>& values, size_t count,
                const std::function<Type*(size_t)>& target) {
    if (values.size() == 1 && count > 1) {
        parts.push_back({OrderPart::Results, values[0]});
        return;
    }
    for (size_t i = 0; i < values.size(); ++i) parts.push_back({OrderPart::Operand, values[i], i < count ? target(i) : nullptr});
}

// Whether the arguments of a go or defer statement need orderDeferArgs:
// one needs ordering inside, or a struct or array before it (held by
// address) could change before the statement copies it.
bool deferArgsNeedOrder(FuncBuilder& b, ast::CallExpr* call, const CallPlan& plan) {
    Type* recv = plan.hasReceiver ? plan.sig->recv->type : nullptr;
    bool aggregateBefore = recv && isAggregate(recv);
    for (ast::Expr* a : call->args) {
        OrderScan scan(b);
        scan.part({OrderPart::Operand, a});
        if (scan.needed || (aggregateBefore && scan.effects)) return true;
        Type* t = b.typeOf(a);
        aggregateBefore = aggregateBefore || (t && !t->as<Tuple>() && isAggregate(t));
    }
    return false;
}

}  // namespace

// Evaluates the hoisted nodes of a statement's operands that matter, in
// gc's order, when govm's order would differ; the statement is compiled
// while the returned scope lives.
OrderedScope FuncBuilder::orderOperands(const std::vector<OrderPart>& parts) {
    OrderScan scan(*this);
    for (const OrderPart& p : parts) scan.part(p);
    std::vector<const ast::Expr*> nodes;
    if (!scan.needed) return OrderedScope(*this, std::move(nodes));
    std::vector<OrderScan::Node>& list = scan.nodes;
    // The last node, with no read of the statement itself before it, is
    // evaluated after all the others in its place anyway.
    if (!list.empty() && !list.back().afterRead) list.pop_back();
    int savedHint = hint;
    hint = -1;
    for (const OrderScan::Node& n : list) {
        presetNode(*this, n.expr, n.results);
        nodes.push_back(n.expr);
    }
    hint = savedHint;
    return OrderedScope(*this, std::move(nodes));
}

// Values assigned to `count` targets (a return, a var declaration).
OrderedScope FuncBuilder::orderValues(const ast::List<ast::Expr*>& values, size_t count,
                                      const std::function<Type*(size_t)>& target) {
    std::vector<OrderPart> parts;
    valueParts(parts, values, count, target);
    return orderOperands(parts);
}

// `lhs = rhs` and `lhs := rhs`: the locations assigned to (a new variable
// has none), then the values, converted to the targets' types.
OrderedScope FuncBuilder::orderAssign(const ast::List<ast::Expr*>& lhs, const ast::List<ast::Expr*>& rhs) {
    std::vector<OrderPart> parts;
    std::vector<Type*> targets;
    for (ast::Expr* l : lhs) {
        ast::Expr* target = ast::unparen(l);
        auto* id = target->as<ast::Ident>();
        Object* obj = id ? gen.info.objectOf(id) : nullptr;
        targets.push_back(obj && obj->as<Var>() ? obj->type : id ? nullptr : typeOf(target));
        if (!id) parts.push_back({OrderPart::Location, target});
    }
    valueParts(parts, rhs, lhs.size(), [&](size_t i) { return targets[i]; });
    return orderOperands(parts);
}

// go and defer: gc evaluates the callee, the receiver and each argument as
// statements of their own, in order, into the temporaries the deferred
// call takes (escape analysis wraps the call). Called between the callee
// and the arguments: when govm's order would differ, evaluates each
// argument, ordered on its own, and copies a struct or array receiver.
OrderedScope FuncBuilder::orderDeferArgs(ast::CallExpr* call, CallPlan& plan) {
    std::vector<const ast::Expr*> nodes;
    bool spread = call->args.size() == 1 && typeOf(call->args[0]) && typeOf(call->args[0])->as<Tuple>();
    if (spread || !deferArgsNeedOrder(*this, call, plan)) return OrderedScope(*this, std::move(nodes));
    Type* recv = plan.hasReceiver ? plan.sig->recv->type : nullptr;
    if (recv && isAggregate(recv)) plan.receiver = copyAggregate(plan.receiver, recv, tempPlace());
    for (ast::Expr* a : call->args) {
        ast::Expr* arg = ast::unparen(a);
        Value v;
        {
            OrderedScope inside = orderOperands({{OrderPart::Operand, arg}});
            v = snapshot(*this, arg);
        }
        preset[arg] = v;
        nodes.push_back(arg);
    }
    return OrderedScope(*this, std::move(nodes));
}

}  // namespace govm::codegen
