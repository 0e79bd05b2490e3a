// Hashing and equality of Go values in memory form, per TypeDesc: map keys and
// == on interfaces, structs and arrays (declared in runtime/map.hpp).
//
// Go's rules: floats compare by IEEE value (NaN != NaN, +0 == -0, so both
// zeros hash alike), strings by content, interfaces by dynamic type and then
// value, structs field by field skipping blank (_) fields and padding, arrays
// element-wise. An interface holding an uncomparable dynamic type panics when
// hashed or compared with the same type; callers detect that first with
// uncomparableDynamicType (hash) or through equalValues' out-parameter (==).
#include "runtime/value_hash.hpp"

#include "runtime/map.hpp"
#include "runtime/value.hpp"

namespace govm::rt {

bool isBlankField(const FieldDesc& field) { return field.name == "_"; }

bool isMemoryType(const TypeDesc* t) {
    switch (t->kind) {
    case Kind::Bool: case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr: case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
        return true;
    case Kind::Array:
        return isMemoryType(t->elem);
    case Kind::Struct: {
        uint64_t covered = 0;
        for (uint32_t i = 0; i < t->fieldCount; ++i) {
            const FieldDesc& field = t->fields[i];
            if (isBlankField(field) || !isMemoryType(field.type))
                return false;
            covered += field.type->size;
        }
        return covered == t->size;  // padding bytes are not part of the value
    }
    default:
        return false;
    }
}

namespace {

bool containsKind(const TypeDesc* t, bool (*pred)(Kind)) {
    if (pred(t->kind))
        return true;
    if (t->kind == Kind::Array)
        return containsKind(t->elem, pred);
    if (t->kind == Kind::Struct)
        for (uint32_t i = 0; i < t->fieldCount; ++i)
            if (containsKind(t->fields[i].type, pred))
                return true;
    return false;
}

bool isInterfaceKind(Kind k) { return k == Kind::Interface; }
bool isFloatOrInterfaceKind(Kind k) { return k == Kind::Float32 || k == Kind::Float64 || k == Kind::Interface; }

Iface loadIface(const void* v) {
    Iface iface;
    std::memcpy(&iface, v, sizeof iface);
    return iface;
}

}  // namespace

bool containsInterface(const TypeDesc* t) { return containsKind(t, isInterfaceKind); }
bool containsFloatOrInterface(const TypeDesc* t) { return containsKind(t, isFloatOrInterfaceKind); }

uint64_t hashValue(const TypeDesc* t, const void* v, uint64_t seed) {
    const auto* bytes = static_cast<const uint8_t*>(v);
    switch (t->kind) {
    case Kind::Float32: {
        float f;
        std::memcpy(&f, v, 4);
        if (f == 0)
            return hashWord(0, seed);  // +0 and -0 are equal
        uint32_t bits;
        std::memcpy(&bits, &f, 4);
        return hashWord(bits, seed);
    }
    case Kind::Float64: {
        double d;
        std::memcpy(&d, v, 8);
        if (d == 0)
            return hashWord(0, seed);
        return hashWord(load64(bytes), seed);
    }
    case Kind::String: {
        String s = loadString(v);
        return hashBytes(s.data, size_t(s.len), seed);
    }
    case Kind::Interface: {
        Iface iface = loadIface(v);
        if (iface.type == nullptr)
            return hashWord(0, seed);
        uint64_t h = hashWord(reinterpret_cast<uintptr_t>(iface.type), seed);
        if (!iface.type->comparable)
            return h;
        return hashValue(iface.type, iface.payload(), h);
    }
    case Kind::Array: {
        uint64_t h = seed;
        for (uint64_t i = 0; i < t->length; ++i)
            h = hashValue(t->elem, bytes + i * t->elem->size, h);
        return hashWord(t->length, h);
    }
    case Kind::Struct: {
        uint64_t h = seed;
        for (uint32_t i = 0; i < t->fieldCount; ++i)
            if (!isBlankField(t->fields[i]))
                h = hashValue(t->fields[i].type, bytes + t->fields[i].offset, h);
        return hashWord(t->fieldCount, h);
    }
    case Kind::Slice: case Kind::Map: case Kind::Func:
        return seed;  // not hashable; callers check uncomparableDynamicType first
    default:
        if (t->size == 8)
            return hashWord(load64(bytes), seed);
        return hashWord(loadPartial(bytes, size_t(t->size)), seed);
    }
}

bool equalValues(const TypeDesc* t, const void* a, const void* b, const TypeDesc** uncomparable) {
    const auto* x = static_cast<const uint8_t*>(a);
    const auto* y = static_cast<const uint8_t*>(b);
    switch (t->kind) {
    case Kind::Float32: {
        float f, g;
        std::memcpy(&f, a, 4);
        std::memcpy(&g, b, 4);
        return f == g;
    }
    case Kind::Float64: {
        double f, g;
        std::memcpy(&f, a, 8);
        std::memcpy(&g, b, 8);
        return f == g;
    }
    case Kind::String: {
        String s = loadString(a), u = loadString(b);
        return s.len == u.len && (s.data == u.data || std::memcmp(s.data, u.data, size_t(s.len)) == 0);
    }
    case Kind::Interface: {
        Iface p = loadIface(a), q = loadIface(b);
        if (p.type != q.type)
            return false;
        if (p.type == nullptr)
            return true;
        if (!p.type->comparable) {
            if (uncomparable != nullptr)
                *uncomparable = p.type;
            return false;
        }
        return equalValues(p.type, p.payload(), q.payload(), uncomparable);
    }
    case Kind::Array:
        for (uint64_t i = 0; i < t->length; ++i)
            if (!equalValues(t->elem, x + i * t->elem->size, y + i * t->elem->size, uncomparable))
                return false;
        return true;
    case Kind::Struct:
        for (uint32_t i = 0; i < t->fieldCount; ++i) {
            const FieldDesc& field = t->fields[i];
            if (!isBlankField(field) && !equalValues(field.type, x + field.offset, y + field.offset, uncomparable))
                return false;
        }
        return true;
    case Kind::Slice: case Kind::Map: case Kind::Func:
        // Only comparable to nil, which the compiler lowers itself; compare the words.
        return load64(x) == load64(y);
    default:
        return std::memcmp(a, b, t->size) == 0;
    }
}

const TypeDesc* uncomparableDynamicType(const TypeDesc* t, const void* v) {
    const auto* bytes = static_cast<const uint8_t*>(v);
    switch (t->kind) {
    case Kind::Interface: {
        Iface iface = loadIface(v);
        if (iface.type == nullptr)
            return nullptr;
        if (!iface.type->comparable)
            return iface.type;
        return uncomparableDynamicType(iface.type, iface.payload());
    }
    case Kind::Array:
        if (!containsInterface(t->elem))
            return nullptr;
        for (uint64_t i = 0; i < t->length; ++i)
            if (const TypeDesc* bad = uncomparableDynamicType(t->elem, bytes + i * t->elem->size))
                return bad;
        return nullptr;
    case Kind::Struct:
        for (uint32_t i = 0; i < t->fieldCount; ++i) {
            const FieldDesc& field = t->fields[i];
            if (isBlankField(field))
                continue;
            if (const TypeDesc* bad = uncomparableDynamicType(field.type, bytes + field.offset))
                return bad;
        }
        return nullptr;
    case Kind::Slice: case Kind::Map: case Kind::Func:
        return t;
    default:
        return nullptr;
    }
}

}  // namespace govm::rt
