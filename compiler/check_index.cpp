// Index and slice expressions (types2 index.go).
//
// Indexing a string yields a byte value, an addressable array's element
// is addressable, a slice's element always is, a map index is assignable
// but not addressable (MapIndex). Constant indices are checked against
// known lengths (arrays, constant strings).
#include "compiler/checker.hpp"

namespace govm::types {

ast::Expr* Checker::singleIndex(ast::IndexExpr* e) {
    if (e->indices.empty()) {
        error(e->pos, "missing index for " + exprStr(e->operand));
        return nullptr;
    }
    if (e->indices.size() > 1) error(startPos(e->indices[1]), "invalid operation: more than one index");
    return e->indices[0];
}

void Checker::indexExpr(Operand& x, ast::IndexExpr* e) {
    exprOrType(x, e->operand);
    if (x.mode == Mode::Invalid) {
        use(e->indices);
        return;
    }
    if (x.mode == Mode::TypeExpr) {
        // Instantiation: the generic declaration was reported already.
        if (!isInvalid(x.type)) error(e->pos, "generic type parameters are not supported by govm");
        x.mode = Mode::Invalid;
        return;
    }
    bool valid = false;
    int64_t length = -1;
    Type* u = under(x.type);
    switch (u->kind) {
    case TypeKind::Basic:
        if (isString(u)) {
            valid = true;
            if (x.mode == Mode::Constant) length = int64_t(x.val.stringValue().size());
            x.mode = Mode::Value;
            x.type = prog_.universe.byteType;
        }
        break;
    case TypeKind::Array:
        valid = true;
        length = static_cast<Array*>(u)->length;
        if (x.mode != Mode::Variable) x.mode = Mode::Value;
        x.type = static_cast<Array*>(u)->elem;
        break;
    case TypeKind::Pointer:
        if (auto* a = under(static_cast<Pointer*>(u)->elem)->as<Array>()) {
            valid = true;
            length = a->length;
            x.mode = Mode::Variable;
            x.type = a->elem;
        }
        break;
    case TypeKind::Slice:
        valid = true;
        x.mode = Mode::Variable;
        x.type = static_cast<Slice*>(u)->elem;
        break;
    case TypeKind::Map: {
        ast::Expr* idx = singleIndex(e);
        if (!idx) {
            x.mode = Mode::Invalid;
            return;
        }
        Operand key;
        expr(key, idx);
        assignment(key, static_cast<Map*>(u)->key, "map index");
        x.mode = Mode::MapIndex;
        x.type = static_cast<Map*>(u)->elem;
        x.expr = e;
        return;
    }
    default: break;
    }
    if (!valid) {
        error(e->pos, "invalid operation: cannot index " + str(x));
        x.mode = Mode::Invalid;
        return;
    }
    ast::Expr* idx = singleIndex(e);
    if (!idx) {
        x.mode = Mode::Invalid;
        return;
    }
    Type* t = nullptr;
    int64_t v = -1;
    index(idx, length, t, v);
}

void Checker::sliceExpr(Operand& x, ast::SliceExpr* e) {
    expr(x, e->operand);
    if (x.mode == Mode::Invalid) {
        useExpr(e->low);
        useExpr(e->high);
        useExpr(e->max);
        return;
    }
    bool valid = false;
    int64_t length = -1;
    Type* u = under(x.type);
    switch (u->kind) {
    case TypeKind::Basic:
        if (isString(u)) {
            if (e->threeIndex) {
                error(e->max ? startPos(e->max) : e->pos, "invalid operation: 3-index slice of string");
                x.mode = Mode::Invalid;
                return;
            }
            valid = true;
            if (x.mode == Mode::Constant) length = int64_t(x.val.stringValue().size());
            if (isUntyped(x.type)) x.type = basic(BasicKind::String);
        }
        break;
    case TypeKind::Array:
        valid = true;
        length = static_cast<Array*>(u)->length;
        if (x.mode != Mode::Variable) {
            errorAt(x, "invalid operation: " + str(x) + " (slice of unaddressable value)");
            x.mode = Mode::Invalid;
            return;
        }
        x.type = make<Slice>(static_cast<Array*>(u)->elem);
        break;
    case TypeKind::Pointer:
        if (auto* a = under(static_cast<Pointer*>(u)->elem)->as<Array>()) {
            valid = true;
            length = a->length;
            x.type = make<Slice>(a->elem);
        }
        break;
    case TypeKind::Slice: valid = true; break;
    default: break;
    }
    if (!valid) {
        errorAt(x, "invalid operation: cannot slice " + str(x));
        x.mode = Mode::Invalid;
        return;
    }
    x.mode = Mode::Value;
    ast::Expr* idx[3] = {e->low, e->high, e->max};
    int64_t ind[3];
    int n = e->threeIndex ? 3 : 2;
    for (int i = 0; i < n; ++i) {
        int64_t v = -1;
        if (idx[i]) {
            int64_t max = length >= 0 ? length + 1 : -1;
            Type* t = nullptr;
            int64_t got = -1;
            if (index(idx[i], max, t, got) && got >= 0) v = got;
        } else if (i == 0) {
            v = 0;
        } else if (length >= 0) {
            v = length;
        }
        ind[i] = v;
    }
    for (int i = 0; i + 1 < n; ++i) {
        if (ind[i] <= 0) continue;
        for (int j = i + 1; j < n; ++j) {
            if (ind[j] >= 0 && ind[j] < ind[i]) {
                error(startPos(idx[j]), "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
                return;
            }
        }
    }
}

bool Checker::index(ast::Expr* idx, int64_t max, Type*& typ, int64_t& val) {
    typ = invalidType();
    val = -1;
    Operand x;
    expr(x, idx);
    if (!isValidIndex(x, "index", false)) return false;
    if (x.mode != Mode::Constant) {
        typ = x.type;
        return true;
    }
    if (x.val.isUnknown()) return false;
    auto v = x.val.int64Value();
    if (max >= 0 && v.value >= max) {
        errorAt(x, "invalid argument: index " + x.val.toString() + " out of bounds [0:" + std::to_string(max) + "]");
        return false;
    }
    typ = x.type;
    val = v.value;
    return true;
}

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
    if (x.mode == Mode::Invalid) return false;
    convertUntyped(x, basic(BasicKind::Int));
    if (x.mode == Mode::Invalid) return false;
    if (!isInteger(x.type)) {
        errorAt(x, std::string("invalid argument: ") + what + " " + str(x) + " must be integer");
        return false;
    }
    if (x.mode == Mode::Constant) {
        if (!allowNegative && x.val.sign() < 0) {
            errorAt(x, std::string("invalid argument: ") + what + " " + str(x) + " must not be negative");
            return false;
        }
        Representation r = x.val.representAs(ConstantType::Int);
        if (!r.ok()) {
            errorAt(x, std::string("invalid argument: ") + what + " " + str(x) + " overflows int");
            return false;
        }
        x.val = r.rounded;
    }
    return true;
}

}  // namespace govm::types
