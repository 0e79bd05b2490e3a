// Package sort's natives (compiler/stdlib/sort.go): the two pieces of
// reflectlite that sort.Slice needs, over a slice held in an `any`, and
// Ints and Strings, whose equal elements are indistinguishable, so any
// correct sort gives Go's result.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {
namespace {

// reflect's Kind.String() names, for the panic of a non-slice operand.
std::string_view reflectKindName(const TypeDesc* t) {
    switch (t->kind) {
        case Kind::Pointer: return "ptr";
        case Kind::UnsafePointer: return "unsafe.Pointer";
        case Kind::Bool: return "bool";
        case Kind::Int: return "int";
        case Kind::Int8: return "int8";
        case Kind::Int16: return "int16";
        case Kind::Int32: return "int32";
        case Kind::Int64: return "int64";
        case Kind::Uint: return "uint";
        case Kind::Uint8: return "uint8";
        case Kind::Uint16: return "uint16";
        case Kind::Uint32: return "uint32";
        case Kind::Uint64: return "uint64";
        case Kind::Uintptr: return "uintptr";
        case Kind::Float32: return "float32";
        case Kind::Float64: return "float64";
        case Kind::String: return "string";
        case Kind::Array: return "array";
        case Kind::Struct: return "struct";
        case Kind::Map: return "map";
        case Kind::Func: return "func";
        case Kind::Interface: return "interface";
        case Kind::Chan: return "chan";
        default: return "invalid";
    }
}

Slice sliceOf(NativeContext& ctx, Iface x) {
    if (x.isNil()) panicString(ctx, "reflect: call of Swapper on zero Value");
    if (x.type->kind != Kind::Slice)
        panicString(ctx, "reflect: call of Swapper on " + std::string(reflectKindName(x.type)) + " Value");
    Slice s;
    std::memcpy(&s, reinterpret_cast<const void*>(x.data), sizeof s);
    return s;
}

// sliceLen(x any) int
void sliceLen(NativeContext& ctx, const Slot* a, Slot* r) { r[0].i = sliceOf(ctx, argIface(a, 0)).len; }

// sliceSwap(x any, i, j int)
void sliceSwap(NativeContext& ctx, const Slot* a, Slot*) {
    Iface x = argIface(a, 0);
    Slice s = sliceOf(ctx, x);
    uint64_t i = a[2].u, j = a[3].u;
    if (i >= uint64_t(s.len) || j >= uint64_t(s.len)) panicString(ctx, "reflect: slice index out of range");
    uint64_t size = x.type->elem->size;
    auto* base = static_cast<unsigned char*>(s.data);
    unsigned char tmp[256];
    for (uint64_t off = 0; off < size; off += sizeof tmp) {
        size_t n = size_t(std::min<uint64_t>(sizeof tmp, size - off));
        std::memcpy(tmp, base + i * size + off, n);
        std::memmove(base + i * size + off, base + j * size + off, n);
        std::memcpy(base + j * size + off, tmp, n);
    }
}

// Ints(x []int)
void ints(NativeContext&, const Slot* a, Slot*) {
    Slice x = argSlice(a, 0);
    auto* data = static_cast<int64_t*>(x.data);
    std::sort(data, data + x.len);
}

// Strings(x []string): byte-wise order, as Go compares strings.
void strings(NativeContext&, const Slot* a, Slot*) {
    Slice x = argSlice(a, 0);
    auto* data = static_cast<String*>(x.data);
    std::sort(data, data + x.len, [](const String& l, const String& r) { return l.view() < r.view(); });
}

const NativeEntry kNatives[] = {
    {"sort.Ints", ints},
    {"sort.Strings", strings},
    {"sort.sliceLen", sliceLen},
    {"sort.sliceSwap", sliceSwap},
};

}  // namespace

NativeTable sortNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
