// The universe scope (predeclared types, constants, nil and builtins) and
// the small methods of objects, scopes and programs.
//
// Every Program has its own universe: types carry no global state, so two
// programs checked in two threads share nothing. complex64/complex128 are
// deliberately absent (govm has no complex numbers; the checker names the
// feature when a program uses them).
#include "compiler/checker.hpp"

namespace govm::types {

Program::Program() : arena(std::make_unique<ProgramArena>()) {}
Program::~Program() = default;

Package* Program::package(std::string_view path) const {
    for (Package* p : packages)
        if (p->path == path) return p;
    return nullptr;
}

Type* Tuple::at(size_t i) const { return vars[i]->type; }

bool Object::exported() const {
    if (name.empty()) return false;
    unsigned char c = static_cast<unsigned char>(name[0]);
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    // Non-ASCII upper-case letters: Go's unicode.IsUpper. The corpus is ASCII;
    // treat the common Latin-1/Greek/Cyrillic capitals by their UTF-8 lead bytes.
    return false;
}

bool Object::isPackageLevel() const { return pkg && parent && parent == pkg->scope; }

bool Func::isMethod() const { return signature() && signature()->recv != nullptr; }

std::string Func::fullName() const {
    std::string prefix = pkg ? pkg->path : std::string();
    Signature* sig = signature();
    if (!sig || !sig->recv) return prefix.empty() ? std::string(name) : prefix + "." + std::string(name);
    Type* recv = sig->recv->type;
    bool ptr = false;
    if (auto* p = recv->as<Pointer>()) {
        ptr = true;
        recv = p->elem;
    }
    std::string base;
    if (auto* n = recv->as<Named>()) base = std::string(n->obj->name);
    else base = typeString(recv);
    std::string out = prefix.empty() ? "" : prefix + ".";
    if (ptr) out += "(*" + base + ")";
    else out += base;
    return out + "." + std::string(name);
}

Object* Scope::lookup(std::string_view name) const {
    auto it = map_.find(name);
    return it == map_.end() ? nullptr : it->second;
}

Object* Scope::lookupParent(std::string_view name, Scope** scopeOut) const {
    for (const Scope* s = this; s; s = s->parent) {
        if (Object* obj = s->lookup(name)) {
            if (scopeOut) *scopeOut = const_cast<Scope*>(s);
            return obj;
        }
    }
    if (scopeOut) *scopeOut = nullptr;
    return nullptr;
}

Object* Scope::insert(Object* obj) {
    auto [it, inserted] = map_.emplace(obj->name, obj);
    if (!inserted) return it->second;
    elems.push_back(obj);
    if (!obj->parent) obj->parent = this;
    return nullptr;
}

bool TypeAndValue::isValue() const {
    switch (mode) {
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::CommaOk:
    case Mode::NilValue: return true;
    default: return false;
    }
}

bool Operand::isNil() const { return mode == Mode::NilValue; }

namespace {

struct BasicSpec {
    BasicKind kind;
    uint32_t info;
    const char* name;
};

constexpr BasicSpec kBasics[] = {
    {BasicKind::Invalid, 0, "invalid type"},
    {BasicKind::Bool, kIsBoolean, "bool"},
    {BasicKind::Int, kIsInteger, "int"},
    {BasicKind::Int8, kIsInteger, "int8"},
    {BasicKind::Int16, kIsInteger, "int16"},
    {BasicKind::Int32, kIsInteger, "int32"},
    {BasicKind::Int64, kIsInteger, "int64"},
    {BasicKind::Uint, kIsInteger | kIsUnsigned, "uint"},
    {BasicKind::Uint8, kIsInteger | kIsUnsigned, "uint8"},
    {BasicKind::Uint16, kIsInteger | kIsUnsigned, "uint16"},
    {BasicKind::Uint32, kIsInteger | kIsUnsigned, "uint32"},
    {BasicKind::Uint64, kIsInteger | kIsUnsigned, "uint64"},
    {BasicKind::Uintptr, kIsInteger | kIsUnsigned, "uintptr"},
    {BasicKind::Float32, kIsFloat, "float32"},
    {BasicKind::Float64, kIsFloat, "float64"},
    {BasicKind::String, kIsString, "string"},
    {BasicKind::UnsafePointer, 0, "Pointer"},
    {BasicKind::UntypedBool, kIsBoolean | kIsUntyped, "untyped bool"},
    {BasicKind::UntypedInt, kIsInteger | kIsUntyped, "untyped int"},
    {BasicKind::UntypedRune, kIsInteger | kIsUntyped, "untyped rune"},
    {BasicKind::UntypedFloat, kIsFloat | kIsUntyped, "untyped float"},
    {BasicKind::UntypedString, kIsString | kIsUntyped, "untyped string"},
    {BasicKind::UntypedNil, kIsUntyped, "untyped nil"},
};

struct BuiltinSpec {
    const char* name;
    BuiltinId id;
};

constexpr BuiltinSpec kBuiltins[] = {
    {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
    {"close", BuiltinId::Close},    {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
    {"delete", BuiltinId::Delete},  {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
    {"make", BuiltinId::Make},      {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
    {"new", BuiltinId::New},        {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
    {"println", BuiltinId::Println}, {"real", BuiltinId::Real},      {"recover", BuiltinId::Recover},
};

void defineBasics(Program& prog, ProgramArena& arena, Universe& u) {
    for (const BasicSpec& spec : kBasics) {
        Basic* b = arena.make<Basic>(spec.kind, spec.info, spec.name);
        u.basics[int(spec.kind)] = b;
        b->defaultTyped = b;
    }
    auto setDefault = [&](BasicKind from, BasicKind to) { u.basics[int(from)]->defaultTyped = u.basics[int(to)]; };
    setDefault(BasicKind::UntypedBool, BasicKind::Bool);
    setDefault(BasicKind::UntypedInt, BasicKind::Int);
    setDefault(BasicKind::UntypedRune, BasicKind::Int32);
    setDefault(BasicKind::UntypedFloat, BasicKind::Float64);
    setDefault(BasicKind::UntypedString, BasicKind::String);
    u.byteType = arena.make<Basic>(BasicKind::Uint8, kIsInteger | kIsUnsigned, "byte");
    u.runeType = arena.make<Basic>(BasicKind::Int32, kIsInteger, "rune");
    u.byteType->defaultTyped = u.byteType;
    u.runeType->defaultTyped = u.runeType;
    for (const BasicSpec& spec : kBasics) {
        if (spec.kind == BasicKind::Invalid || spec.kind == BasicKind::UnsafePointer) continue;
        if (spec.info & kIsUntyped) continue;
        u.scope->insert(arena.make<TypeName>(spec.name, Pos{}, u.basics[int(spec.kind)], nullptr));
    }
    u.scope->insert(arena.make<TypeName>("byte", Pos{}, u.byteType, nullptr));
    u.scope->insert(arena.make<TypeName>("rune", Pos{}, u.runeType, nullptr));
    (void)prog;
}

void defineErrorAndAny(ProgramArena& arena, Universe& u) {
    // type error interface{ Error() string }
    auto* errorObj = arena.make<TypeName>("error", Pos{}, nullptr, nullptr);
    auto* named = arena.make<Named>(errorObj);
    errorObj->type = named;
    auto* sig = arena.make<Signature>();
    auto* recv = arena.make<Var>("", Pos{}, named, nullptr);
    recv->isParam = true;
    sig->recv = recv;
    sig->params = arena.make<Tuple>();
    sig->results = arena.make<Tuple>();
    auto* result = arena.make<Var>("", Pos{}, u.basics[int(BasicKind::String)], nullptr);
    result->isParam = true;
    sig->results->vars.push_back(result);
    auto* method = arena.make<Func>("Error", Pos{}, sig, nullptr);
    auto* iface = arena.make<Interface>();
    iface->explicitMethods.push_back(method);
    iface->allMethods.push_back(method);
    iface->complete = true;
    named->underlying = iface;
    u.errorType = named;
    u.errorMethod = method;
    u.scope->insert(errorObj);

    auto* empty = arena.make<Interface>();
    empty->complete = true;
    empty->isUniverseAny = true;
    u.emptyInterface = empty;
    auto* any = arena.make<TypeName>("any", Pos{}, empty, nullptr);
    any->isAlias = true;
    u.scope->insert(any);
}

void defineConsts(ProgramArena& arena, Universe& u) {
    Basic* ubool = u.basics[int(BasicKind::UntypedBool)];
    u.scope->insert(arena.make<Const>("true", Pos{}, ubool, nullptr, Constant::fromBool(true)));
    u.scope->insert(arena.make<Const>("false", Pos{}, ubool, nullptr, Constant::fromBool(false)));
    u.scope->insert(arena.make<Const>("iota", Pos{}, u.basics[int(BasicKind::UntypedInt)], nullptr,
                                      Constant::fromInt64(0)));
    u.nilObject = arena.make<Nil>(u.basics[int(BasicKind::UntypedNil)]);
    u.scope->insert(u.nilObject);
    Basic* invalid = u.basics[int(BasicKind::Invalid)];
    for (const BuiltinSpec& spec : kBuiltins) u.scope->insert(arena.make<Builtin>(spec.name, spec.id, invalid));
}

}  // namespace

void initUniverse(Program& prog) {
    ProgramArena& arena = *prog.arena;
    Universe& u = prog.universe;
    u.scope = arena.make<Scope>();
    defineBasics(prog, arena, u);
    defineErrorAndAny(arena, u);
    defineConsts(arena, u);
}

ConstantType constantTypeOf(BasicKind kind) {
    switch (kind) {
    case BasicKind::Bool: return ConstantType::Bool;
    case BasicKind::String: return ConstantType::String;
    case BasicKind::Int: return ConstantType::Int;
    case BasicKind::Int8: return ConstantType::Int8;
    case BasicKind::Int16: return ConstantType::Int16;
    case BasicKind::Int32: return ConstantType::Int32;
    case BasicKind::Int64: return ConstantType::Int64;
    case BasicKind::Uint: return ConstantType::Uint;
    case BasicKind::Uint8: return ConstantType::Uint8;
    case BasicKind::Uint16: return ConstantType::Uint16;
    case BasicKind::Uint32: return ConstantType::Uint32;
    case BasicKind::Uint64: return ConstantType::Uint64;
    case BasicKind::Uintptr: return ConstantType::Uintptr;
    case BasicKind::Float32: return ConstantType::Float32;
    case BasicKind::Float64: return ConstantType::Float64;
    case BasicKind::UntypedBool: return ConstantType::UntypedBool;
    case BasicKind::UntypedString: return ConstantType::UntypedString;
    case BasicKind::UntypedRune: return ConstantType::UntypedRune;
    case BasicKind::UntypedFloat: return ConstantType::UntypedFloat;
    default: return ConstantType::UntypedInt;
    }
}

}  // namespace govm::types
