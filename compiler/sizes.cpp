// Sizes and alignments as gc computes them for amd64 (cmd/compile's
// types/size.go): 8-byte words, 8-byte maximum alignment, string = 2
// words, slice = 3, interface = 2; structs laid out in declaration order
// with natural alignment, padded to their alignment, plus one byte when a
// non-empty struct ends in a zero-size field (so that a pointer to that
// field cannot point past the object).
#include "compiler/checker.hpp"

namespace govm::types {

namespace {

constexpr int64_t kWord = 8;

int64_t alignUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

// Both operands are at most kMaxWidth, so the sum cannot overflow.
int64_t saturatedAdd(int64_t a, int64_t b) { return std::min(kMaxWidth, a + b); }

int64_t basicSize(BasicKind k) {
    switch (k) {
    case BasicKind::Bool:
    case BasicKind::Int8:
    case BasicKind::Uint8: return 1;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 2;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32: return 4;
    case BasicKind::String: return 2 * kWord;
    case BasicKind::Invalid: return 1;
    default: return 8;
    }
}

}  // namespace

namespace {

struct Layout {
    int64_t size;
    int64_t align;
    bool complete;  // no unresolved or invalid type inside: safe to memoize
};

Layout layoutOf(Type* t);

// Field offsets in one pass, each field's layout computed once.
Layout structLayout(Struct* s, std::vector<int64_t>* offsets) {
    Layout out{0, 1, true};
    int64_t lastSize = 0;
    for (Var* f : s->fields) {
        Layout field = layoutOf(f->type);
        out.complete = out.complete && field.complete;
        out.align = std::max(out.align, field.align);
        out.size = std::min(kMaxWidth, alignUp(out.size, field.align));
        if (offsets) offsets->push_back(out.size);
        out.size = saturatedAdd(out.size, field.size);
        lastSize = field.size;
    }
    if (s->fields.empty()) return out;
    if (lastSize == 0) out.size += 1;  // gc: no pointer past the end via a trailing zero-size field
    out.size = std::min(kMaxWidth, alignUp(out.size, out.align));
    return out;
}

Layout arrayLayout(Array* a) {
    Layout elem = layoutOf(a->elem);
    int64_t size = a->length <= 0 || elem.size == 0       ? 0
                   : a->length > (kMaxWidth - 1) / elem.size ? kMaxWidth
                                                             : elem.size * a->length;
    return {size, elem.align, elem.complete};
}

// Types are a DAG (`type T2 struct{ a, b T1 }`): arrays and structs keep
// their layout once it is complete, or measuring would be exponential.
template <typename T, typename Compute>
Layout memoized(T* t, Compute compute) {
    if (t->layout.size >= 0) return {t->layout.size, t->layout.align, true};
    Layout out = compute();
    if (out.complete) t->layout = {out.size, out.align};
    return out;
}

Layout layoutOf(Type* t) {
    Type* u = under(t);
    if (!u || isInvalid(u)) return {u ? 1 : 0, 1, false};
    switch (u->kind) {
    case TypeKind::Basic: {
        auto k = static_cast<Basic*>(u)->basicKind;
        int64_t size = basicSize(k);
        return {size, k == BasicKind::String ? kWord : size, true};
    }
    case TypeKind::Slice: return {3 * kWord, kWord, true};
    case TypeKind::Interface: return {2 * kWord, kWord, true};
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(u);
        return memoized(a, [a] { return arrayLayout(a); });
    }
    case TypeKind::Struct: {
        auto* s = static_cast<Struct*>(u);
        return memoized(s, [s] { return structLayout(s, nullptr); });
    }
    case TypeKind::Tuple: {
        Layout out{0, kWord, true};
        for (Var* v : static_cast<Tuple*>(u)->vars) {
            Layout l = layoutOf(v->type);
            out.size = saturatedAdd(std::min(kMaxWidth, alignUp(out.size, l.align)), l.size);
        }
        return out;
    }
    default: return {kWord, kWord, true};
    }
}

}  // namespace

int64_t alignOf(Type* t) { return layoutOf(t).align; }

int64_t sizeOf(Type* t) { return layoutOf(t).size; }

std::vector<int64_t> fieldOffsets(Struct* s) {
    std::vector<int64_t> offsets;
    structLayout(s, &offsets);
    return offsets;
}

}  // namespace govm::types
