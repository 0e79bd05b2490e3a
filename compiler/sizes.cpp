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

int64_t alignOf(Type* t) {
    Type* u = under(t);
    if (!u) return 1;
    switch (u->kind) {
    case TypeKind::Basic: {
        auto k = static_cast<Basic*>(u)->basicKind;
        if (k == BasicKind::String) return kWord;
        return basicSize(k);
    }
    case TypeKind::Array: return alignOf(static_cast<Array*>(u)->elem);
    case TypeKind::Struct: {
        int64_t a = 1;
        for (Var* f : static_cast<Struct*>(u)->fields) a = std::max(a, alignOf(f->type));
        return a;
    }
    default: return kWord;
    }
}

std::vector<int64_t> fieldOffsets(Struct* s) {
    std::vector<int64_t> offsets;
    int64_t offset = 0;
    for (Var* f : s->fields) {
        offset = std::min(kMaxWidth, alignUp(offset, alignOf(f->type)));
        offsets.push_back(offset);
        offset = saturatedAdd(offset, sizeOf(f->type));
    }
    return offsets;
}

int64_t sizeOf(Type* t) {
    Type* u = under(t);
    if (!u) return 0;
    switch (u->kind) {
    case TypeKind::Basic: return basicSize(static_cast<Basic*>(u)->basicKind);
    case TypeKind::Slice: return 3 * kWord;
    case TypeKind::Interface: return 2 * kWord;
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(u);
        int64_t elem = sizeOf(a->elem);
        if (a->length <= 0 || elem == 0) return 0;
        return a->length > (kMaxWidth - 1) / elem ? kMaxWidth : elem * a->length;
    }
    case TypeKind::Struct: {
        auto* s = static_cast<Struct*>(u);
        if (s->fields.empty()) return 0;
        std::vector<int64_t> offsets = fieldOffsets(s);
        int64_t lastSize = sizeOf(s->fields.back()->type);
        int64_t end = saturatedAdd(offsets.back(), lastSize);
        if (lastSize == 0) end += 1;  // gc: no pointer past the end via a trailing zero-size field
        return std::min(kMaxWidth, alignUp(end, alignOf(s)));
    }
    case TypeKind::Tuple: {
        int64_t offset = 0;
        for (Var* v : static_cast<Tuple*>(u)->vars)
            offset = saturatedAdd(std::min(kMaxWidth, alignUp(offset, alignOf(v->type))), sizeOf(v->type));
        return offset;
    }
    default: return kWord;
    }
}

}  // namespace govm::types
