// The type checker's entry point and its results (go/types Info, Config).
//
// checkProgram() parses the standard-library packages the main file
// imports (transitively, from stdlibSource()), checks every package in
// dependency order with the main package last, and records what later
// phases need in Program::info: the type and mode of every expression, the
// object every identifier declares or uses, selections, implicit objects
// and the initialization order of package variables.
//
// Errors are reported to the Diagnostics in gc's (types2's, go1.19)
// wording and positions. An error inside a standard-library file is a bug
// of that file; it is reported at the main file's import of the package
// (`prog.go:3:8: in package fmt: fmt.go:12:2: undefined: x`).
//
// The Program owns every type, object, scope and constant it hands out,
// and the parsed standard-library files; Info's AST keys point into those
// files or into the caller's main file, which must outlive the Program.
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/object.hpp"

namespace govm::types {

enum class Mode : uint8_t {
    Invalid,   // the operand is in error
    NoValue,   // a call without results
    Builtin,   // a builtin function name (only as callee)
    TypeExpr,  // the expression denotes a type
    Constant,  // value is set
    Variable,  // an addressable value
    MapIndex,  // m[k]: assignable but not addressable
    Value,     // a computed value
    CommaOk,   // a value that may be used in `v, ok :=` (map index, receive, type assertion)
    NilValue,  // the predeclared nil (types2's nilvalue); type is untyped nil or the type it converts to
};

struct TypeAndValue {
    Mode mode = Mode::Invalid;
    Type* type = nullptr;
    const Constant* value = nullptr;  // Constant mode only; owned by the Program

    bool isVoid() const { return mode == Mode::NoValue; }
    bool isType() const { return mode == Mode::TypeExpr; }
    bool isBuiltin() const { return mode == Mode::Builtin; }
    bool isValue() const;  // Constant, Variable, MapIndex, Value, CommaOk, NilValue
    bool isNil() const { return mode == Mode::NilValue; }  // nil, typed by its context where it has one
    bool addressable() const { return mode == Mode::Variable; }
    bool assignable() const { return mode == Mode::Variable || mode == Mode::MapIndex; }
    bool hasOk() const { return mode == Mode::CommaOk || mode == Mode::MapIndex; }
};

enum class SelectionKind : uint8_t { FieldVal, MethodVal, MethodExpr };

struct Selection {
    SelectionKind kind = SelectionKind::FieldVal;
    Type* recv = nullptr;    // the type of x in x.f (for MethodExpr: the T of T.f)
    Object* obj = nullptr;   // Var (field) or Func (method)
    // Path from x's type: indices of embedded fields, then the field index
    // (FieldVal) or the method's index in its Named's methods / the
    // interface's allMethods (MethodVal, MethodExpr).
    std::vector<int> index;
    bool indirect = false;   // a pointer indirection happens on the path

    // The type of x.f: the field type, or for methods the signature without
    // receiver (MethodVal) or with the receiver as first parameter (MethodExpr).
    Type* type = nullptr;
};

struct Initializer {
    std::vector<Var*> lhs;  // one var, or several for `var a, b = f()`
    ast::Expr* rhs;
};

struct Info {
    // Every expression, including type expressions and the callee of builtin
    // calls and conversions. For untyped constant operands, the recorded type
    // is the final type after implicit conversion (as go/types does).
    std::unordered_map<const ast::Expr*, TypeAndValue> types;
    // Declared names, including `_` (whose object is never in a scope) and
    // the package name of the file (no entry; as go/types: defs[pkgIdent] = null).
    std::unordered_map<const ast::Ident*, Object*> defs;
    std::unordered_map<const ast::Ident*, Object*> uses;
    // The object an identifier uses or declares (go/types' ObjectOf); null if none.
    Object* objectOf(const ast::Ident* id) const {
        auto u = uses.find(id);
        if (u != uses.end()) return u->second;
        auto d = defs.find(id);
        return d != defs.end() ? d->second : nullptr;
    }
    // ast::CaseClause* -> its type-switch Var (when the switch binds one);
    // ast::ImportSpec* -> PkgName for imports without a local name or `_`;
    // ast::Field* -> Var for anonymous parameters/results.
    std::unordered_map<const void*, Object*> implicits;
    // x.f for fields, methods and method expressions; not for qualified
    // identifiers (pkg.Name), which are in uses.
    std::unordered_map<const ast::SelectorExpr*, Selection> selections;
    // Scopes opened by AST nodes: ast::File*, ast::FuncDecl*, ast::FuncLit*,
    // ast::BlockStmt*, ast::IfStmt*, ast::ForStmt*, ast::RangeStmt*,
    // ast::SwitchStmt*, ast::TypeSwitchStmt*, ast::CaseClause*, ast::CommClause*.
    std::unordered_map<const void*, Scope*> scopes;
    // Package variables of ALL packages in dependency order (imports first).
    std::vector<Initializer> initOrder;
};

class ProgramArena;

struct Program {
    Program();
    ~Program();
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;

    std::vector<Package*> packages;  // dependency order, main last
    Info info;
    Universe universe;

    Package* mainPackage() const { return packages.empty() ? nullptr : packages.back(); }
    Package* package(std::string_view path) const;

    // Owns types, objects, scopes, constants and the stdlib ParsedFiles.
    std::unique_ptr<ProgramArena> arena;
};

struct CheckOptions {
    // Replaces stdlibSource() (tests use it to provide stub packages);
    // returns an empty view for an unknown import path.
    std::function<std::string_view(std::string_view importPath)> stdlibSource;
};

// gc's syntax.StartPos: the leftmost position of an expression, where gc
// reports errors about it (a binary expression's own position is its operator).
Pos startPos(const ast::Expr* e);

// Parses imported stdlib packages as needed and checks everything. Returns
// null if any error was reported (all errors are in diags, gc-formatted).
std::unique_ptr<Program> checkProgram(ParsedFile& mainFile, Diagnostics& diags);
std::unique_ptr<Program> checkProgram(ParsedFile& mainFile, Diagnostics& diags, const CheckOptions& options);

}  // namespace govm::types
