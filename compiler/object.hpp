// Objects, scopes and packages of the checker, modelled on go/types.
//
// An Object is anything an identifier can denote: a variable (also fields
// and parameters), a constant, a type name, a function or method, an
// imported package's local name, a builtin function, `nil`, or a label.
// Objects live in the Program's arena like types, and are never freed
// individually.
//
// Scopes nest: universe -> package -> (file, for imports) -> function ->
// blocks. A scope maps names to objects; lookup() searches one scope,
// lookupParent() walks outwards. Positions of objects are in the file of
// their package (every package has exactly one file in govm: the main file,
// or the standard library package's Go source).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/constant.hpp"
#include "compiler/types.hpp"
#include "parser/parse.hpp"

namespace govm::types {

struct Scope;

enum class ObjectKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

struct Object {
    ObjectKind kind;
    std::string_view name;
    Pos pos;
    Type* type = nullptr;
    Package* pkg = nullptr;   // null for universe objects and labels
    Scope* parent = nullptr;  // the scope declaring it; null for fields, methods, labels

    Object(ObjectKind k, std::string_view n, Pos p, Type* t, Package* pk)
        : kind(k), name(n), pos(p), type(t), pkg(pk) {}
    virtual ~Object() = default;
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;

    bool exported() const;
    // Declared in the package scope.
    bool isPackageLevel() const;

    template <typename T>
    T* as() {
        return kind == T::kKind ? static_cast<T*>(this) : nullptr;
    }
    template <typename T>
    const T* as() const {
        return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
    }
};

struct Var : Object {
    static constexpr ObjectKind kKind = ObjectKind::Var;
    bool isField = false;
    bool embedded = false;  // an embedded struct field
    bool isParam = false;   // a parameter, result or receiver
    bool used = false;
    // The ast::FuncDecl* or ast::FuncLit* whose body (or signature) declares
    // it; null for package variables and fields.
    const void* owner = nullptr;
    Var(std::string_view n, Pos p, Type* t, Package* pk) : Object(kKind, n, p, t, pk) {}
};

struct Const : Object {
    static constexpr ObjectKind kKind = ObjectKind::Const;
    Constant value;
    Const(std::string_view n, Pos p, Type* t, Package* pk, Constant v)
        : Object(kKind, n, p, t, pk), value(std::move(v)) {}
};

struct TypeName : Object {
    static constexpr ObjectKind kKind = ObjectKind::TypeName;
    bool isAlias = false;
    TypeName(std::string_view n, Pos p, Type* t, Package* pk) : Object(kKind, n, p, t, pk) {}
};

struct Func : Object {
    static constexpr ObjectKind kKind = ObjectKind::Func;
    ast::FuncDecl* decl = nullptr;  // null for interface methods
    // For interface methods: the interface's Named type if it has one.
    // type is always a Signature (recv set for methods).
    Func(std::string_view n, Pos p, Type* t, Package* pk) : Object(kKind, n, p, t, pk) {}

    Signature* signature() const { return static_cast<Signature*>(type); }
    bool isMethod() const;
    // Declared without a body: implemented natively by the runtime.
    bool isNative() const { return decl && !decl->body; }
    // Go's runtime name: "main.f", "main.T.M", "main.(*T).M", "strings.(*Builder).WriteString".
    std::string fullName() const;
};

enum class BuiltinId : uint8_t {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
};

struct Builtin : Object {
    static constexpr ObjectKind kKind = ObjectKind::Builtin;
    BuiltinId id;
    Builtin(std::string_view n, BuiltinId i, Type* invalid) : Object(kKind, n, Pos{}, invalid, nullptr), id(i) {}
};

struct PkgName : Object {
    static constexpr ObjectKind kKind = ObjectKind::PkgName;
    Package* imported;
    bool used = false;
    PkgName(std::string_view n, Pos p, Package* pk, Package* imp, Type* invalid)
        : Object(kKind, n, p, invalid, pk), imported(imp) {}
};

struct Nil : Object {
    static constexpr ObjectKind kKind = ObjectKind::Nil;
    explicit Nil(Type* untypedNil) : Object(kKind, "nil", Pos{}, untypedNil, nullptr) {}
};

struct Label : Object {
    static constexpr ObjectKind kKind = ObjectKind::Label;
    bool used = false;
    Label(std::string_view n, Pos p, Type* invalid) : Object(kKind, n, p, invalid, nullptr) {}
};

struct Scope {
    Scope* parent = nullptr;
    std::vector<Scope*> children;
    std::vector<Object*> elems;  // in insertion order
    const void* node = nullptr;  // the AST node that opened it (File, FuncDecl, FuncLit, Stmt, CaseClause...)
    bool isFunc = false;         // a function's outermost scope
    Pos start, end;              // extent in the source ({} for universe/package)

    Object* lookup(std::string_view name) const;
    // Searches this scope and its parents; `scopeOut` receives the scope found in.
    Object* lookupParent(std::string_view name, Scope** scopeOut = nullptr) const;
    // Inserts obj unless the name exists; returns the existing object, or null.
    Object* insert(Object* obj);

private:
    std::unordered_map<std::string_view, Object*> map_;
};

struct Package {
    std::string path;  // "main", "fmt", "unicode/utf8"
    std::string name;  // "main", "fmt", "utf8"
    Scope* scope = nullptr;
    std::vector<ParsedFile*> files;
    std::vector<Package*> imports;  // directly imported packages
    std::vector<Func*> funcs;       // every FuncDecl incl. methods and init, in source order
    bool checked = false;
};

// The predeclared world of one Program.
struct Universe {
    Scope* scope = nullptr;
    Basic* basics[kBasicKindCount] = {};  // by BasicKind
    // `byte` and `rune` are distinct Basic objects of kind Uint8/Int32 named
    // "byte"/"rune" (as in go/types), so messages say what the source said;
    // identical() compares basic kinds, so they are identical to uint8/int32.
    Basic* byteType = nullptr;
    Basic* runeType = nullptr;
    Named* errorType = nullptr;           // the predeclared `error` interface
    Func* errorMethod = nullptr;          // error.Error
    Interface* emptyInterface = nullptr;  // `any` / interface{}
    Nil* nilObject = nullptr;

    Basic* basic(BasicKind k) const { return basics[int(k)]; }
};

}  // namespace govm::types
