// Conversions T(x) (types2 conversions.go).
//
// A constant converted to a constant type stays constant (and must be
// representable, except integer -> string, which yields the UTF-8 text of
// the code point or U+FFFD). Everything else follows the typed
// convertibility rules. The operand's untyped parts get their final type:
// T itself, or the default type when T is an interface or not a constant
// type (`[]byte("x")` records "x" as string).
#include "compiler/checker.hpp"

namespace govm::types {

namespace {

std::string utf8Encode(uint32_t r) {
    std::string s;
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) {
        s += char(r);
    } else if (r < 0x800) {
        s += char(0xC0 | (r >> 6));
        s += char(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        s += char(0xE0 | (r >> 12));
        s += char(0x80 | ((r >> 6) & 0x3F));
        s += char(0x80 | (r & 0x3F));
    } else {
        s += char(0xF0 | (r >> 18));
        s += char(0x80 | ((r >> 12) & 0x3F));
        s += char(0x80 | ((r >> 6) & 0x3F));
        s += char(0x80 | (r & 0x3F));
    }
    return s;
}

}  // namespace

bool Checker::convertibleToOp(Operand& x, Type* T, std::string* cause) {
    if (assignableToOp(x, T, cause)) return true;
    if (isUntyped(x.type)) {
        // Untyped non-nil values convert like their default type.
        if (x.isNil()) return false;
        return convertibleTo(defaultType(x.type), T);
    }
    return convertibleTo(x.type, T);
}

void Checker::conversion(Operand& x, Type* T) {
    bool constArg = x.mode == Mode::Constant;
    bool ok = false;
    std::string cause;
    if (constArg && isConstType(T)) {
        auto* t = static_cast<Basic*>(under(T));
        Representation r = x.val.representAs(constantTypeOf(t->basicKind));
        if (x.val.isUnknown()) {
            ok = true;
        } else if (r.ok()) {
            x.val = r.rounded;
            ok = true;
        } else if (isInteger(x.type) && isString(t)) {
            auto v = x.val.uint64Value();
            uint32_t cp = v.exact && v.value <= 0x10FFFF ? uint32_t(v.value) : 0xFFFD;
            x.val = Constant::fromString(utf8Encode(cp));
            ok = true;
        }
    } else if (convertibleToOp(x, T, &cause)) {
        ok = true;
        x.mode = Mode::Value;
    }
    if (!ok) {
        if (!cause.empty()) errorAt(x, "cannot convert " + str(x) + " to type " + str(T) + ":\n\t" + cause);
        else errorAt(x, "cannot convert " + str(x) + " to type " + str(T));
        x.mode = Mode::Invalid;
        return;
    }
    if (isUntyped(x.type)) {
        Type* final = T;
        if (isInterface(T) || (constArg && !isConstType(T)) || x.isNil()) final = defaultType(x.type);
        else if (x.mode == Mode::Constant && isInteger(x.type) && isString(T)) final = x.type;
        updateExprType(x.expr, final, true);
    }
    x.type = T;
}

}  // namespace govm::types
