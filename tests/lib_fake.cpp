// The test doubles of lib_fake.hpp.
#include "lib_fake.hpp"

#include <cstring>
#include <stdexcept>

#include "runtime/map.hpp"

namespace govm::test {

TypeUniverse::TypeUniverse() {
    intT = basic(Kind::Int, 8, "int");
    int8T = basic(Kind::Int8, 1, "int8");
    int32T = basic(Kind::Int32, 4, "int32");
    int64T = basic(Kind::Int64, 8, "int64");
    uint8T = basic(Kind::Uint8, 1, "uint8");
    uint64T = basic(Kind::Uint64, 8, "uint64");
    float32T = basic(Kind::Float32, 4, "float32");
    float64T = basic(Kind::Float64, 8, "float64");
    boolT = basic(Kind::Bool, 1, "bool");
    stringT = add(TypeDesc{.kind = Kind::String, .align = 8, .comparable = true, .hasPointers = true,
                           .direct = false, .size = 16, .name = "string"});
    anyT = interface("interface {}", {});
    errorT = interface("error", {"Error"});
    bytesT = slice(uint8T, "[]uint8");
    intsT = slice(intT, "[]int");
    stringsT = slice(stringT, "[]string");
}

std::string_view TypeUniverse::keep(std::string_view s) { return names_.emplace_back(s); }

const TypeDesc* TypeUniverse::add(TypeDesc t) {
    t.name = keep(t.name);
    const TypeDesc* p = &types_.emplace_back(t);
    byName_.emplace(std::string(p->name), p);
    return p;
}

const TypeDesc* TypeUniverse::basic(Kind kind, uint64_t size, std::string_view name) {
    return add(TypeDesc{.kind = kind, .align = uint8_t(size), .comparable = true, .hasPointers = false,
                        .direct = true, .size = size, .name = name});
}

const TypeDesc* TypeUniverse::slice(const TypeDesc* elem, std::string_view name) {
    return add(TypeDesc{.kind = Kind::Slice, .align = 8, .comparable = false, .hasPointers = true, .direct = false,
                        .size = 24, .name = name, .elem = elem});
}

const TypeDesc* TypeUniverse::array(const TypeDesc* elem, uint64_t length, std::string_view name) {
    uint64_t size = elem->size * length;
    return add(TypeDesc{.kind = Kind::Array, .align = elem->align, .comparable = elem->comparable,
                        .hasPointers = elem->hasPointers, .direct = size <= 8 && length == 1, .size = size,
                        .name = name, .elem = elem, .length = length});
}

const TypeDesc* TypeUniverse::pointer(const TypeDesc* elem, std::string_view name) {
    return add(TypeDesc{.kind = Kind::Pointer, .align = 8, .comparable = true, .hasPointers = true, .direct = true,
                        .size = 8, .name = name, .elem = elem});
}

const TypeDesc* TypeUniverse::map(const TypeDesc* key, const TypeDesc* elem, std::string_view name) {
    return add(TypeDesc{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                        .size = 8, .name = name, .elem = elem, .key = key});
}

const TypeDesc* TypeUniverse::structure(std::string_view name, std::initializer_list<FieldSpec> specs) {
    auto& fields = fields_.emplace_back();
    uint64_t offset = 0;
    uint8_t align = 1;
    bool comparable = true, hasPointers = false;
    for (const FieldSpec& f : specs) {
        offset = (offset + f.type->align - 1) / f.type->align * f.type->align;
        fields.push_back(rt::FieldDesc{keep(f.name), f.type, uint32_t(offset), f.embedded, f.exported});
        offset += f.type->size;
        align = std::max(align, f.type->align);
        comparable = comparable && f.type->comparable;
        hasPointers = hasPointers || f.type->hasPointers;
    }
    uint64_t size = (offset + align - 1) / align * align;
    bool direct = size <= 8 && fields.size() == 1;
    TypeDesc t{.kind = Kind::Struct, .align = align, .comparable = comparable, .hasPointers = hasPointers,
               .direct = direct, .size = size, .name = name};
    t.fields = fields.data();
    t.fieldCount = uint32_t(fields.size());
    t.isNamed = true;
    return add(t);
}

const TypeDesc* TypeUniverse::interface(std::string_view name, std::initializer_list<std::string_view> methods) {
    auto& list = ifaceMethods_.emplace_back();
    for (std::string_view m : methods) list.push_back(rt::IfaceMethodDesc{keep(m), "func() string"});
    TypeDesc t{.kind = Kind::Interface, .align = 8, .comparable = true, .hasPointers = true, .direct = false,
               .size = 16, .name = name};
    t.ifaceMethods = list.data();
    t.ifaceMethodCount = uint32_t(list.size());
    return add(t);
}

TypeDesc* TypeUniverse::named(const TypeDesc* base, std::string_view name) {
    TypeDesc t = *base;
    t.name = name;
    t.isNamed = true;
    return const_cast<TypeDesc*>(add(t));
}

void TypeUniverse::addStringMethod(TypeDesc* type, std::string_view name, std::function<std::string(Iface)> fn) {
    FakeMethod* fake = &fakeMethods_.emplace_back(FakeMethod{std::move(fn)});
    std::vector<rt::MethodDesc>* list = nullptr;
    if (type->methodCount > 0) {
        for (auto& m : methods_)
            if (m.data() == type->methods) list = &m;
    } else {
        list = &methods_.emplace_back();
    }
    list->push_back(rt::MethodDesc{keep(name), "func() string", fake});
    std::sort(list->begin(), list->end(), [](const rt::MethodDesc& a, const rt::MethodDesc& b) { return a.name < b.name; });
    type->methods = list->data();
    type->methodCount = uint32_t(list->size());
}

const TypeDesc* TypeUniverse::byName(std::string_view name) const {
    auto it = byName_.find(name);
    return it == byName_.end() ? nullptr : it->second;
}

rt::String FakeContext::newString(std::string_view bytes) {
    auto* data = static_cast<uint8_t*>(heap.allocateBytes(bytes.size()));
    if (!bytes.empty()) std::memcpy(data, bytes.data(), bytes.size());
    return {data, int64_t(bytes.size())};
}

bool FakeContext::callStringMethod(Iface receiver, std::string_view name, std::string& out) {
    const rt::MethodDesc* m = rt::findMethod(receiver.type, name);
    if (m == nullptr) return false;
    out = static_cast<const FakeMethod*>(m->fn)->call(receiver);
    return true;
}

NativeContext::MethodCall FakeContext::callStringMethodRecover(Iface receiver, std::string_view name,
                                                               std::string& out, Iface& recovered) {
    try {
        return callStringMethod(receiver, name, out) ? MethodCall::Ok : MethodCall::NoMethod;
    } catch (const FakePanic& p) {
        recovered = p.value;
        return MethodCall::Panicked;
    }
}

const TypeDesc* FakeContext::typeOf(std::string_view name) {
    const TypeDesc* t = types_.byName(name);
    if (t == nullptr) throw std::logic_error("typeOf: unknown type " + std::string(name));
    return t;
}

Iface FakeContext::box(const TypeDesc* type, const void* value) {
    Iface r{type, 0};
    if (type->direct) {
        std::memcpy(&r.data, value, type->size);
    } else {
        void* p = allocate(type, 1);
        std::memcpy(p, value, type->size);
        r.data = reinterpret_cast<uint64_t>(p);
    }
    return r;
}

Iface FakeContext::s(std::string_view v) {
    rt::String str = newString(v);
    return box(types_.stringT, &str);
}

rt::Slice FakeContext::sliceOf(const TypeDesc* elem, const void* elems, size_t n) {
    void* data = allocate(elem, n);
    if (n > 0) std::memcpy(data, elems, elem->size * n);
    return {data, int64_t(n), int64_t(n)};
}

rt::Slice FakeContext::strings(std::initializer_list<std::string_view> elems) {
    std::vector<rt::String> v;
    for (std::string_view e : elems) v.push_back(newString(e));
    return sliceOf(types_.stringT, v.data(), v.size());
}

rt::Map* FakeContext::mapOf(const TypeDesc* mapType, const std::vector<std::pair<const void*, const void*>>& entries) {
    rt::Map* m = rt::mapNew(heap, mapType, int64_t(entries.size()));
    for (const auto& [key, value] : entries) {
        void* slot = rt::mapAssign(heap, m, key);
        std::memcpy(slot, value, mapType->elem->size);
    }
    return m;
}

}  // namespace govm::test
