// The abstract syntax tree of one Go source file.
//
// The shapes follow go/ast: expressions (which include type expressions,
// since Go's syntax does not always tell them apart), statements,
// declarations, and a File at the root. Every node carries the position gc
// reports for it (the first token of the construct, except binary
// expressions, which sit at their operator, as in gc).
//
// Ownership: all nodes live in the File's AstArena and are trivially
// destructible; lists are arena-allocated spans. Names and literal texts
// are views into the source text, which the ParsedFile (parse.hpp) keeps
// alive beside the arena. Nothing here is mutable after parsing except the
// fields that later phases annotate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <type_traits>
#include <vector>

#include "lexer/source.hpp"
#include "lexer/lexer.hpp"  // Directive
#include "lexer/token.hpp"

namespace govm::ast {

// A bump allocator for nodes. Chunks never move, so node pointers are stable.
class AstArena {
public:
    AstArena() = default;
    AstArena(const AstArena&) = delete;
    AstArena& operator=(const AstArena&) = delete;

    void* allocate(size_t bytes, size_t align);

    template <typename T, typename... Args>
    T* make(Args&&... args) {
        static_assert(std::is_trivially_destructible_v<T>, "AST nodes are freed wholesale");
        return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
    }

    size_t bytesUsed() const { return used_; }

private:
    static constexpr size_t kChunkBytes = 64 * 1024;
    std::vector<std::unique_ptr<std::byte[]>> chunks_;
    std::byte* next_ = nullptr;
    size_t left_ = 0;
    size_t used_ = 0;
};

// An immutable arena-allocated array.
template <typename T>
struct List {
    T* items = nullptr;
    uint32_t count = 0;

    T* begin() const { return items; }
    T* end() const { return items + count; }
    uint32_t size() const { return count; }
    bool empty() const { return count == 0; }
    T& operator[](size_t i) const { return items[i]; }
};

template <typename T>
List<T> copyList(AstArena& arena, const std::vector<T>& from) {
    List<T> list;
    list.count = uint32_t(from.size());
    if (!from.empty()) {
        list.items = static_cast<T*>(arena.allocate(sizeof(T) * from.size(), alignof(T)));
        for (size_t i = 0; i < from.size(); ++i) new (&list.items[i]) T(from[i]);
    }
    return list;
}

// ---------------------------------------------------------------------------
// Expressions

#define GOVM_EXPR_KINDS(X)                                                     \
    X(Bad) X(Ident) X(BasicLit) X(CompositeLit) X(FuncLit) X(Paren)            \
    X(Selector) X(Index) X(Slice) X(TypeAssert) X(Call) X(Star) X(Unary)       \
    X(Binary) X(KeyValue) X(Ellipsis) X(ArrayType) X(StructType) X(FuncType)   \
    X(InterfaceType) X(MapType) X(ChanType)

enum class ExprKind : uint8_t {
#define GOVM_AST_ENUM(name) name,
    GOVM_EXPR_KINDS(GOVM_AST_ENUM)
#undef GOVM_AST_ENUM
};

struct Expr {
    ExprKind kind;
    Pos pos;
    // Height of the subtree; the parser refuses trees taller than
    // kMaxExprDepth so that recursive phases have bounded stack use.
    uint32_t depth = 1;

    template <typename T>
    T* as() {
        return kind == T::kKind ? static_cast<T*>(this) : nullptr;
    }
    template <typename T>
    const T* as() const {
        return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
    }

protected:
    Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
};

constexpr uint32_t kMaxExprDepth = 2000;

struct BlockStmt;
struct FieldList;

#define GOVM_EXPR_NODE(Name) \
    static constexpr ExprKind kKind = ExprKind::Name;

struct BadExpr : Expr {
    GOVM_EXPR_NODE(Bad)
    explicit BadExpr(Pos p) : Expr(kKind, p) {}
};

struct Ident : Expr {
    GOVM_EXPR_NODE(Ident)
    std::string_view name;
    Ident(Pos p, std::string_view n) : Expr(kKind, p), name(n) {}
};

struct BasicLit : Expr {
    GOVM_EXPR_NODE(BasicLit)
    Tok literalKind;        // Int, Float, Imag, Rune or String
    std::string_view text;  // exactly as in the source
    BasicLit(Pos p, Tok k, std::string_view t) : Expr(kKind, p), literalKind(k), text(t) {}
};

struct CompositeLit : Expr {
    GOVM_EXPR_NODE(CompositeLit)
    Expr* type;              // null for an elided type inside another literal
    List<Expr*> elements;    // KeyValue for keyed elements
    Pos rbrace;
    CompositeLit(Pos p, Expr* t, List<Expr*> e, Pos r) : Expr(kKind, p), type(t), elements(e), rbrace(r) {}
};

struct FuncType;

struct FuncLit : Expr {
    GOVM_EXPR_NODE(FuncLit)
    FuncType* type;
    BlockStmt* body;
    FuncLit(Pos p, FuncType* t, BlockStmt* b) : Expr(kKind, p), type(t), body(b) {}
};

struct ParenExpr : Expr {
    GOVM_EXPR_NODE(Paren)
    Expr* inner;
    ParenExpr(Pos p, Expr* x) : Expr(kKind, p), inner(x) {}
};

struct SelectorExpr : Expr {
    GOVM_EXPR_NODE(Selector)
    Expr* operand;
    Ident* selector;
    SelectorExpr(Pos p, Expr* x, Ident* s) : Expr(kKind, p), operand(x), selector(s) {}
};

// x[i], and generic instantiation x[T1, T2].
struct IndexExpr : Expr {
    GOVM_EXPR_NODE(Index)
    Expr* operand;
    List<Expr*> indices;
    IndexExpr(Pos p, Expr* x, List<Expr*> i) : Expr(kKind, p), operand(x), indices(i) {}
};

struct SliceExpr : Expr {
    GOVM_EXPR_NODE(Slice)
    Expr* operand;
    Expr* low;   // each bound may be null
    Expr* high;
    Expr* max;
    bool threeIndex;
    SliceExpr(Pos p, Expr* x, Expr* l, Expr* h, Expr* m, bool three)
        : Expr(kKind, p), operand(x), low(l), high(h), max(m), threeIndex(three) {}
};

struct TypeAssertExpr : Expr {
    GOVM_EXPR_NODE(TypeAssert)
    Expr* operand;
    Expr* type;  // null for x.(type) in a type switch
    TypeAssertExpr(Pos p, Expr* x, Expr* t) : Expr(kKind, p), operand(x), type(t) {}
};

struct CallExpr : Expr {
    GOVM_EXPR_NODE(Call)
    Expr* callee;
    List<Expr*> args;
    bool hasEllipsis;  // f(xs...)
    Pos rparen;
    CallExpr(Pos p, Expr* f, List<Expr*> a, bool e, Pos r)
        : Expr(kKind, p), callee(f), args(a), hasEllipsis(e), rparen(r) {}
};

// *x: a dereference or a pointer type.
struct StarExpr : Expr {
    GOVM_EXPR_NODE(Star)
    Expr* operand;
    StarExpr(Pos p, Expr* x) : Expr(kKind, p), operand(x) {}
};

struct UnaryExpr : Expr {
    GOVM_EXPR_NODE(Unary)
    Tok op;  // Add Sub Not Xor And Arrow Tilde
    Expr* operand;
    UnaryExpr(Pos p, Tok o, Expr* x) : Expr(kKind, p), op(o), operand(x) {}
};

struct BinaryExpr : Expr {
    GOVM_EXPR_NODE(Binary)
    Tok op;
    Expr* left;
    Expr* right;
    BinaryExpr(Pos p, Tok o, Expr* l, Expr* r) : Expr(kKind, p), op(o), left(l), right(r) {}
};

struct KeyValueExpr : Expr {
    GOVM_EXPR_NODE(KeyValue)
    Expr* key;
    Expr* value;
    KeyValueExpr(Pos p, Expr* k, Expr* v) : Expr(kKind, p), key(k), value(v) {}
};

// `...T` in a parameter list, or `[...]` as an array length.
struct EllipsisExpr : Expr {
    GOVM_EXPR_NODE(Ellipsis)
    Expr* elem;  // null for [...]T's length
    EllipsisExpr(Pos p, Expr* e) : Expr(kKind, p), elem(e) {}
};

struct ArrayType : Expr {
    GOVM_EXPR_NODE(ArrayType)
    Expr* length;  // null for a slice type; EllipsisExpr for [...]T
    Expr* elem;
    ArrayType(Pos p, Expr* l, Expr* e) : Expr(kKind, p), length(l), elem(e) {}
};

struct Field {
    List<Ident*> names;    // empty for an anonymous parameter or embedded field
    Expr* type;
    BasicLit* tag;         // struct fields only, may be null
    Pos pos;
};

struct FieldList {
    List<Field*> fields;
    Pos open;
    Pos close;
};

struct StructType : Expr {
    GOVM_EXPR_NODE(StructType)
    FieldList* fields;
    StructType(Pos p, FieldList* f) : Expr(kKind, p), fields(f) {}
};

struct FuncType : Expr {
    GOVM_EXPR_NODE(FuncType)
    FieldList* typeParams;  // null if none
    FieldList* params;
    FieldList* results;     // null if none
    FuncType(Pos p, FieldList* tp, FieldList* ps, FieldList* rs)
        : Expr(kKind, p), typeParams(tp), params(ps), results(rs) {}
};

// Methods are Fields with one name and a FuncType; embedded interfaces and
// constraint terms (`~int | string`) are Fields without names.
struct InterfaceType : Expr {
    GOVM_EXPR_NODE(InterfaceType)
    FieldList* elements;
    InterfaceType(Pos p, FieldList* e) : Expr(kKind, p), elements(e) {}
};

struct MapType : Expr {
    GOVM_EXPR_NODE(MapType)
    Expr* key;
    Expr* value;
    MapType(Pos p, Expr* k, Expr* v) : Expr(kKind, p), key(k), value(v) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
    GOVM_EXPR_NODE(ChanType)
    ChanDir dir;
    Expr* elem;
    ChanType(Pos p, ChanDir d, Expr* e) : Expr(kKind, p), dir(d), elem(e) {}
};

#undef GOVM_EXPR_NODE

// ---------------------------------------------------------------------------
// Statements

#define GOVM_STMT_KINDS(X)                                                         \
    X(Bad) X(Decl) X(Empty) X(Labeled) X(Expr) X(Send) X(IncDec) X(Assign) X(Go)   \
    X(Defer) X(Return) X(Branch) X(Block) X(If) X(CaseClause) X(Switch)            \
    X(TypeSwitch) X(CommClause) X(Select) X(For) X(Range)

enum class StmtKind : uint8_t {
#define GOVM_AST_ENUM(name) name,
    GOVM_STMT_KINDS(GOVM_AST_ENUM)
#undef GOVM_AST_ENUM
};

struct Stmt {
    StmtKind kind;
    Pos pos;

    template <typename T>
    T* as() {
        return kind == T::kKind ? static_cast<T*>(this) : nullptr;
    }
    template <typename T>
    const T* as() const {
        return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
    }

protected:
    Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
};

#define GOVM_STMT_NODE(Name) \
    static constexpr StmtKind kKind = StmtKind::Name;

struct GenDecl;

struct BadStmt : Stmt {
    GOVM_STMT_NODE(Bad)
    explicit BadStmt(Pos p) : Stmt(kKind, p) {}
};

struct DeclStmt : Stmt {
    GOVM_STMT_NODE(Decl)
    GenDecl* decl;
    DeclStmt(Pos p, GenDecl* d) : Stmt(kKind, p), decl(d) {}
};

struct EmptyStmt : Stmt {
    GOVM_STMT_NODE(Empty)
    explicit EmptyStmt(Pos p) : Stmt(kKind, p) {}
};

struct LabeledStmt : Stmt {
    GOVM_STMT_NODE(Labeled)
    Ident* label;
    Stmt* body;
    LabeledStmt(Pos p, Ident* l, Stmt* b) : Stmt(kKind, p), label(l), body(b) {}
};

struct ExprStmt : Stmt {
    GOVM_STMT_NODE(Expr)
    Expr* expr;
    ExprStmt(Pos p, Expr* x) : Stmt(kKind, p), expr(x) {}
};

struct SendStmt : Stmt {
    GOVM_STMT_NODE(Send)
    Expr* channel;
    Expr* value;
    SendStmt(Pos p, Expr* c, Expr* v) : Stmt(kKind, p), channel(c), value(v) {}
};

struct IncDecStmt : Stmt {
    GOVM_STMT_NODE(IncDec)
    Expr* operand;
    Tok op;  // Inc or Dec
    IncDecStmt(Pos p, Expr* x, Tok o) : Stmt(kKind, p), operand(x), op(o) {}
};

struct AssignStmt : Stmt {
    GOVM_STMT_NODE(Assign)
    List<Expr*> lhs;
    Tok op;  // Assign, Define or an XxxAssign operator
    List<Expr*> rhs;
    AssignStmt(Pos p, List<Expr*> l, Tok o, List<Expr*> r) : Stmt(kKind, p), lhs(l), op(o), rhs(r) {}
};

struct GoStmt : Stmt {
    GOVM_STMT_NODE(Go)
    Expr* call;
    GoStmt(Pos p, Expr* c) : Stmt(kKind, p), call(c) {}
};

struct DeferStmt : Stmt {
    GOVM_STMT_NODE(Defer)
    Expr* call;
    DeferStmt(Pos p, Expr* c) : Stmt(kKind, p), call(c) {}
};

struct ReturnStmt : Stmt {
    GOVM_STMT_NODE(Return)
    List<Expr*> results;
    ReturnStmt(Pos p, List<Expr*> r) : Stmt(kKind, p), results(r) {}
};

struct BranchStmt : Stmt {
    GOVM_STMT_NODE(Branch)
    Tok tok;       // Break, Continue, Goto or Fallthrough
    Ident* label;  // may be null
    BranchStmt(Pos p, Tok t, Ident* l) : Stmt(kKind, p), tok(t), label(l) {}
};

struct BlockStmt : Stmt {
    GOVM_STMT_NODE(Block)
    List<Stmt*> stmts;
    Pos rbrace;
    BlockStmt(Pos p, List<Stmt*> s, Pos r) : Stmt(kKind, p), stmts(s), rbrace(r) {}
};

struct IfStmt : Stmt {
    GOVM_STMT_NODE(If)
    Stmt* init;  // may be null
    Expr* cond;
    BlockStmt* then;
    Stmt* otherwise;  // null, an IfStmt or a BlockStmt
    IfStmt(Pos p, Stmt* i, Expr* c, BlockStmt* t, Stmt* e)
        : Stmt(kKind, p), init(i), cond(c), then(t), otherwise(e) {}
};

// A case of a switch or type switch. While parsing, select cases take this
// shape too, with their send or receive statement in `comm`; the parser
// turns them into CommClauses.
struct CaseClause : Stmt {
    GOVM_STMT_NODE(CaseClause)
    List<Expr*> values;  // empty for default
    bool isDefault;
    Stmt* comm;
    List<Stmt*> body;
    CaseClause(Pos p, List<Expr*> v, bool d, Stmt* c) : Stmt(kKind, p), values(v), isDefault(d), comm(c) {}
};

struct SwitchStmt : Stmt {
    GOVM_STMT_NODE(Switch)
    Stmt* init;  // may be null
    Expr* tag;   // may be null
    List<CaseClause*> clauses;
    Pos rbrace;
    SwitchStmt(Pos p, Stmt* i, Expr* t, List<CaseClause*> c, Pos r)
        : Stmt(kKind, p), init(i), tag(t), clauses(c), rbrace(r) {}
};

// switch [init;] [binding :=] x.(type) { ... }
struct TypeSwitchStmt : Stmt {
    GOVM_STMT_NODE(TypeSwitch)
    Stmt* init;        // may be null
    Ident* binding;    // may be null
    Expr* subject;     // the x of x.(type)
    List<CaseClause*> clauses;
    Pos rbrace;
    TypeSwitchStmt(Pos p, Stmt* i, Ident* b, Expr* s, List<CaseClause*> c, Pos r)
        : Stmt(kKind, p), init(i), binding(b), subject(s), clauses(c), rbrace(r) {}
};

struct CommClause : Stmt {
    GOVM_STMT_NODE(CommClause)
    Stmt* comm;  // send or receive statement; null for default
    List<Stmt*> body;
    CommClause(Pos p, Stmt* c, List<Stmt*> b) : Stmt(kKind, p), comm(c), body(b) {}
};

struct SelectStmt : Stmt {
    GOVM_STMT_NODE(Select)
    List<CommClause*> clauses;
    Pos rbrace;
    SelectStmt(Pos p, List<CommClause*> c, Pos r) : Stmt(kKind, p), clauses(c), rbrace(r) {}
};

struct ForStmt : Stmt {
    GOVM_STMT_NODE(For)
    Stmt* init;  // each may be null
    Expr* cond;
    Stmt* post;
    BlockStmt* body;
    ForStmt(Pos p, Stmt* i, Expr* c, Stmt* s, BlockStmt* b) : Stmt(kKind, p), init(i), cond(c), post(s), body(b) {}
};

// for [key [, value] (= | :=)] range x { ... }
struct RangeStmt : Stmt {
    GOVM_STMT_NODE(Range)
    Expr* key;    // may be null
    Expr* value;  // may be null
    Tok tok;      // Assign, Define, or Eof when there are no variables
    Expr* range;
    BlockStmt* body;
    Pos keyword;  // of `range`, where gc's IR puts the statement
    RangeStmt(Pos p, Expr* k, Expr* v, Tok t, Expr* x, BlockStmt* b, Pos kw)
        : Stmt(kKind, p), key(k), value(v), tok(t), range(x), body(b), keyword(kw) {}
};

#undef GOVM_STMT_NODE

// ---------------------------------------------------------------------------
// Declarations

enum class SpecKind : uint8_t { Import, Value, Type };

struct Spec {
    SpecKind kind;
    Pos pos;
};

struct ImportSpec : Spec {
    Ident* name;  // null, or the local name, `.` or `_`
    BasicLit* path;
};

// One line of a const or var declaration. In a const group a line without
// type and values repeats the previous line's (iota); the parser leaves that
// to the checker and records `iota`, the line's index in its group.
struct ValueSpec : Spec {
    List<Ident*> names;
    Expr* type;  // may be null
    List<Expr*> values;
    uint32_t iota;
};

struct TypeSpec : Spec {
    Ident* name;
    FieldList* typeParams;  // null if none
    bool isAlias;           // type A = B
    Expr* type;
};

struct GenDecl {
    Tok tok;  // Import, Const, Var or Type
    Pos pos;
    bool grouped;
    List<Spec*> specs;
    List<Directive> directives;
};

struct FuncDecl {
    Pos pos;
    FieldList* receiver;  // null for plain functions
    Ident* name;
    FuncType* type;
    BlockStmt* body;  // null for a declaration without body (//extern)
    List<Directive> directives;
};

struct Decl {
    GenDecl* gen = nullptr;  // exactly one of the two is set
    FuncDecl* func = nullptr;
};

struct File {
    Pos pos;
    Ident* packageName;
    List<Decl> decls;
    List<Directive> directives;  // every directive in the file
};

// The expression inside any parentheses around e (null stays null).
inline Expr* unparen(Expr* e) {
    while (e && e->kind == ExprKind::Paren) e = static_cast<ParenExpr*>(e)->inner;
    return e;
}
inline const Expr* unparen(const Expr* e) { return unparen(const_cast<Expr*>(e)); }

std::string_view exprKindName(ExprKind kind);
std::string_view stmtKindName(StmtKind kind);

}  // namespace govm::ast
