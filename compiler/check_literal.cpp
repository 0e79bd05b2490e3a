// Literals: basic literals, function literals and composite literals
// (types2 expr.go, index.go indexedElts).
//
// A composite literal without a type inside another one takes the element
// type as its `hint` (`[]T{{...}}`, and `&T{}` for pointer elements).
// Function literal bodies are checked right away with the enclosing
// environment's package-level declaration (for initialization order) and
// iota; their variables are owned by the FuncLit.
#include "compiler/checker.hpp"

namespace govm::types {

void Checker::basicLit(Operand& x, ast::BasicLit* e) {
    if (e->literalKind == Tok::Imag) return;  // the lexer reported that govm has no complex numbers
    if ((e->literalKind == Tok::Int || e->literalKind == Tok::Float) && e->text.size() > kMaxLiteralLength) {
        error(e->pos, "excessively long constant: " + std::string(e->text.substr(0, 10)) + "... (" +
                          std::to_string(e->text.size()) + " chars)");
        return;
    }
    ConstantResult r;
    BasicKind kind = BasicKind::UntypedInt;
    switch (e->literalKind) {
    case Tok::Int: r = Constant::fromIntLiteral(e->text); break;
    case Tok::Float:
        r = Constant::fromFloatLiteral(e->text);
        kind = BasicKind::UntypedFloat;
        break;
    case Tok::Rune:
        r = Constant::fromRuneLiteral(e->text);
        kind = BasicKind::UntypedRune;
        break;
    default:
        r = Constant::fromStringLiteral(e->text);
        kind = BasicKind::UntypedString;
        break;
    }
    if (!r.ok()) {
        error(e->pos, "malformed constant: " + std::string(e->text));
        return;
    }
    x.mode = Mode::Constant;
    x.type = basic(kind);
    x.val = r.value;
}

void Checker::funcLit(Operand& x, ast::FuncLit* e) {
    auto* sig = make<Signature>();
    if (e->type->typeParams) genericError(e->type->typeParams);
    funcType(sig, nullptr, e->type, e);
    recordTypeAndValue(e->type, Mode::TypeExpr, sig, nullptr);
    if (e->body) {
        Environment saved = env_;
        funcBody(saved.decl, "<function literal>", sig, e->body, e, saved.hasIota ? &saved.iota : nullptr);
        // Closures make calls and receives of their own, which do not count here.
        bool hasCall = saved.hasCallOrRecv;
        env_ = std::move(saved);
        env_.hasCallOrRecv = hasCall;
    }
    x.mode = Mode::Value;
    x.type = sig;
}

namespace {

int fieldIndex(const std::vector<Var*>& fields, const Package* pkg, std::string_view name) {
    if (name == "_") return -1;
    for (size_t i = 0; i < fields.size(); ++i)
        if (sameId(fields[i], pkg, name)) return int(i);
    return -1;
}

}  // namespace

void Checker::compositeLit(Operand& x, ast::CompositeLit* e, Type* hint) {
    Type* typ = nullptr;
    Type* base = nullptr;
    if (e->type) {
        auto* at = e->type->as<ast::ArrayType>();
        if (at && at->length && at->length->kind == ast::ExprKind::Ellipsis) {
            typ = make<Array>(varType(at->elem), -1);
            base = typ;
        } else {
            typ = this->typ(e->type);
            base = typ;
        }
    } else if (hint) {
        typ = hint;
        base = typ;
        if (auto* p = under(typ)->as<Pointer>()) base = p->elem;  // *T implies &T{}
    } else {
        error(e->pos, "missing type in composite literal");
        return;
    }
    Type* u = under(base);
    switch (u->kind) {
    case TypeKind::Struct: structLit(e, static_cast<Struct*>(u), base, typ); break;
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(u);
        int64_t n = indexedElts(e->elements, a->elem, a->length);
        if (a->length < 0) {
            a->length = n;
            if (e->type) recordTypeAndValue(e->type, Mode::TypeExpr, a, nullptr);
        }
        break;
    }
    case TypeKind::Slice: indexedElts(e->elements, static_cast<Slice*>(u)->elem, -1); break;
    case TypeKind::Map: mapLit(e, static_cast<Map*>(u)); break;
    default:
        for (ast::Expr* el : e->elements) {
            if (auto* kv = el->as<ast::KeyValueExpr>()) el = kv->value;
            useExpr(el);
        }
        if (!isInvalid(u)) error(startPos(e), "invalid composite literal type " + str(typ));
        return;
    }
    x.mode = Mode::Value;
    x.type = typ;
}

void Checker::structLit(ast::CompositeLit* e, Struct* s, Type* base, Type* typ) {
    if (e->elements.empty()) return;
    const std::vector<Var*>& fields = s->fields;
    Operand x;
    if (e->elements[0]->as<ast::KeyValueExpr>()) {
        std::vector<bool> visited(fields.size());
        for (ast::Expr* el : e->elements) {
            auto* kv = el->as<ast::KeyValueExpr>();
            if (!kv) {
                error(startPos(el), "mixture of field:value and value elements in struct literal");
                continue;
            }
            auto* key = kv->key->as<ast::Ident>();
            expr(x, kv->value);
            if (!key) {
                error(kv->pos, "invalid field name " + exprStr(kv->key) + " in struct literal");
                continue;
            }
            int i = fieldIndex(fields, pkg_, key->name);
            if (i < 0) {
                error(key->pos, "unknown field '" + std::string(key->name) + "' in struct literal of type " + str(base));
                continue;
            }
            recordUse(key, fields[size_t(i)]);
            assignment(x, fields[size_t(i)]->type, "struct literal");
            if (visited[size_t(i)]) {
                error(kv->pos, "duplicate field name " + std::string(key->name) + " in struct literal");
                continue;
            }
            visited[size_t(i)] = true;
        }
        return;
    }
    for (size_t i = 0; i < e->elements.size(); ++i) {
        ast::Expr* el = e->elements[i];
        if (auto* kv = el->as<ast::KeyValueExpr>()) {
            error(kv->pos, "mixture of field:value and value elements in struct literal");
            continue;
        }
        expr(x, el);
        if (i >= fields.size()) {
            errorAt(x, "too many values in " + str(base) + "{…}");
            break;
        }
        Var* fld = fields[i];
        if (!fld->exported() && fld->pkg != pkg_) {
            errorAt(x, "implicit assignment to unexported field " + std::string(fld->name) + " in " + str(typ) +
                           " literal");
            continue;
        }
        assignment(x, fld->type, "struct literal");
    }
    if (e->elements.size() < fields.size()) error(e->rbrace, "too few values in " + str(base) + "{…}");
}

void Checker::mapLit(ast::CompositeLit* e, Map* m) {
    bool keyIsInterface = isInterface(m->key);
    std::vector<std::pair<Constant, Type*>> visited;
    for (ast::Expr* el : e->elements) {
        auto* kv = el->as<ast::KeyValueExpr>();
        if (!kv) {
            error(startPos(el), "missing key in map literal");
            continue;
        }
        Operand x;
        exprWithHint(x, kv->key, m->key);
        assignment(x, m->key, "map literal");
        if (x.mode == Mode::Invalid) continue;
        if (x.mode == Mode::Constant) {
            bool duplicate = false;
            for (auto& [v, t] : visited)
                if (Constant::compare(v, ConstantOp::Equal, x.val) && (!keyIsInterface || identical(t, x.type)))
                    duplicate = true;
            visited.push_back({x.val, x.type});
            if (duplicate) {
                errorAt(x, "duplicate key " + x.val.toString() + " in map literal");
                continue;
            }
        }
        exprWithHint(x, kv->value, m->elem);
        assignment(x, m->elem, "map literal");
    }
}

int64_t Checker::indexedElts(const ast::List<ast::Expr*>& elts, Type* typ, int64_t length) {
    std::unordered_set<int64_t> visited;
    int64_t index = 0, max = 0;
    for (ast::Expr* e : elts) {
        bool validIndex = false;
        ast::Expr* eval = e;
        if (auto* kv = e->as<ast::KeyValueExpr>()) {
            Type* t = nullptr;
            int64_t i = -1;
            if (this->index(kv->key, length, t, i) && !isInvalid(t)) {
                if (i >= 0) {
                    index = i;
                    validIndex = true;
                } else {
                    error(startPos(e), "index " + exprStr(kv->key) + " must be integer constant");
                }
            }
            eval = kv->value;
        } else if (length >= 0 && index >= length) {
            error(startPos(e), "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(length) + ")");
        } else {
            validIndex = true;
        }
        if (validIndex) {
            if (!visited.insert(index).second)
                error(startPos(e), "duplicate index " + std::to_string(index) + " in array or slice literal");
        }
        ++index;
        if (index > max) max = index;
        Operand x;
        exprWithHint(x, eval, typ);
        assignment(x, typ, "array or slice literal");
    }
    return max;
}

}  // namespace govm::types
