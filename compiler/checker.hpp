// The checker's private state, shared by the check_*.cpp files.
//
// One Checker checks a whole Program, one package at a time in dependency
// order; per-package state (objMap_, delayed actions, untyped expressions)
// is reset between packages. The algorithms are types2's (go1.19):
// - package-level objects are collected first (collectObjects), then
//   type-checked on demand (objDecl) so that declaration order does not
//   matter; grey/black colours detect cycles;
// - function bodies are checked after all package-level declarations
//   (later()), each with its own environment;
// - untyped expressions are remembered until their final type is known
//   (updateExprType) and recorded then, so Info has final types;
// - errors are reported in types2's wording; an operand in error has mode
//   Invalid and silences follow-up errors about it.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/check.hpp"

namespace govm::types {

// Owns everything a Program hands out.
class ProgramArena {
public:
    template <typename T, typename... Args>
    T* make(Args&&... args) {
        auto owned = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = owned.get();
        if constexpr (std::is_base_of_v<Type, T>) types_.push_back(std::move(owned));
        else if constexpr (std::is_base_of_v<Object, T>) objects_.push_back(std::move(owned));
        else if constexpr (std::is_same_v<T, Scope>) scopes_.push_back(std::move(owned));
        else packages_.push_back(std::move(owned));
        return raw;
    }
    const Constant* constant(const Constant& c) {
        constants_.push_back(std::make_unique<Constant>(c));
        return constants_.back().get();
    }
    std::vector<std::unique_ptr<ParsedFile>> files;

private:
    std::vector<std::unique_ptr<Type>> types_;
    std::vector<std::unique_ptr<Object>> objects_;
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::vector<std::unique_ptr<Package>> packages_;
    std::vector<std::unique_ptr<Constant>> constants_;
};

void initUniverse(Program& prog);
void completeInterface(Interface* iface);
// Method identity for sorting and comparing: exported names compare by name,
// unexported ones also by package.
bool sameId(const Object* a, const Package* pkg, std::string_view name);
ConstantType constantTypeOf(BasicKind kind);
// missingMethod that also returns the method V has under that name (a wrong
// signature or a pointer-receiver method), for error messages.
Func* missingMethodAlt(Type* v, Interface* iface, bool isStatic, Func** alt, bool* wrongType);

// An operand: the result of checking an expression (types2 operand.go).
struct Operand {
    Mode mode = Mode::Invalid;
    ast::Expr* expr = nullptr;
    Type* type = nullptr;
    Constant val;
    BuiltinId id = BuiltinId::Append;

    bool invalid() const { return mode == Mode::Invalid; }
    bool isNil() const;
};

// Per-object state of a package-level declaration (types2 declInfo).
struct DeclInfo {
    Scope* fileScope = nullptr;
    std::vector<Var*> lhs;          // several vars declared by one `var a, b = f()`
    ast::Expr* vtype = nullptr;     // type, or null
    ast::Expr* init = nullptr;      // init expression, or null
    bool inherited = false;         // const spec inherited its type/init
    uint32_t iota = 0;
    ast::TypeSpec* tdecl = nullptr;
    ast::FuncDecl* fdecl = nullptr;
    ast::ValueSpec* constSpec = nullptr;  // the const spec declaring the name (not the inherited one)
    std::set<Object*> deps;         // package-level objects this one depends on
    std::vector<Object*> depsOrder; // deps in first-use order (deterministic init order)

    void addDep(Object* obj) {
        if (deps.insert(obj).second) depsOrder.push_back(obj);
    }
};

// Where expressions are being checked (types2 environment).
struct Environment {
    DeclInfo* decl = nullptr;     // package-level declaration being checked, if any
    Scope* scope = nullptr;
    Pos pos;                      // for `declared` ordering in closures (unused)
    bool hasIota = false;         // inside a constant declaration
    Constant iota;
    Signature* sig = nullptr;     // function signature, if inside a function
    const void* owner = nullptr;  // FuncDecl* or FuncLit* of the innermost function
    bool hasLabel = false;
    bool hasCallOrRecv = false;
};

// Information about an untyped expression whose final type is pending.
struct ExprInfo {
    bool isLhs = false;  // lhs of a non-constant shift: type decided by context
    Mode mode = Mode::Invalid;
    Basic* type = nullptr;
    Constant val;
};

// Statement context bits (types2 stmtContext).
enum StmtContext : uint32_t {
    kBreakOk = 1 << 0,
    kContinueOk = 1 << 1,
    kFallthroughOk = 1 << 2,
    kFinalSwitchCase = 1 << 3,
    kInTypeSwitch = 1 << 4,
};

class Checker {
public:
    Checker(Program& prog, Diagnostics& diags, const CheckOptions& options, ParsedFile& mainFile);
    void run();

    // --- check.cpp: errors, recording, driver -------------------------
    void error(Pos pos, std::string msg);
    // msg plus gc's "\n\tFILE:L:C: other declaration of NAME" line.
    void errorAlt(Pos pos, std::string msg, Object* alt);
    std::string posString(Pos pos) const;
    void errorAt(const Operand& x, std::string msg);  // at the start of x's expression
    void softError(Pos pos, std::string msg) { error(pos, std::move(msg)); }
    std::string str(Type* t) const { return typeString(t, pkg_); }
    std::string str(const Operand& x) const;
    std::string exprStr(const ast::Expr* e) const;
    void record(Operand& x);
    void recordTypeAndValue(const ast::Expr* e, Mode mode, Type* type, const Constant* val);
    void recordDef(ast::Ident* id, Object* obj);
    void recordUse(ast::Ident* id, Object* obj);
    void recordImplicit(const void* node, Object* obj);
    void recordScope(const void* node, Scope* scope);
    void recordSelection(ast::SelectorExpr* e, SelectionKind kind, Type* recv, Object* obj,
                         const std::vector<int>& index, bool indirect);
    void recordCommaOkTypes(ast::Expr* e, Type* t0, Type* t1);
    void rememberUntyped(ast::Expr* e, bool lhs, Mode mode, Basic* type, const Constant& val);
    void recordUntyped();
    void later(std::function<void()> fn) { delayed_.push_back(std::move(fn)); }
    void processDelayed(size_t top);
    Basic* basic(BasicKind k) const { return prog_.universe.basic(k); }
    Type* invalidType() const { return basic(BasicKind::Invalid); }
    template <typename T, typename... Args>
    T* make(Args&&... args) { return prog_.arena->make<T>(std::forward<Args>(args)...); }
    Tuple* newTuple(std::vector<Var*> vars);
    Var* newVar(std::string_view name, Pos pos, Type* type);
    Var* newParam(std::string_view name, Pos pos, Type* type);

    // --- resolver.cpp --------------------------------------------------
    void checkPackage(Package* pkg, ast::File* file);
    void checkSizes();
    void collectObjects(ast::File* file);
    void collectImport(ast::ImportSpec* spec, Scope* fileScope);
    void collectValueSpec(ast::GenDecl* decl, ast::ValueSpec* spec, ast::ValueSpec*& lastConst, Scope* fileScope);
    void collectFunc(ast::FuncDecl* decl, Scope* fileScope);
    void declarePkgObj(ast::Ident* id, Object* obj, DeclInfo* d);
    void declare(Scope* scope, ast::Ident* id, Object* obj, Pos scopePos);
    void packageObjects();
    void unusedImports();
    void arity(Pos pos, const ast::List<ast::Ident*>& names, const ast::List<ast::Expr*>& inits, bool isConst, bool inherited);
    DeclInfo* newDeclInfo();
    bool resolveBaseTypeName(ast::Expr* typ, bool& ptr, TypeName*& base);

    // --- check_decl.cpp ------------------------------------------------
    void objDecl(Object* obj, Named* def);
    bool validCycle(Object* obj);
    void cycleError(const std::vector<Object*>& cycle);
    void constDecl(Const* obj, ast::Expr* typ, ast::Expr* init, bool inherited);
    void varDecl(Var* obj, const std::vector<Var*>& lhs, ast::Expr* typ, ast::Expr* init);
    void typeDecl(TypeName* obj, ast::TypeSpec* tdecl, Named* def);
    void collectMethods(TypeName* obj);
    void checkFieldUniqueness(Named* base);
    void funcDecl(Func* obj, DeclInfo* decl);
    void declStmt(ast::GenDecl* decl);
    void localConstSpec(ast::ValueSpec* spec, ast::ValueSpec* last);
    void localVarSpec(ast::ValueSpec* spec);
    void localTypeSpec(ast::TypeSpec* spec);
    void addDeclDep(Object* to);
    void validType(Named* t);
    bool validType0(Type* t, std::vector<Named*>& nest, std::vector<Named*>& path);

    // --- initorder.cpp ------------------------------------------------
    void initOrder();
    void reportCycle(const std::vector<Object*>& cycle);

    // --- check_typexpr.cpp --------------------------------------------
    void ident(Operand& x, ast::Ident* e, Named* def, bool wantType);
    Type* typ(ast::Expr* e);
    Type* varType(ast::Expr* e);
    Type* definedType(ast::Expr* e, Named* def);
    Type* typInternal(ast::Expr* e, Named* def);
    Type* typExprKind(ast::Expr* e, Named* def);
    int64_t arrayLength(ast::Expr* e);
    void structType(Struct* s, ast::StructType* e);
    void interfaceType(Interface* ityp, ast::InterfaceType* e, Named* def);
    void funcType(Signature* sig, ast::Field* recv, ast::FuncType* ftyp, const void* owner);
    std::vector<Var*> collectParams(Scope* scope, ast::FieldList* list, bool variadicOk, bool& variadic, const void* owner);
    void validVarType(ast::Expr* e, Type* t);
    bool genericError(ast::FieldList* tparams);
    void validateReceiver(Var* recv);

    // --- check_expr.cpp -------------------------------------------------
    enum class ExprKindResult { Conversion, Expression, Statement };
    ExprKindResult rawExpr(Operand& x, ast::Expr* e, Type* hint);
    ExprKindResult exprInternal(Operand& x, ast::Expr* e, Type* hint);
    void expr(Operand& x, ast::Expr* e);
    void multiExpr(Operand& x, ast::Expr* e);
    void exprWithHint(Operand& x, ast::Expr* e, Type* hint);
    void exprOrType(Operand& x, ast::Expr* e);
    void exclude(Operand& x, unsigned modeset);
    void singleValue(Operand& x);
    void use(const ast::List<ast::Expr*>& list);
    void useExpr(ast::Expr* e);
    void useLHS(const ast::List<ast::Expr*>& list);
    bool opPredicate(Operand& x, Tok op, bool binary);
    void overflow(Operand& x, Pos opPos);
    void unary(Operand& x, ast::UnaryExpr* e);
    void representable(Operand& x, Basic* typ);
    Representability representation(Operand& x, Basic* typ, Constant& rounded);
    void invalidConversion(Operand& x, Type* target, int code);
    void updateExprType(ast::Expr* x, Type* typ, bool final);
    void updateExprType0(ast::Expr* parent, ast::Expr* x, Type* typ, bool final, bool constOperand);
    std::string kindString(Type* t);
    void typeAssertExpr(Operand& x, ast::TypeAssertExpr* e);
    std::string missingMethodReason(Type* v, Type* t, Func* m, Func* alt);
    std::string implementsError(Type* v, Type* t);
    // Gives every method reachable from t (through embedding) its signature,
    // so that method sets can be compared (types2 does this lazily in lookup).
    void resolveMethods(Type* t, int depth = 0);
    void updateExprVal(ast::Expr* x, const Constant& val);
    void convertUntyped(Operand& x, Type* target);
    int implicitTypeAndValue(Operand& x, Type* target, Type*& outType, Constant& outVal);
    void comparison(Operand& x, Operand& y, Tok op, bool switchCase, Pos opPos);
    std::string incomparableCause(Type* t);
    void shift(Operand& x, Operand& y, ast::Expr* e, Tok op, Pos opPos);
    void binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, Tok op, Pos opPos);
    void basicLit(Operand& x, ast::BasicLit* e);
    void funcLit(Operand& x, ast::FuncLit* e);
    void compositeLit(Operand& x, ast::CompositeLit* e, Type* hint);
    void structLit(ast::CompositeLit* e, Struct* s, Type* base, Type* typ);
    int64_t indexedElts(const ast::List<ast::Expr*>& elts, Type* typ, int64_t length);
    void mapLit(ast::CompositeLit* e, Map* m);
    void typeAssertion(ast::Expr* e, Operand& x, Type* T, bool typeSwitch);
    void starExpr(Operand& x, ast::StarExpr* e);

    // --- check_index.cpp ---------------------------------------------------
    void indexExpr(Operand& x, ast::IndexExpr* e);
    void sliceExpr(Operand& x, ast::SliceExpr* e);
    bool index(ast::Expr* idx, int64_t max, Type*& typ, int64_t& val);
    bool isValidIndex(Operand& x, const char* what, bool allowNegative);
    ast::Expr* singleIndex(ast::IndexExpr* e);

    // --- check_call.cpp ----------------------------------------------------
    ExprKindResult callExpr(Operand& x, ast::CallExpr* call);
    std::vector<Operand> exprList(const ast::List<ast::Expr*>& elist, bool allowCommaOk, bool* commaOk);
    void arguments(ast::CallExpr* call, Signature* sig, std::vector<Operand>& args);
    void selector(Operand& x, ast::SelectorExpr* e, bool wantType);
    bool qualifiedIdent(Operand& x, ast::SelectorExpr* e);
    void methodExpr(Operand& x, ast::SelectorExpr* e, LookupResult& r);
    void lookupError(Operand& x, ast::SelectorExpr* e, const LookupResult& r);
    std::string typesSummary(const std::vector<Type*>& list, bool variadic);

    // --- check_builtin.cpp ---------------------------------------------------
    bool builtin(Operand& x, ast::CallExpr* call, BuiltinId id);
    bool builtinArgs(Operand& x, ast::CallExpr* call, BuiltinId id, std::vector<Operand>& args);
    void recordBuiltinType(ast::Expr* f, Type* result, const std::vector<Type*>& params, bool variadic);
    bool builtinAppend(Operand& x, ast::CallExpr* call, std::vector<Operand>& args);
    bool builtinSimple(Operand& x, ast::CallExpr* call, BuiltinId id, std::vector<Operand>& args);
    bool builtinLen(Operand& x, ast::CallExpr* call, BuiltinId id);
    bool builtinCopy(Operand& x, ast::CallExpr* call, std::vector<Operand>& args);
    bool builtinMake(Operand& x, ast::CallExpr* call);
    bool builtinMinMax(Operand& x, ast::CallExpr* call, BuiltinId id, std::vector<Operand>& args);
    void matchOperands(Operand& x, Operand& y);

    // --- check_conversion.cpp -------------------------------------------------
    void conversion(Operand& x, Type* T);
    bool convertibleToOp(Operand& x, Type* T, std::string* cause);

    // --- check_assign.cpp ---------------------------------------------------
    bool assignableToOp(Operand& x, Type* T, std::string* reason);
    void assignment(Operand& x, Type* T, const std::string& context);
    void initConst(Const* lhs, Operand& x);
    Type* initVar(Var* lhs, Operand& x, const std::string& context);
    Type* assignVar(ast::Expr* lhs, Operand& x);
    Type* lhsVar(ast::Expr* lhs);
    void assignError(const ast::List<ast::Expr*>& rhs, size_t nvars, size_t nvals);
    void returnError(ast::Stmt* ret, const std::vector<Var*>& lhs, const std::vector<Operand>& rhs);
    void initVars(const std::vector<Var*>& lhs, const ast::List<ast::Expr*>& rhs, ast::Stmt* returnStmt);
    void assignVars(const ast::List<ast::Expr*>& lhs, const ast::List<ast::Expr*>& rhs);
    void shortVarDecl(Pos pos, const ast::List<ast::Expr*>& lhs, const ast::List<ast::Expr*>& rhs);

    // --- check_stmt.cpp -------------------------------------------------------
    void funcBody(DeclInfo* decl, std::string_view name, Signature* sig, ast::BlockStmt* body,
                  const void* owner, const Constant* iota);
    void usage(Scope* scope);
    void stmtList(uint32_t ctxt, const ast::List<ast::Stmt*>& list);
    void stmt(uint32_t ctxt, ast::Stmt* s);
    void simpleStmt(ast::Stmt* s);
    void openScope(const void* node, Pos start, Pos end);
    void closeScope();
    void suspendedCall(const char* keyword, ast::Expr* call);
    void exprStmt(ast::ExprStmt* s);
    void sendStmt(ast::SendStmt* s);
    void incDecStmt(ast::IncDecStmt* s);
    void assignStmt(ast::AssignStmt* s);
    void returnStmt(ast::ReturnStmt* s);
    void branchStmt(uint32_t ctxt, ast::BranchStmt* s);
    void ifStmt(uint32_t ctxt, ast::IfStmt* s);
    void switchStmt(uint32_t ctxt, ast::SwitchStmt* s);
    void caseValues(Operand& x, ast::CaseClause* clause, std::vector<std::pair<Operand, Pos>>& seen);
    void typeSwitchStmt(uint32_t ctxt, ast::TypeSwitchStmt* s);
    Type* caseTypes(Operand* x, ast::CaseClause* clause, std::vector<std::pair<Type*, Pos>>& seen);
    void selectStmt(uint32_t ctxt, ast::SelectStmt* s);
    void forStmt(uint32_t ctxt, ast::ForStmt* s);
    void rangeStmt(uint32_t ctxt, ast::RangeStmt* s);
    bool rangeKeyVal(Operand& x, Type*& key, Type*& val, std::string& cause);
    void multipleDefaults(const ast::List<ast::CaseClause*>& list);
    bool isTerminating(ast::Stmt* s, std::string_view label);
    bool isTerminatingList(const ast::List<ast::Stmt*>& list, std::string_view label);
    bool isTerminatingSwitch(const ast::List<ast::CaseClause*>& body, std::string_view label);
    void checkBranches(ast::BlockStmt* body);

    // Shared state
    Program& prog_;
    Diagnostics& diags_;
    const CheckOptions& options_;
    ParsedFile& mainFile_;
    Info& info_;
    Package* pkg_ = nullptr;
    Scope* fileScope_ = nullptr;
    std::string pkgFileName_;
    Pos pkgImportPos_;  // where main (transitively) imports pkg_, for stdlib errors
    std::unordered_map<Object*, DeclInfo*> objMap_;
    std::vector<std::unique_ptr<DeclInfo>> declInfos_;
    std::unordered_map<Object*, int> color_;  // absent: white; 1: black; 2+i: grey at objPath_[i]
    Pos errPos_;  // inherited constant being checked: report errors at its name
    std::unordered_map<Named*, Type*> fromRHS_;
    std::unordered_set<Named*> valids_;
    std::vector<Pos> missingBodies_;  // where gc reports them: the receiver of a method, else the name
    std::unordered_map<Signature*, Scope*> sigScopes_;  // parameter scope of each checked signature
    std::unordered_set<const ast::CallExpr*> isPanic_;  // calls of the builtin panic
    ast::AstArena scratch_;  // synthesized nodes (the `true` of a tagless switch)
    std::vector<Object*> objPath_;
    std::vector<std::function<void()>> delayed_;
    std::unordered_map<const ast::Expr*, ExprInfo> untyped_;
    std::vector<Object*> objList_;   // objMap_ keys in source order
    std::unordered_map<std::string_view, PkgName*> dotImports_;
    std::vector<std::pair<Func*, ast::Expr*>> pendingMethods_;
    std::vector<PkgName*> imports_;  // PkgNames of the current package, for unused checks
    std::unordered_map<TypeName*, std::vector<Func*>> methods_;  // methods by receiver base, pending
    std::vector<Var*> pkgVars_;     // package vars of pkg_ in source order
    Environment env_;
    std::unordered_map<std::string, Package*> loading_;  // import path -> package (also in progress)
    bool reported_ = false;  // an error was reported (types2 firstErr)
};

// Errors in types2 wording reached from several files.
std::string opName(ast::Expr* e);
// An expression as gc prints it in errors (syntax.String: literal bodies as {…}).
std::string errorString(const ast::Expr* e);


}  // namespace govm::types
