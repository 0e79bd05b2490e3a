// Run-time type descriptors and register layouts of checked types.
//
// Model. Every Go type the running program can observe gets one rt::TypeDesc
// in Program::types, and identical types (types::identical) share it, so
// the runtime compares types by address. Canonicity comes from typeKey(): a
// structural string in which a Named type is its TypeName's address (two
// local types both called T stay distinct; `type A = B` aliases never reach
// here as Named) and a basic type is its BasicKind (byte == uint8, rune ==
// int32). Untyped types are keyed, named and laid out as their default type.
//
// Invariants:
// - A descriptor is registered under its key BEFORE its elements, fields or
//   signature are filled, so a recursive type (`type L struct{ next *L }`)
//   finds itself. Descriptors are heap-allocated once (stable addresses);
//   growing Program::types never moves them.
// - Nothing in a descriptor depends on another descriptor being complete:
//   size, alignment, comparability and pointer-ness are computed from the
//   types:: graph, where value containment is acyclic.
// - Every string a descriptor points to is copied into Program::ownedBlobs,
//   so a Program outlives the checker and the source text.
// - Method tables are filled later (fillMethodTables), because building a
//   method's wrapper compiles code that may need new descriptors: typeIndex
//   only queues {descriptor, type} pairs.
//
// Names follow gc's reflect strings (cmd/compile types/fmt.go, mode
// fmtTypeIDName, go1.19): "interface {}", "struct { X int; y string }",
// "func(int, ...string) (int, error)", unexported interface methods
// qualified by package name ("interface { main.m() }"), byte as uint8.
#include <algorithm>
#include <cstring>
#include <new>
#include <type_traits>

#include "compiler/codegen_impl.hpp"
#include "runtime/strconv.hpp"

// From the checker's private header (compiler/checker.hpp), which is too
// heavy to include here.
namespace govm::types {
void completeInterface(Interface* iface);
bool sameId(const Object* a, const Package* pkg, std::string_view name);
}  // namespace govm::types

namespace govm::codegen {

// ---- register layouts --------------------------------------------------------

bool isAggregate(Type* t) {
    Type* u = t ? under(t) : nullptr;
    return u && (u->kind == TypeKind::Struct || u->kind == TypeKind::Array);
}

int slotCount(Type* t) {
    t = defaultType(t);
    Type* u = t ? under(t) : nullptr;
    if (!u) return 1;
    switch (u->kind) {
    case TypeKind::Basic: return static_cast<Basic*>(u)->basicKind == BasicKind::String ? 2 : 1;
    case TypeKind::Slice: return 3;
    case TypeKind::Interface: return 2;
    case TypeKind::Tuple: {
        int n = 0;
        for (Var* v : static_cast<Tuple*>(u)->vars) n += slotCount(v->type);
        return n;
    }
    default: return 1;
    }
}

std::vector<SlotTag> shapeOf(Type* t) {
    t = defaultType(t);
    Type* u = t ? under(t) : nullptr;
    if (!u) return {SlotTag::Scalar};
    switch (u->kind) {
    case TypeKind::Basic:
        switch (static_cast<Basic*>(u)->basicKind) {
        case BasicKind::String:
        case BasicKind::UntypedString: return {SlotTag::Pointer, SlotTag::Scalar};
        case BasicKind::UnsafePointer:
        case BasicKind::UntypedNil: return {SlotTag::Pointer};
        default: return {SlotTag::Scalar};
        }
    case TypeKind::Slice: return {SlotTag::Pointer, SlotTag::Scalar, SlotTag::Scalar};
    case TypeKind::Interface: return {SlotTag::IfaceType, SlotTag::IfaceData};
    case TypeKind::Tuple: {
        std::vector<SlotTag> shape;
        for (Var* v : static_cast<Tuple*>(u)->vars) {
            std::vector<SlotTag> part = shapeOf(v->type);
            shape.insert(shape.end(), part.begin(), part.end());
        }
        return shape;
    }
    default: return {SlotTag::Pointer};  // pointer, map, chan, func, struct, array
    }
}

vm::SlotKind gcKind(SlotTag tag) {
    switch (tag) {
    case SlotTag::Pointer: return vm::SlotKind::Pointer;
    case SlotTag::IfaceType: return vm::SlotKind::IfaceType;
    default: return vm::SlotKind::Scalar;  // Free, Scalar, IfaceData
    }
}

namespace {

// ---- helpers -----------------------------------------------------------------

std::string_view keepString(vm::Program& prog, std::string_view s) {
    if (s.empty()) return {};
    prog.ownedBlobs.push_back(std::make_unique<char[]>(s.size()));
    char* raw = prog.ownedBlobs.back().get();
    std::memcpy(raw, s.data(), s.size());
    return {raw, s.size()};
}

rt::Kind basicRtKind(BasicKind k) {
    switch (k) {
    case BasicKind::Bool: return rt::Kind::Bool;
    case BasicKind::Int: return rt::Kind::Int;
    case BasicKind::Int8: return rt::Kind::Int8;
    case BasicKind::Int16: return rt::Kind::Int16;
    case BasicKind::Int32: return rt::Kind::Int32;
    case BasicKind::Int64: return rt::Kind::Int64;
    case BasicKind::Uint: return rt::Kind::Uint;
    case BasicKind::Uint8: return rt::Kind::Uint8;
    case BasicKind::Uint16: return rt::Kind::Uint16;
    case BasicKind::Uint32: return rt::Kind::Uint32;
    case BasicKind::Uint64: return rt::Kind::Uint64;
    case BasicKind::Uintptr: return rt::Kind::Uintptr;
    case BasicKind::Float32: return rt::Kind::Float32;
    case BasicKind::Float64: return rt::Kind::Float64;
    case BasicKind::String: return rt::Kind::String;
    // Untyped nil (and invalid types, which never reach a valid program) as
    // a pointer-sized pointer word.
    default: return rt::Kind::UnsafePointer;
    }
}

rt::Kind rtKindOf(Type* u) {
    switch (u->kind) {
    case TypeKind::Basic: return basicRtKind(static_cast<Basic*>(u)->basicKind);
    case TypeKind::Pointer: return rt::Kind::Pointer;
    case TypeKind::Slice: return rt::Kind::Slice;
    case TypeKind::Array: return rt::Kind::Array;
    case TypeKind::Map: return rt::Kind::Map;
    case TypeKind::Chan: return rt::Kind::Chan;
    case TypeKind::Struct: return rt::Kind::Struct;
    case TypeKind::Signature: return rt::Kind::Func;
    case TypeKind::Interface: return rt::Kind::Interface;
    default: return rt::Kind::Raw;  // tuples have no run-time type
    }
}

const char* basicName(BasicKind k) {
    switch (k) {
    case BasicKind::Bool: return "bool";
    case BasicKind::Int: return "int";
    case BasicKind::Int8: return "int8";
    case BasicKind::Int16: return "int16";
    case BasicKind::Int32: return "int32";
    case BasicKind::Int64: return "int64";
    case BasicKind::Uint: return "uint";
    case BasicKind::Uint8: return "uint8";
    case BasicKind::Uint16: return "uint16";
    case BasicKind::Uint32: return "uint32";
    case BasicKind::Uint64: return "uint64";
    case BasicKind::Uintptr: return "uintptr";
    case BasicKind::Float32: return "float32";
    case BasicKind::Float64: return "float64";
    case BasicKind::String: return "string";
    case BasicKind::UnsafePointer: return "unsafe.Pointer";
    case BasicKind::UntypedNil: return "nil";
    default: return "invalid type";
    }
}

// Whether some word of the memory form may point into the heap. Value
// containment is acyclic in valid programs; the depth bound guards bad input.
bool hasPointers(Type* t, int depth = 0) {
    Type* u = t ? under(t) : nullptr;
    if (!u || depth > 1000) return false;
    switch (u->kind) {
    case TypeKind::Basic: {
        BasicKind k = static_cast<Basic*>(u)->basicKind;
        return k == BasicKind::String || k == BasicKind::UnsafePointer || k == BasicKind::UntypedNil;
    }
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(u);
        return a->length > 0 && hasPointers(a->elem, depth + 1);
    }
    case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(u)->fields)
            if (hasPointers(f->type, depth + 1)) return true;
        return false;
    default: return true;
    }
}

void interfaceMethods(Interface* iface, std::vector<Func*>& out) {
    if (!iface->complete) completeInterface(iface);
    out = iface->allMethods;
}

// gc's order of interface methods in type names: exported first, then by
// name, then (unexported) by package path.
bool gcMethodLess(const Func* a, const Func* b) {
    bool ea = a->exported(), eb = b->exported();
    if (ea != eb) return ea;
    if (a->name != b->name) return a->name < b->name;
    std::string_view pa = a->pkg ? std::string_view(a->pkg->path) : std::string_view();
    std::string_view pb = b->pkg ? std::string_view(b->pkg->path) : std::string_view();
    return pa < pb;
}

// The run-time order of method tables (rt::findMethod, rt::implements): by name.
bool runtimeMethodLess(const Func* a, const Func* b) {
    if (a->name != b->name) return a->name < b->name;
    std::string_view pa = a->pkg ? std::string_view(a->pkg->path) : std::string_view();
    std::string_view pb = b->pkg ? std::string_view(b->pkg->path) : std::string_view();
    return pa < pb;
}

// ---- keys --------------------------------------------------------------------

// Interfaces being keyed, and where each one's key began: a cycle through
// anonymous interfaces (type T interface { m() interface{ T } }) is keyed
// "@N", as gc's type names write it.
using OpenTypes = std::unordered_map<const Type*, size_t>;

void writeKey(std::string& out, Type* t, OpenTypes& open);

void writeTupleKey(std::string& out, Tuple* tup, OpenTypes& open) {
    out += '(';
    if (tup)
        for (Var* v : tup->vars) {
            writeKey(out, v->type, open);
            out += ',';
        }
    out += ')';
}

void writeSignatureKey(std::string& out, Signature* sig, OpenTypes& open) {
    out += "F";
    writeTupleKey(out, sig->params, open);
    if (sig->variadic) out += "...";
    writeTupleKey(out, sig->results, open);
}

// Unexported names from different packages are different names.
void writeNameKey(std::string& out, const Object* obj) {
    out += obj->name;
    if (!obj->exported() && obj->pkg) {
        out += '@';
        out += obj->pkg->path;
    }
}

void writeKey(std::string& out, Type* t, OpenTypes& open) {
    t = defaultType(t);
    if (!t) {
        out += "?";
        return;
    }
    switch (t->kind) {
    case TypeKind::Basic:
        out += 'B';
        out += std::to_string(int(static_cast<Basic*>(t)->basicKind));
        break;
    case TypeKind::Named:
        out += 'N';
        out += std::to_string(reinterpret_cast<uintptr_t>(static_cast<Named*>(t)->obj));
        out += ';';
        break;
    case TypeKind::Pointer:
        out += '*';
        writeKey(out, static_cast<Pointer*>(t)->elem, open);
        break;
    case TypeKind::Slice:
        out += "[]";
        writeKey(out, static_cast<Slice*>(t)->elem, open);
        break;
    case TypeKind::Array:
        out += '[';
        out += std::to_string(static_cast<Array*>(t)->length);
        out += ']';
        writeKey(out, static_cast<Array*>(t)->elem, open);
        break;
    case TypeKind::Map:
        out += "M[";
        writeKey(out, static_cast<Map*>(t)->key, open);
        out += ']';
        writeKey(out, static_cast<Map*>(t)->elem, open);
        break;
    case TypeKind::Chan:
        out += 'C';
        out += std::to_string(int(static_cast<Chan*>(t)->dir));
        writeKey(out, static_cast<Chan*>(t)->elem, open);
        break;
    case TypeKind::Struct: {
        auto* s = static_cast<Struct*>(t);
        out += "S{";
        for (size_t i = 0; i < s->fields.size(); ++i) {
            Var* f = s->fields[i];
            if (f->embedded) out += '!';
            writeNameKey(out, f);
            out += ' ';
            writeKey(out, f->type, open);
            std::string_view tag = i < s->tags.size() ? std::string_view(s->tags[i]) : std::string_view();
            out += ' ';
            out += std::to_string(tag.size());  // length-prefixed: tags may contain anything
            out += ':';
            out += tag;
            out += ';';
        }
        out += '}';
        break;
    }
    case TypeKind::Tuple: writeTupleKey(out, static_cast<Tuple*>(t), open); break;
    case TypeKind::Signature: writeSignatureKey(out, static_cast<Signature*>(t), open); break;
    case TypeKind::Interface: {
        auto [it, fresh] = open.emplace(t, out.size());
        if (!fresh) {
            out += "@" + std::to_string(it->second);
            break;
        }
        std::vector<Func*> methods;
        interfaceMethods(static_cast<Interface*>(t), methods);
        out += "I{";
        for (Func* m : methods) {
            writeNameKey(out, m);
            writeSignatureKey(out, m->signature(), open);
            out += ';';
        }
        out += '}';
        open.erase(t);
        break;
    }
    }
}

// ---- reflect names -------------------------------------------------------------

// Writes gc's reflect name of a type. A type met again inside itself (an
// interface whose method mentions it through an anonymous interface) is
// written as gc's tconv writes it: "@N", N the offset where its text began.
class NameWriter {
public:
    explicit NameWriter(std::string& out) : out_(out) {}

    void typ(Type* t) {
        t = defaultType(t);
        if (!t) {
            out_ += "<nil>";
            return;
        }
        if (t->kind == TypeKind::Basic || t->kind == TypeKind::Named) {
            name(t);
            return;
        }
        if (!enter(t)) return;
        switch (t->kind) {
        case TypeKind::Basic:
        case TypeKind::Named: break;
        case TypeKind::Pointer:
            out_ += '*';
            typ(static_cast<Pointer*>(t)->elem);
            break;
        case TypeKind::Slice:
            out_ += "[]";
            typ(static_cast<Slice*>(t)->elem);
            break;
        case TypeKind::Array:
            out_ += '[';
            out_ += std::to_string(static_cast<Array*>(t)->length);
            out_ += ']';
            typ(static_cast<Array*>(t)->elem);
            break;
        case TypeKind::Map:
            out_ += "map[";
            typ(static_cast<Map*>(t)->key);
            out_ += ']';
            typ(static_cast<Map*>(t)->elem);
            break;
        case TypeKind::Chan: chan(static_cast<Chan*>(t)); break;
        case TypeKind::Struct: structType(static_cast<Struct*>(t)); break;
        case TypeKind::Tuple: tuple(static_cast<Tuple*>(t), false); break;
        case TypeKind::Signature:
            out_ += "func";
            signatureBody(static_cast<Signature*>(t));
            break;
        case TypeKind::Interface: interfaceType(static_cast<Interface*>(t)); break;
        }
        visited_.erase(t);
    }

    // Parameters and results, without "func" (gc's %S of a func type).
    void signature(Signature* sig) {
        if (!enter(sig)) return;
        signatureBody(sig);
        visited_.erase(sig);
    }

private:
    void signatureBody(Signature* sig) {
        tuple(sig->params, sig->variadic);
        size_t n = sig->results ? sig->results->vars.size() : 0;
        if (n == 0) return;
        out_ += ' ';
        if (n == 1) typ(sig->results->vars[0]->type);
        else tuple(sig->results, false);
    }

    void name(Type* t) {
        if (t->kind == TypeKind::Basic) {
            out_ += basicName(static_cast<Basic*>(t)->basicKind);
            return;
        }
        TypeName* obj = static_cast<Named*>(t)->obj;
        if (obj->pkg) {  // only `error` has none
            out_ += obj->pkg->name;
            out_ += '.';
        }
        out_ += obj->name;
    }

    // Starts writing composite type t; false (after writing its reference)
    // when t is being written already.
    bool enter(Type* t) {
        auto [it, fresh] = visited_.emplace(t, out_.size());
        if (!fresh) out_ += "@" + std::to_string(it->second);
        return fresh;
    }

    void tuple(Tuple* tup, bool variadic) {
        out_ += '(';
        size_t n = tup ? tup->vars.size() : 0;
        for (size_t i = 0; i < n; ++i) {
            if (i > 0) out_ += ", ";
            Type* t = tup->vars[i]->type;
            if (variadic && i + 1 == n) {
                out_ += "...";
                if (auto* s = t ? t->as<Slice>() : nullptr) t = s->elem;
            }
            typ(t);
        }
        out_ += ')';
    }

    void chan(Chan* c) {
        switch (c->dir) {
        case ast::ChanDir::Recv: out_ += "<-chan "; break;
        case ast::ChanDir::Send: out_ += "chan<- "; break;
        default: {
            out_ += "chan ";
            // `chan (<-chan int)`: without parentheses it would read as `chan<- chan int`.
            auto* e = c->elem ? c->elem->as<Chan>() : nullptr;
            if (e && e->dir == ast::ChanDir::Recv) {
                out_ += '(';
                typ(c->elem);
                out_ += ')';
                return;
            }
        }
        }
        typ(c->elem);
    }

    void structType(Struct* s) {
        out_ += "struct {";
        for (size_t i = 0; i < s->fields.size(); ++i) {
            if (i > 0) out_ += ';';
            out_ += ' ';
            Var* f = s->fields[i];
            if (!f->embedded) {
                out_ += f->name;
                out_ += ' ';
            }
            typ(f->type);
            if (i < s->tags.size() && !s->tags[i].empty()) {
                out_ += ' ';
                rt::quote(out_, s->tags[i]);
            }
        }
        if (!s->fields.empty()) out_ += ' ';
        out_ += '}';
    }

    void interfaceType(Interface* iface) {
        std::vector<Func*> methods;
        interfaceMethods(iface, methods);
        if (methods.empty()) {
            out_ += "interface {}";
            return;
        }
        std::stable_sort(methods.begin(), methods.end(), gcMethodLess);
        out_ += "interface {";
        for (size_t i = 0; i < methods.size(); ++i) {
            if (i > 0) out_ += ';';
            out_ += ' ';
            Func* m = methods[i];
            if (!m->exported() && m->pkg) {
                out_ += m->pkg->name;
                out_ += '.';
            }
            out_ += m->name;
            signature(m->signature());
        }
        out_ += " }";
    }

    std::string& out_;
    std::unordered_map<Type*, size_t> visited_;  // types being written, and where each began
};

// ---- method sets -----------------------------------------------------------------

// Types that may have a non-empty method set of their own: defined
// non-interface types, structs with embedded fields, and pointers to these.
bool mayHaveMethods(Type* t) {
    if (auto* p = t->as<Pointer>()) {
        t = p->elem;
        if (!t || t->kind == TypeKind::Pointer) return false;
    }
    Type* u = under(t);
    if (!u || u->kind == TypeKind::Interface || u->kind == TypeKind::Pointer) return false;
    if (t->kind == TypeKind::Named) return true;
    if (auto* s = u->as<Struct>())
        for (Var* f : s->fields)
            if (f->embedded) return true;
    return false;
}

}  // namespace

// ---- Codegen members -------------------------------------------------------------

std::string Codegen::typeKey(Type* t) {
    std::string key;
    OpenTypes open;
    writeKey(key, t, open);
    return key;
}

std::string Codegen::rtypeName(Type* t) {
    std::string name;
    NameWriter(name).typ(t);
    return name;
}

uint32_t Codegen::typeIndex(Type* t) {
    if (!t) t = checked.universe.basic(BasicKind::Invalid);
    t = defaultType(t);
    std::string key = typeKey(t);
    if (auto it = typeIndexByKey.find(key); it != typeIndexByKey.end()) return it->second;

    // Register first (see the header comment), then fill.
    auto owned = std::make_unique<rt::TypeDesc>();
    rt::TypeDesc* d = owned.get();
    uint32_t index = uint32_t(out->types.size());
    out->ownedTypes.push_back(std::move(owned));
    out->types.push_back(d);
    typeIndexByKey.emplace(std::move(key), index);

    vm::Program& prog = *out;
    Type* u = under(t);
    if (!u) u = checked.universe.basic(BasicKind::Invalid);  // unresolved: only in erroneous programs
    d->kind = rtKindOf(u);
    d->size = uint64_t(std::max<int64_t>(0, sizeOf(t)));
    d->align = uint8_t(std::max<int64_t>(1, alignOf(t)));
    d->comparable = types::comparable(t);
    d->hasPointers = hasPointers(t);
    bool inMemory = d->kind == rt::Kind::Struct || d->kind == rt::Kind::Array || d->kind == rt::Kind::String ||
                    d->kind == rt::Kind::Slice || d->kind == rt::Kind::Interface;
    d->direct = d->size <= 8 && !inMemory;
    d->name = keepString(prog, rtypeName(t));
    d->isNamed = t->kind == TypeKind::Named;

    switch (u->kind) {
    case TypeKind::Pointer: d->elem = typeDesc(static_cast<Pointer*>(u)->elem); break;
    case TypeKind::Slice: d->elem = typeDesc(static_cast<Slice*>(u)->elem); break;
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(u);
        d->length = uint64_t(std::max<int64_t>(0, a->length));
        d->elem = typeDesc(a->elem);
        break;
    }
    case TypeKind::Map:
        d->key = typeDesc(static_cast<Map*>(u)->key);
        d->elem = typeDesc(static_cast<Map*>(u)->elem);
        break;
    case TypeKind::Chan: d->elem = typeDesc(static_cast<Chan*>(u)->elem); break;
    case TypeKind::Struct: {
        auto* s = static_cast<Struct*>(u);
        std::vector<int64_t> offsets = fieldOffsets(s);
        auto* fields = prog.ownArray<rt::FieldDesc>(s->fields.size());
        for (size_t i = 0; i < s->fields.size(); ++i) {
            Var* f = s->fields[i];
            fields[i].name = keepString(prog, f->name);
            fields[i].type = typeDesc(f->type);
            fields[i].offset = uint64_t(offsets[i]);
            fields[i].embedded = f->embedded;
            fields[i].exported = f->exported();
        }
        d->fields = fields;
        d->fieldCount = uint32_t(s->fields.size());
        break;
    }
    case TypeKind::Signature: {
        auto* sig = static_cast<Signature*>(u);
        size_t np = sig->params ? sig->params->vars.size() : 0;
        size_t nr = sig->results ? sig->results->vars.size() : 0;
        auto* params = prog.ownArray<const rt::TypeDesc*>(np);
        for (size_t i = 0; i < np; ++i) params[i] = typeDesc(sig->params->vars[i]->type);
        auto* results = prog.ownArray<const rt::TypeDesc*>(nr);
        for (size_t i = 0; i < nr; ++i) results[i] = typeDesc(sig->results->vars[i]->type);
        d->params = params;
        d->paramCount = uint32_t(np);
        d->results = results;
        d->resultCount = uint32_t(nr);
        d->variadic = sig->variadic;
        break;
    }
    case TypeKind::Interface: {
        std::vector<Func*> methods;
        interfaceMethods(static_cast<Interface*>(u), methods);
        std::stable_sort(methods.begin(), methods.end(), runtimeMethodLess);
        auto* table = prog.ownArray<rt::IfaceMethodDesc>(methods.size());
        for (size_t i = 0; i < methods.size(); ++i) {
            table[i].name = keepString(prog, methods[i]->name);
            table[i].signature = keepString(prog, rtypeName(methods[i]->type));
        }
        d->ifaceMethods = table;
        d->ifaceMethodCount = uint32_t(methods.size());
        break;
    }
    default: break;
    }

    if (mayHaveMethods(t)) methodTablesToFill.emplace_back(d, t);
    return index;
}

void Codegen::fillMethodTables() {
    // wrapperFor may create descriptors that queue more tables: loop until none.
    while (!methodTablesToFill.empty()) {
        auto [desc, t] = methodTablesToFill.back();
        methodTablesToFill.pop_back();

        std::vector<Func*> candidates = methodCandidates(t);

        struct Entry {
            Func* method;
            LookupResult found;
        };
        std::vector<Entry> entries;
        for (Func* c : candidates) {
            LookupResult r = lookupFieldOrMethod(t, false, c->pkg, c->name);
            if (!r.obj || r.ambiguous || r.notAddressable) continue;
            Func* m = r.obj->as<Func>();
            if (!m || r.index.empty()) continue;  // a field shadows the method
            entries.push_back({m, std::move(r)});
        }
        if (entries.empty()) continue;
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry& a, const Entry& b) { return runtimeMethodLess(a.method, b.method); });

        std::vector<rt::MethodDesc> table;
        table.reserve(entries.size());
        for (Entry& e : entries) {
            std::vector<int> path(e.found.index.begin(), e.found.index.end() - 1);
            uint32_t fn = wrapperFor(t, e.method, path, e.found.indirect);
            table.push_back({keepString(*out, e.method->name), keepString(*out, rtypeName(e.method->type)),
                             out->functions[fn].get()});
        }
        auto* methods = out->ownArray<rt::MethodDesc>(table.size());
        std::copy(table.begin(), table.end(), methods);
        desc->methods = methods;
        desc->methodCount = uint32_t(table.size());
    }
}

uint32_t Codegen::structTypeFor(const std::vector<Type*>& fields) {
    auto s = std::make_unique<Struct>();
    std::vector<std::unique_ptr<Object>> vars;
    for (size_t i = 0; i < fields.size(); ++i) {
        while (synthNames.size() <= i) synthNames.push_back("F" + std::to_string(synthNames.size()));
        auto v = std::make_unique<Var>(synthNames[i], Pos{}, fields[i], nullptr);
        v->isField = true;
        s->fields.push_back(v.get());
        s->tags.emplace_back();
        vars.push_back(std::move(v));
    }
    // An identical box exists already: its descriptor serves, drop the new one.
    if (auto it = typeIndexByKey.find(typeKey(s.get())); it != typeIndexByKey.end()) return it->second;
    Struct* raw = s.get();
    synthTypes.push_back(std::move(s));
    for (auto& v : vars) synthObjects.push_back(std::move(v));
    return typeIndex(raw);
}

}  // namespace govm::codegen
