// The type representation of the checker, modelled on go/types (types2).
//
// Types are nodes in a graph owned by the Program that created them (an
// arena: they are never freed individually and never change once the
// checker has finished). Every type has a TypeKind and is downcast with
// as<T>(). Named types form the only cycles (`type L struct{ next *L }`).
//
// Identity: Basic types are unique per Program (one object per BasicKind),
// as are Named types (one per declaration). Composite types are NOT
// hash-consed: two `[]int` written in two places are two objects, so always
// compare with identical(), never with ==.
//
// Untyped constants have the Untyped* basic kinds; defaultType() gives the
// type they get when nothing else decides (int, rune=int32, float64, string,
// bool). Untyped nil has kind UntypedNil.
//
// Sizes follow gc on amd64 (types2 sizes.go / gc's types/size.go): int,
// uint, uintptr, pointers, maps, chans and funcs take 8 bytes; strings 16;
// slices 24; interfaces 16; structs are padded like gc, including the
// trailing byte gc adds after a final zero-size field of a non-empty struct.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.hpp"

namespace govm::types {

struct Object;
struct Var;
struct Func;
struct TypeName;
struct Package;

enum class BasicKind : uint8_t {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
};
inline constexpr int kBasicKindCount = int(BasicKind::UntypedNil) + 1;

enum class TypeKind : uint8_t {
    Basic,
    Pointer,
    Slice,
    Array,
    Map,
    Chan,
    Struct,
    Tuple,
    Signature,
    Interface,
    Named,
};

struct Type {
    TypeKind kind;

    explicit Type(TypeKind k) : kind(k) {}
    virtual ~Type() = default;
    Type(const Type&) = delete;
    Type& operator=(const Type&) = delete;

    template <typename T>
    T* as() {
        return kind == T::kKind ? static_cast<T*>(this) : nullptr;
    }
    template <typename T>
    const T* as() const {
        return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
    }
};

// Property bits of basic types (go/types BasicInfo).
enum BasicInfo : uint32_t {
    kIsBoolean = 1 << 0,
    kIsInteger = 1 << 1,
    kIsUnsigned = 1 << 2,
    kIsFloat = 1 << 3,
    kIsString = 1 << 5,
    kIsUntyped = 1 << 6,
    kIsOrdered = kIsInteger | kIsFloat | kIsString,
    kIsNumeric = kIsInteger | kIsFloat,
    kIsConstType = kIsBoolean | kIsNumeric | kIsString,
};

struct Basic : Type {
    static constexpr TypeKind kKind = TypeKind::Basic;
    BasicKind basicKind;
    uint32_t info;          // BasicInfo bits
    std::string_view name;  // "int", "untyped int", "byte"
    // For untyped kinds, the typed default ("untyped rune" -> int32); else this type.
    Basic* defaultTyped = nullptr;
    Basic(BasicKind k, uint32_t i, std::string_view n) : Type(kKind), basicKind(k), info(i), name(n) {}
};

struct Pointer : Type {
    static constexpr TypeKind kKind = TypeKind::Pointer;
    Type* elem;
    explicit Pointer(Type* e) : Type(kKind), elem(e) {}
};

struct Slice : Type {
    static constexpr TypeKind kKind = TypeKind::Slice;
    Type* elem;
    explicit Slice(Type* e) : Type(kKind), elem(e) {}
};

// sizes.cpp's memo of a complete array or struct type's size and
// alignment: types form a DAG, whose tree walk is exponential.
struct LayoutMemo {
    int64_t size = -1;  // -1: not computed yet
    int64_t align = 0;
};

struct Array : Type {
    static constexpr TypeKind kKind = TypeKind::Array;
    Type* elem;
    int64_t length;  // -1 while unknown (an invalid length expression)
    LayoutMemo layout;
    Array(Type* e, int64_t n) : Type(kKind), elem(e), length(n) {}
};

struct Map : Type {
    static constexpr TypeKind kKind = TypeKind::Map;
    Type* key;
    Type* elem;
    Map(Type* k, Type* e) : Type(kKind), key(k), elem(e) {}
};

struct Chan : Type {
    static constexpr TypeKind kKind = TypeKind::Chan;
    ast::ChanDir dir;
    Type* elem;
    Chan(ast::ChanDir d, Type* e) : Type(kKind), dir(d), elem(e) {}
};

struct Struct : Type {
    static constexpr TypeKind kKind = TypeKind::Struct;
    std::vector<Var*> fields;       // Var::isField; Var::embedded for embedded fields
    std::vector<std::string> tags;  // one per field ("" without tag), the tag's value unquoted
    LayoutMemo layout;
    Struct() : Type(kKind) {}
};

// The type of a multi-value expression and of parameter/result lists.
struct Tuple : Type {
    static constexpr TypeKind kKind = TypeKind::Tuple;
    std::vector<Var*> vars;
    Tuple() : Type(kKind) {}
    size_t size() const { return vars.size(); }
    Type* at(size_t i) const;
};

struct Signature : Type {
    static constexpr TypeKind kKind = TypeKind::Signature;
    Var* recv = nullptr;       // null for functions and function types
    Tuple* params = nullptr;   // never null once built (possibly empty)
    Tuple* results = nullptr;  // never null once built (possibly empty)
    bool variadic = false;     // the last param is `...T`, whose type is []T
    Signature() : Type(kKind) {}
};

struct Interface : Type {
    static constexpr TypeKind kKind = TypeKind::Interface;
    std::vector<Func*> explicitMethods;  // in source order
    std::vector<Type*> embeddeds;        // embedded interfaces (types as written)
    std::vector<Func*> allMethods;       // complete method set, sorted by methodId order
    bool complete = false;               // allMethods computed
    bool isUniverseAny = false;          // the predeclared `any` (printed as "any")
    Interface() : Type(kKind) {}
    bool empty() const { return allMethods.empty(); }
};

struct Named : Type {
    static constexpr TypeKind kKind = TypeKind::Named;
    TypeName* obj;
    Type* underlying = nullptr;  // never a Named once resolved
    std::vector<Func*> methods;  // declared methods in source order (not promoted ones)
    explicit Named(TypeName* o) : Type(kKind), obj(o) {}
};

// --- predicates (predicates.go) ---------------------------------------------

Type* under(Type* t);  // the underlying type; t itself unless Named
bool identical(Type* x, Type* y);
// Identical ignoring struct tags (conversion rules).
bool identicalIgnoreTags(Type* x, Type* y);

bool isBoolean(Type* t);
bool isInteger(Type* t);
bool isUnsigned(Type* t);
bool isFloat(Type* t);
bool isNumeric(Type* t);
bool isString(Type* t);
bool isOrdered(Type* t);
bool isConstType(Type* t);
bool isUntyped(Type* t);
bool isTyped(Type* t);
bool isInterface(Type* t);
bool isNamed(Type* t);         // Named or a Basic (predeclared types have names)
bool isBasic(Type* t, BasicKind k);
bool isInvalid(Type* t);       // null or Basic Invalid
bool hasNil(Type* t);          // pointer, slice, map, chan, func, interface, unsafe.Pointer
bool comparable(Type* t);      // spec "comparable" (== allowed, maybe panicking for interfaces)
Type* defaultType(Type* t);    // untyped -> default typed; else t

// --- printing (typestring.go) -----------------------------------------------

// Fully qualified by package name: "main.T", "[]*main.T", "map[string]int",
// "func(int) (string, error)", "struct{X int}", "interface{M()}".
std::string typeString(Type* t);
// As gc prints types in errors of package `current`: its own types
// unqualified ("T"), other packages' by name ("fmt.Stringer").
std::string typeString(Type* t, const Package* current);

// --- layout (sizes.go) --------------------------------------------------------

// gc's types.MaxWidth on amd64: no value may be this large or larger (the
// checker reports "larger than address space"). sizeOf saturates here, so
// arithmetic on sizes of rejected types cannot overflow.
constexpr int64_t kMaxWidth = int64_t(1) << 50;

int64_t sizeOf(Type* t);  // at most kMaxWidth
int64_t alignOf(Type* t);
std::vector<int64_t> fieldOffsets(Struct* s);

// --- relations usable after checking (lookup.go, operand.go) ---------------

// The result of looking up a field or method by name.
struct LookupResult {
    Object* obj = nullptr;    // Var (field) or Func (method); null if not found
    std::vector<int> index;   // path: embedded field indices, then the field/method index
    bool indirect = false;    // a pointer was dereferenced on the path
    bool ambiguous = false;   // several at the shallowest depth (obj is null)
    bool notAddressable = false;  // found a pointer method but T is not addressable
};
// Looks up field or method `name` in T (go/types LookupFieldOrMethod).
// `pkg` decides visibility of unexported names. For methods the last index
// is the position in the Named's methods (or the interface's allMethods).
LookupResult lookupFieldOrMethod(Type* t, bool addressable, const Package* pkg, std::string_view name);
// Every method reachable from t (or *t) through embedding, one per name: a
// superset of its method set, which lookupFieldOrMethod narrows. An
// interface's own methods are left out: they are not a method table.
std::vector<Func*> methodCandidates(Type* t);

// The first method of interface `iface` that V lacks (or has with the wrong
// signature, then `wrongType` is set), or null if V implements it.
// With `isStatic`, V is a concrete type; otherwise V is an interface and only
// the methods it has are compared (type assertions of interfaces).
Func* missingMethod(Type* v, Interface* iface, bool isStatic, bool* wrongType = nullptr);
bool implements(Type* v, Interface* iface);
// Typed assignability (no untyped constants: use the checker for those).
bool assignableTo(Type* v, Type* t);
// Typed convertibility of a non-constant value.
bool convertibleTo(Type* v, Type* t);

}  // namespace govm::types
