// Escape analysis: the text of -m lines (ESCAPE.md §3).
//
// gc prints expressions with its IR formatter, not as written: types of
// literals and conversions are rendered from the type (`[]interface {}{...}`,
// `([]byte)(s)`), implicit embedded fields appear in selectors, calls of
// variadic functions show their implicit slice (`f(... argument...)`), and
// constants are printed as written in the source.
#include "compiler/escape_impl.hpp"

#include "parser/printer.hpp"

namespace govm {

const EscapeSite* EscapeResult::find(const void* node) const {
    auto it = index.find(node);
    return it == index.end() ? nullptr : &sites[it->second];
}

const EscapeSite* EscapeResult::findBox(const ast::Expr* converted) const {
    auto it = boxIndex.find(converted);
    return it == boxIndex.end() ? nullptr : &sites[it->second];
}

}  // namespace govm

namespace govm::escape {

using namespace types;

namespace {

// gc's type text, written into one buffer so that a type met again inside
// itself (an interface whose method mentions it through an anonymous
// interface) is written as gc's tconv writes it: "@N", N the offset where
// its text began.
class TypeTextWriter {
public:
    TypeTextWriter(std::string& out, const Package* current) : out_(out), current_(current) {}

    void typ(Type* t) {
        if (!t) {
            out_ += "?";
            return;
        }
        if (t->kind == TypeKind::Basic) {
            out_ += static_cast<Basic*>(t)->name;
            return;
        }
        if (t->kind == TypeKind::Named) {
            auto* n = static_cast<Named*>(t);
            if (n->obj->pkg && n->obj->pkg != current_) out_ += n->obj->pkg->name + ".";
            out_ += n->obj->name;
            return;
        }
        auto [it, fresh] = open_.emplace(t, out_.size());
        if (!fresh) {
            out_ += "@" + std::to_string(it->second);
            return;
        }
        composite(t);
        open_.erase(t);
    }

private:
    void composite(Type* t) {
        switch (t->kind) {
        case TypeKind::Pointer: out_ += "*", typ(static_cast<Pointer*>(t)->elem); return;
        case TypeKind::Slice: out_ += "[]", typ(static_cast<Slice*>(t)->elem); return;
        case TypeKind::Array:
            out_ += "[" + std::to_string(static_cast<Array*>(t)->length) + "]";
            typ(static_cast<Array*>(t)->elem);
            return;
        case TypeKind::Map:
            out_ += "map[", typ(static_cast<Map*>(t)->key), out_ += "]";
            typ(static_cast<Map*>(t)->elem);
            return;
        case TypeKind::Chan: {
            auto* c = static_cast<Chan*>(t);
            out_ += c->dir == ast::ChanDir::Send ? "chan<- " : c->dir == ast::ChanDir::Recv ? "<-chan " : "chan ";
            typ(c->elem);
            return;
        }
        case TypeKind::Struct: {
            auto* s = static_cast<Struct*>(t);
            if (s->fields.empty()) {
                out_ += "struct {}";
                return;
            }
            out_ += "struct { ";
            for (size_t i = 0; i < s->fields.size(); ++i) {
                if (i) out_ += "; ";
                if (!s->fields[i]->embedded) out_ += std::string(s->fields[i]->name) + " ";
                typ(s->fields[i]->type);
            }
            out_ += " }";
            return;
        }
        case TypeKind::Tuple: tuple(static_cast<Tuple*>(t), false); return;
        case TypeKind::Signature: out_ += "func", signature(static_cast<Signature*>(t)); return;
        case TypeKind::Interface: {
            auto* i = static_cast<Interface*>(t);
            if (i->allMethods.empty() && i->explicitMethods.empty()) {
                out_ += "interface {}";
                return;
            }
            out_ += "interface { ";
            const auto& ms = i->allMethods.empty() ? i->explicitMethods : i->allMethods;
            for (size_t k = 0; k < ms.size(); ++k) {
                if (k) out_ += "; ";
                out_ += ms[k]->name;
                methodSignature(ms[k]->type);
            }
            out_ += " }";
            return;
        }
        default: out_ += "?"; return;
        }
    }

    // A method's signature without "func", entered as a type of its own.
    void methodSignature(Type* t) {
        auto [it, fresh] = open_.emplace(t, out_.size());
        if (!fresh) {
            out_ += "@" + std::to_string(it->second);
            return;
        }
        signature(static_cast<Signature*>(t));
        open_.erase(t);
    }

    void signature(Signature* sig) {
        tuple(sig->params, sig->variadic);
        if (sig->results->size() == 1) out_ += " ", typ(sig->results->vars[0]->type);
        else if (sig->results->size() > 1) out_ += " ", tuple(sig->results, false);
    }

    void tuple(Tuple* tu, bool variadic) {
        out_ += "(";
        for (size_t i = 0; i < tu->vars.size(); ++i) {
            if (i) out_ += ", ";
            Type* pt = tu->vars[i]->type;
            if (variadic && i + 1 == tu->vars.size() && under(pt)->kind == TypeKind::Slice) {
                out_ += "...";
                typ(static_cast<Slice*>(under(pt))->elem);
            } else {
                typ(pt);
            }
        }
        out_ += ")";
    }

    std::string& out_;
    const Package* current_;
    std::unordered_map<Type*, size_t> open_;  // composite types being written, and where each began
};

}  // namespace

std::string typeText(Type* t, const Package* current) {
    std::string out;
    TypeTextWriter(out, current).typ(t);
    return out;
}

namespace {

bool needsParens(Type* t) {
    return t->kind != TypeKind::Named && t->kind != TypeKind::Basic;
}

}  // namespace

// The embedded fields a promoted selection goes through, as gc spells
// them out: ".Inner.Deeper" (empty for a direct field or method).
static std::string embeddedPath(const Selection& selection) {
    std::string out;
    Type* t = selection.recv;
    for (size_t i = 0; i + 1 < selection.index.size(); ++i) {
        Type* u = under(t);
        if (u->kind == TypeKind::Pointer) u = under(static_cast<Pointer*>(u)->elem);
        auto* st = u->as<Struct>();
        if (!st || size_t(selection.index[i]) >= st->fields.size()) break;
        out += "." + std::string(st->fields[selection.index[i]]->name);
        t = st->fields[selection.index[i]]->type;
    }
    return out;
}

namespace {

// gc's OpPrec of a binary operator (ir/fmt.go).
int binaryPrec(Tok op) {
    switch (op) {
    case Tok::Mul: case Tok::Quo: case Tok::Rem: case Tok::Shl: case Tok::Shr: case Tok::And: case Tok::AndNot:
        return 6;
    case Tok::Add: case Tok::Sub: case Tok::Or: case Tok::Xor: return 5;
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: return 4;
    case Tok::AndAnd: return 3;
    case Tok::OrOr: return 2;
    default: return 0;
    }
}

constexpr int kPrecUnary = 7;

}  // namespace

bool Escape::isStringConcat(const ast::Expr* e) const {
    auto* b = e->as<ast::BinaryExpr>();
    if (!b || b->op != Tok::Add) return false;
    Type* t = typeOf(e);
    return t && under(t)->kind == TypeKind::Basic && (static_cast<Basic*>(under(t))->info & kIsString);
}

// The precedence gc's formatter gives the node `e` becomes: parentheses
// are gone after parsing, so the printer adds them where precedence needs.
int Escape::exprPrec(const ast::Expr* e) const {
    switch (e->kind) {
    case ast::ExprKind::Star: return kPrecUnary;
    case ast::ExprKind::Unary: return kPrecUnary;
    case ast::ExprKind::Binary: {
        auto tv = info.types.find(e);
        bool constant = tv != info.types.end() && tv->second.mode == Mode::Constant;
        if (!constant && isStringConcat(e)) return 0;  // OADDSTR has no precedence
        return binaryPrec(static_cast<const ast::BinaryExpr*>(e)->op);
    }
    case ast::ExprKind::FuncLit: return 0;
    case ast::ExprKind::KeyValue: return 0;
    case ast::ExprKind::CompositeLit: {
        Type* t = typeOf(e);
        return t && under(t)->kind == TypeKind::Pointer ? 0 : kPrecPrimary;  // OPTRLIT
    }
    default: return kPrecPrimary;
    }
}

std::string Escape::exprText(const ast::Expr* e, int prec) const {
    if (!e) return "";
    e = ast::unparen(e);
    std::string text = exprBody(e);
    return exprPrec(e) < prec ? "(" + text + ")" : text;
}

std::string Escape::exprBody(const ast::Expr* e) const {
    auto tv = info.types.find(e);
    if (tv != info.types.end() && tv->second.mode == Mode::Constant) return exprString(e);
    switch (e->kind) {
    case ast::ExprKind::Ident: return std::string(static_cast<const ast::Ident*>(e)->name);
    case ast::ExprKind::BasicLit: return std::string(static_cast<const ast::BasicLit*>(e)->text);
    case ast::ExprKind::FuncLit: return "func literal";
    case ast::ExprKind::CompositeLit: {
        auto* lit = static_cast<const ast::CompositeLit*>(e);
        Type* t = typeOf(e);
        if (t && under(t)->kind == TypeKind::Pointer) {
            return "&" + typeText(static_cast<Pointer*>(under(t))->elem, mainPkg) +
                   (lit->elements.empty() ? "{}" : "{...}");
        }
        return typeText(t, mainPkg) + (lit->elements.empty() ? "{}" : "{...}");
    }
    case ast::ExprKind::Selector: {
        auto* sel = static_cast<const ast::SelectorExpr*>(e);
        auto it = info.selections.find(sel);
        if (it == info.selections.end()) return exprString(e);  // a qualified identifier
        return exprText(sel->operand, kPrecPrimary) + embeddedPath(it->second) + "." +
               std::string(sel->selector->name);
    }
    case ast::ExprKind::Index: {
        auto* ix = static_cast<const ast::IndexExpr*>(e);
        std::string out = exprText(ix->operand, kPrecPrimary) + "[";
        for (size_t i = 0; i < ix->indices.size(); ++i) out += (i ? ", " : "") + exprText(ix->indices[i]);
        return out + "]";
    }
    case ast::ExprKind::Slice: {
        auto* s = static_cast<const ast::SliceExpr*>(e);
        std::string out = exprText(s->operand, kPrecPrimary) + "[" + exprText(s->low) + ":" + exprText(s->high);
        if (s->threeIndex) out += ":" + exprText(s->max);
        return out + "]";
    }
    case ast::ExprKind::TypeAssert: {
        auto* ta = static_cast<const ast::TypeAssertExpr*>(e);
        return exprText(ta->operand, kPrecPrimary) + ".(" + typeText(typeOf(e), mainPkg) + ")";
    }
    case ast::ExprKind::Star:
        return "*" + exprText(static_cast<const ast::StarExpr*>(e)->operand, kPrecUnary + 1);
    case ast::ExprKind::Unary: {
        auto* u = static_cast<const ast::UnaryExpr*>(e);
        const ast::Expr* x = ast::unparen(u->operand);
        auto* inner = x->as<ast::UnaryExpr>();
        std::string space = inner && inner->op == u->op ? " " : "";
        return std::string(tokSpelling(u->op)) + space + exprText(x, kPrecUnary + 1);
    }
    case ast::ExprKind::Binary: {
        auto* b = static_cast<const ast::BinaryExpr*>(e);
        if (isStringConcat(e)) return exprText(b->left, 0) + " + " + exprText(b->right, 0);
        int p = binaryPrec(b->op);
        return exprText(b->left, p) + " " + std::string(tokSpelling(b->op)) + " " + exprText(b->right, p + 1);
    }
    case ast::ExprKind::KeyValue: {
        auto* kv = static_cast<const ast::KeyValueExpr*>(e);
        return exprText(kv->key) + ":" + exprText(kv->value);
    }
    case ast::ExprKind::Call: return callText(static_cast<const ast::CallExpr*>(e));
    default: return exprString(e);
    }
}

std::string Escape::callText(const ast::CallExpr* c) const {
    const ast::Expr* callee = ast::unparen(c->callee);
    auto ctv = info.types.find(callee);
    if (ctv != info.types.end() && ctv->second.isType()) {
        Type* t = ctv->second.type;
        std::string ts = typeText(t, mainPkg);
        // []rune("const") is folded into a rune slice literal.
        if (!c->args.empty() && under(t)->kind == TypeKind::Slice) {
            auto atv = info.types.find(c->args[0]);
            Type* et = static_cast<Slice*>(under(t))->elem;
            if (atv != info.types.end() && atv->second.mode == Mode::Constant && under(et)->kind == TypeKind::Basic &&
                static_cast<Basic*>(under(et))->basicKind == BasicKind::Int32)
                return ts + "{...}";
        }
        if (needsParens(t)) ts = "(" + ts + ")";
        return ts + "(" + (c->args.empty() ? "" : exprText(c->args[0])) + ")";
    }
    // A callee (or receiver) that calls something was moved into a temporary.
    auto temp = calleeTemps.find(c);
    auto* sel = callee->as<ast::SelectorExpr>();
    auto selIt = sel ? info.selections.find(sel) : info.selections.end();
    bool method = selIt != info.selections.end() && selIt->second.kind == SelectionKind::MethodVal;
    std::string out = temp == calleeTemps.end() ? exprText(callee, kPrecPrimary)
                      : method                  ? autotmpName(temp->second) + "." + std::string(sel->selector->name)
                                                : autotmpName(temp->second);
    // f(g()) is printed as written: gc kept the call before its rewrite.
    if (autotmps.count(c)) return out + "(" + exprText(c->args[0]) + ")";
    bool builtin = ctv != info.types.end() && ctv->second.isBuiltin();
    if (mLevel >= 2 && !builtin && !rewrittenCalls.count(c)) {
        // Not analysed yet (an explanation printed while building the graph).
        out += "(";
        for (size_t i = 0; i < c->args.size(); ++i) out += (i ? ", " : "") + exprText(c->args[i]);
        return out + (c->hasEllipsis ? "...)" : ")");
    }
    out += "(";
    bool first = true;
    // A method call on a concrete type is printed as gc rewrites it: T.M(x, args).
    if (sel) {
        std::string recvText;
        if (const Func* m = concreteMethod(sel, recvText)) {
            if (temp != calleeTemps.end()) recvText = autotmpName(temp->second);
            out = methodExprText(m) + "(" + recvText;
            first = false;
        }
    }
    auto* sig = !builtin && ctv != info.types.end() && ctv->second.type ? under(ctv->second.type)->as<Signature>()
                                                                        : nullptr;
    size_t nparams = sig ? sig->params->size() : 0;
    for (size_t i = 0; i < c->args.size(); ++i) {
        if (sig && sig->variadic && !c->hasEllipsis && i + 1 == nparams) {
            out += std::string(i || !first ? ", " : "") + "... argument...";
            break;
        }
        if (i || !first) out += ", ";
        if (builtin && i == 0) {
            auto atv = info.types.find(c->args[0]);
            if (atv != info.types.end() && atv->second.isType()) {
                out += typeText(atv->second.type, mainPkg);
                continue;
            }
        }
        out += exprText(c->args[i]);
    }
    if (sig && sig->variadic && !c->hasEllipsis && c->args.size() + 1 == nparams)
        out += std::string(c->args.empty() ? "" : ", ") + "nil...";
    if (c->hasEllipsis) out += "...";
    return out + ")";
}

// The concrete method a method call x.M(...) calls, and the receiver text
// gc prints as its first argument: x with the embedded fields on the path,
// or x.(T)... when gc devirtualizes an interface call. Null for an
// interface call, also one promoted through an embedded interface.
const Func* Escape::concreteMethod(const ast::SelectorExpr* sel, std::string& recvText) const {
    auto it = info.selections.find(sel);
    if (it == info.selections.end() || it->second.kind != SelectionKind::MethodVal || !it->second.obj) return nullptr;
    auto* m = it->second.obj->as<Func>();
    if (!m || !m->signature()->recv) return nullptr;
    if (isInterfaceType(it->second.recv)) {
        Type* devirt = devirtualize(sel->operand);
        if (!devirt) return nullptr;
        LookupResult lr = lookupFieldOrMethod(devirt, false, mainPkg, m->name);
        auto* concrete = lr.obj ? lr.obj->as<Func>() : nullptr;
        if (!concrete || !concrete->decl) return nullptr;
        Selection path;
        path.recv = devirt;
        path.index = lr.index;
        recvText = exprText(sel->operand, kPrecPrimary) + ".(" + typeText(devirt, mainPkg) + ")" + embeddedPath(path);
        return concrete;
    }
    if (isInterfaceType(m->signature()->recv->type)) return nullptr;
    recvText = exprText(sel->operand, kPrecPrimary) + embeddedPath(it->second);
    return m;
}

std::string Escape::siteText(const Location* l) const {
    if (l->kind == EscapeSiteKind::VariadicSlice) return "... argument";
    if (l->kind == EscapeSiteKind::Append) return "append";
    if (!l->text.empty()) return l->text;
    return exprText(l->shown ? l->shown : l->expr);
}

std::string Escape::locName(const Location* l) const {
    if (l->isHeap) return "{heap}";
    if (l->isTemp) return "{temp}";
    if (l->var) return l->name;
    if (l->expr || !l->text.empty()) return "{storage for " + siteText(l) + "}";
    return l->name.empty() ? "{temp}" : l->name;
}

std::string Escape::methodExprText(const Func* m) const {
    Type* rt = m->signature()->recv->type;
    std::string recv = rt->kind == TypeKind::Pointer ? "(*" + typeText(static_cast<Pointer*>(rt)->elem, mainPkg) + ")"
                                                      : typeText(rt, mainPkg);
    return recv + "." + std::string(m->name);
}

std::string Escape::posText(Pos p) const {
    if (p == kAutogeneratedPos) return "<autogenerated>:1";
    return fileName + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

std::string Escape::stmtText(const ast::Stmt* s) const {
    if (auto* a = s->as<ast::AssignStmt>()) {
        std::string out;
        for (size_t i = 0; i < a->lhs.size(); ++i) out += (i ? ", " : "") + exprText(a->lhs[i]);
        out += " " + std::string(tokSpelling(a->op)) + " ";
        for (size_t i = 0; i < a->rhs.size(); ++i) out += (i ? ", " : "") + exprText(a->rhs[i]);
        return out;
    }
    if (auto* r = s->as<ast::ReturnStmt>()) {
        std::string out = "return";
        for (size_t i = 0; i < r->results.size(); ++i) out += (i ? ", " : " ") + exprText(r->results[i]);
        return out;
    }
    if (s->as<ast::RangeStmt>()) return "for loop";
    if (auto* e = s->as<ast::ExprStmt>()) return exprText(e->expr);
    if (auto* c = s->as<ast::CaseClause>()) {
        // gc's OCASE: "case x, y: body" with the body's statements joined by "; ".
        std::string out = c->isDefault ? "default" : "case ";
        for (size_t i = 0; i < c->values.size(); ++i) out += (i ? ", " : "") + exprText(c->values[i]);
        out += ": ";
        for (size_t i = 0; i < c->body.size(); ++i) out += (i ? "; " : "") + stmtText(c->body[i]);
        return out;
    }
    return stmtString(s);
}

}  // namespace govm::escape
