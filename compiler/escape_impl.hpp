// Internals of the escape analysis shared by compiler/escape*.cpp.
//
// One Escape object analyses a program. Per function (FuncDecl or FuncLit)
// it keeps an EFunc; per batch (an SCC of the call graph plus the closures
// inside it) it builds a location graph (Location, Edge), solves it
// (escape_solve.cpp) and records the parameter tags and the decisions.
//
// Invariants: locations of a batch live in `locs` (a deque: stable
// addresses) and are dropped when the batch ends, after decisions and tags
// were copied out. Edges only point between locations of the same batch.
// A deref count is never below -1.
#pragma once

#include <array>
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/escape.hpp"

namespace govm::escape {

constexpr int kNoLeak = -1;
constexpr int kMaxResults = 7;

// Minimum deref count per destination: [0] the heap, [1..7] results 0..6.
struct Leaks {
    std::array<int, 1 + kMaxResults> derefs{};
    Leaks() { derefs.fill(kNoLeak); }
    int heap() const { return derefs[0]; }
    int result(int i) const { return derefs[1 + i]; }
    void add(int slot, int d) {
        if (derefs[slot] == kNoLeak || d < derefs[slot]) derefs[slot] = d;
    }
    bool empty() const {
        for (int d : derefs)
            if (d != kNoLeak) return false;
        return true;
    }
    void optimize();  // drop result leaks already covered by the heap leak
};

struct EFunc;
struct Location;

// What a note's `where` points to: gc's notes name IR nodes, which are an
// expression or statement of the source, or an allocation site that has
// no node of its own here (the implicit slice of a variadic call), or a
// closure's variable for a captured one (named as the variable, at `pos`),
// a go/defer temporary (a Location*, by its name) or the assignment that
// fills one (".autotmp_N = value"), or the assignment gc makes of a var
// declaration (the value, printed "lhs = value" at `pos`), or a node gc
// made up, such as a method call's implicit receiver steps (a std::string
// of Escape::noteTexts, at `pos`).
enum class NoteKind : uint8_t { Expr, Stmt, Site, Var, Temp, TempAssign, Define, Text };

// A -m=2 explanation: where (the node printed) and why.
struct Note {
    const void* where;  // ast::Expr*, ast::Stmt*, Location* or types::Var* (kind)
    NoteKind kind;
    // gc's position of the node when it is not where's own: an implicit
    // conversion sits where irgen created it (escape_pos.cpp).
    Pos pos;
    const char* why;
    const Note* next;
    std::string_view lhs = {};  // Define: the variable's name
};

struct Edge {
    Location* src;
    int derefs;
    const Note* notes;
};

struct Location {
    const ast::Expr* expr = nullptr;  // allocation site, or null
    const ast::Expr* shown = nullptr; // what -m prints for the site when not expr
    std::string text;                 // or this, for the box of a temporary (no expr)
    types::Var* var = nullptr;        // declared variable, or null
    EFunc* fn = nullptr;
    std::vector<Edge> in;
    int loopDepth = 1;
    // The loop depth whose iterations it must survive: loopDepth, or less
    // for an append site lowered by T1c (ESCAPE.md §4.4).
    int lifetimeDepth = 1;
    int resultIndex = 0;              // 1-based for results
    bool escapes = false;
    bool transient = false;
    bool captured = false, reassigned = false, addrTaken = false;
    bool isParam = false;
    bool isHeap = false, isBlank = false, isTemp = false;
    EscapeSiteKind kind = EscapeSiteKind::Variable;
    Pos pos;                           // where its messages go
    std::string name;                  // -m=2 name ("x", "~r0", "{temp}")
    Leaks paramLeaks;
    std::string heapReason;            // why it escapes, for --stats (EscapeSite::reason)
    std::string copied;                // a go/defer temporary: the text of what it copies (-m=2)
    bool wrapper = false;              // a go/defer wrapper closure: only -m=2 explains it
    bool predeclared = false;          // a local whose declaration the walk has not reached
    // gc's location has a node (n): -m=2 explains how it escapes.
    bool hasNode() const { return expr || var || !text.empty(); }
    // Solver scratch.
    int derefs = 0;
    int walkGen = 0;
    Location* parent = nullptr;
    const Edge* parentEdge = nullptr;
    bool queued = false;
};

// A temporary a go/defer wrapper captures, through a closure variable at `at`.
struct WrapperCapture {
    Location* temp;
    Pos at;
    types::Type* type;
};

// A method call's receiver steps that the source leaves implicit.
struct ImplicitReceiver {
    const ast::SelectorExpr* sel = nullptr;  // null: none
    const types::Selection* selection = nullptr;
    bool deref = false, addressOf = false;
    bool variableAddressTaken = false;  // implicitAddressTaken(addressOf, hops)

    // Whether gc's receiver argument is a node of its own at the selector.
    bool hasSteps() const { return sel && (deref || addressOf || selection->index.size() > 1); }
};

struct Hole {
    Location* dst = nullptr;
    int derefs = 0;
    bool addrTaken = false;
    const Note* notes = nullptr;
};

struct EFunc {
    const ast::FuncDecl* decl = nullptr;
    const ast::FuncLit* lit = nullptr;
    types::Func* obj = nullptr;        // null for literals
    types::Signature* sig = nullptr;
    const ast::BlockStmt* body = nullptr;
    EFunc* outer = nullptr;            // enclosing function of a literal
    std::string name;                  // gc's name: "f", "(*B).f", "main.func1"
    std::vector<types::Var*> params;   // receiver first; null for unnamed
    std::vector<types::Var*> results;  // null for unnamed
    std::vector<Leaks> tags;           // per params entry, valid once tagged
    std::vector<bool> tagHasPointers;
    int declaredNames = 0;             // gc's len(fn.Dcl) after irgen: the next .autotmp_N
    bool tagged = false;
    bool closureCalled = false;
    std::vector<types::Var*> captures;  // free variables of a literal, first use order
    std::vector<Pos> capturePos;        // where gc's closure variable of each sits
    bool capturesReady = false;
    // Batch state.
    std::vector<Location*> paramLocs, resultLocs;
    int sccIndex = -1;
    bool locsReady = false;
    int closureCount = 0;
};

// The pointers a selection dereferences on its first `steps` fields
// (embedded fields, then the selected one); `t` ends as the type reached
// (escape_expr.cpp).
int pointerHops(const types::Selection& s, size_t steps, types::Type*& t);
// Whether a method receiver's implicit & (gc's OADDR, added by typecheck)
// makes the variable it reaches address-taken: gc's hole keeps addrtaken
// only from its last shift, so a pointer hop on the embedding path between
// the & and the variable clears it.
inline bool implicitAddressTaken(bool implicitAddressOf, int pathHops) { return implicitAddressOf && pathHops == 0; }

// Where gc reports its autogenerated wrappers: "<autogenerated>:1", after
// every position of the file.
constexpr Pos kAutogeneratedPos{UINT32_MAX, 1};

// A parameter of an autogenerated wrapper, for -m=2 (escape_wrappers.cpp).
struct WrapperLeak {
    std::string name;  // ".this", a parameter's name or .anonN
    Pos pos;
    std::vector<std::pair<std::string, const char*>> path;  // the receiver's steps: "from TEXT (WHY)"
    int hops = 0;                      // the dereferences along path (-1 for an address-of)
    std::string call;                  // the wrapper's call, as printed
    std::vector<std::string> results;  // the wrapper's result names
    std::vector<std::string> temps;    // with several results, the .autotmp_N each goes through
};

// Stdlib tags of go1.19 (escape_tags.cpp): per parameter (receiver first).
// Returns false if `fullName` ("strings.Join", "strings.(*Builder).String")
// is unknown.
bool stdlibTags(const std::string& fullName, std::vector<Leaks>& out);
// Parses a tag list in the table's syntax: per parameter `-` or a comma list
// of `h=N` / `rI=N`, separated by `|`. False if malformed.
bool parseTagSpec(std::string_view spec, std::vector<Leaks>& out);
// `//govm:escape SPEC` on a function without a Go body (a native helper of
// the library, or a C function) states its tags in that syntax.
constexpr std::string_view kEscapeDirective = "govm:escape ";
// The leaks of parameter `param` of `f`, which has no Go body: its go1.19
// tag, else its //govm:escape or //govm:noescape promise, else "leaks to the
// heap".
Leaks bodylessLeaks(const types::Func& f, size_t param);

// gc's IR rendering of expressions and types in -m lines (escape_report.cpp).
constexpr int kPrecPrimary = 8;  // gc's precedence of names, calls, selectors, literals
std::string typeText(types::Type* t, const types::Package* current);

class Escape {
public:
    // Analyses `file` of package `pkg` (the main package when null).
    Escape(const ast::File& file, const types::Program& program, EscapeMode mode, int mLevel,
           std::string fileName, const types::Package* pkg = nullptr);
    EscapeResult run();

    // --- shared state ---------------------------------------------------------
    const ast::File& file;
    const types::Program& program;
    const types::Info& info;
    const types::Package* mainPkg;
    EscapeMode mode;
    int mLevel;
    std::string fileName;
    EscapeResult result;

    std::unordered_map<const void*, EFunc*> funcs;  // FuncDecl*/FuncLit*/types::Func* -> EFunc
    std::deque<EFunc> funcStore;
    std::vector<EFunc*> declOrder;
    int globalClosures = 0;  // literals of package-level initializers, for their names

    // Pre-pass facts about local variables (StaticValue, definitions).
    std::unordered_map<const types::Var*, int> assignCount;
    std::unordered_set<const types::Var*> addrTakenVars;
    std::unordered_map<const types::Var*, const ast::Expr*> definingValue;
    std::unordered_set<const ast::Stmt*> loopingLabels;
    std::unordered_map<std::string_view, const ast::Stmt*> seenLabels;  // LabeledStmt targets of backward gotos

    // --- batch state ----------------------------------------------------------
    std::deque<Location> locs;
    std::deque<Note> notes;
    std::deque<std::string> noteTexts;  // of NoteKind::Text notes
    std::vector<Location*> allLocs;
    // Loops of the function being walked, innermost last, and each loop's
    // sites (T1f): a site is recorded in its innermost loop and handed to the
    // enclosing one when that loop ends.
    struct LoopSites {
        const ast::Stmt* loop;
        int bodyDepth;
        std::vector<Location*> sites;
        bool blocked = false;  // a defer inside, or per-iteration variables that carry pointers
        // Makes struct or array values, which codegen keeps in memory: per
        // iteration, frame-confined (codegen.hpp, "Aggregate values").
        bool values = false;
    };
    std::vector<LoopSites> openLoops;
    std::vector<LoopSites> closedLoops;  // of the batch, decided in emitDecisions
    std::unordered_map<const types::Var*, Location*> varLocs;
    Location* heapLoc = nullptr;
    Location* blankLoc = nullptr;
    EFunc* curFn = nullptr;
    int loopDepth = 1;
    struct ClosureHole { Hole hole; EFunc* fn; };
    std::vector<ClosureHole> closures;
    std::vector<EFunc*> batchFuncs;
    std::unordered_set<const EFunc*> inBatch;
    int walkGen = 0;
    std::vector<std::pair<Pos, std::string>> messages;   // -m lines of the whole program
    const ast::Expr* convPosCall = nullptr;              // gc's base.Pos emulation
    Pos basePos;
    std::vector<WrapperCapture>* wrapCaptures = nullptr;  // of the go/defer call being analysed
    bool forceBasePos = false;        // the next box is reported at basePos whatever it converts

    // escape.cpp: driver
    void collectFuncs();
    void collectFuncLits(EFunc* outer, const ast::Stmt* s);
    void collectFuncLitsExpr(EFunc* outer, const ast::Expr* e);
    void collectCaptures(EFunc* fn);
    EFunc* newFunc(const ast::FuncDecl* decl, const ast::FuncLit* lit, EFunc* outer);
    std::vector<std::vector<EFunc*>> sccs();
    void analyzeBatch(const std::vector<EFunc*>& fns);
    // escape_init.cpp: the package's init function (gc's staticinit).
    EFunc* initFunc = nullptr;
    void analyzeInitializers();
    void initializers();
    void staticInit(const ast::Expr* rhs, types::Type* to, Pos declPos, std::string_view lhs = {});
    bool isStaticValue(const ast::Expr* e) const;
    void finishBatch();
    void tagFunc(EFunc* fn);
    void checkLibraryTags();
    void message(Pos pos, std::string text);

    // escape_stmt.cpp
    void prepass(const ast::Stmt* s);
    void prepassExpr(const ast::Expr* e);
    void walkFunc(EFunc* fn);
    void setupFunc(EFunc* fn);
    void applyStaticReasons();
    void emitDecisions();
    void block(const ast::BlockStmt* b);
    void stmts(const ast::List<ast::Stmt*>& list);
    void stmt(const ast::Stmt* s);
    void assignStmt(const ast::AssignStmt* s);
    void declStmt(const ast::DeclStmt* s);
    void rangeStmt(const ast::RangeStmt* s);
    template <typename List>
    void spreadAssign(const std::vector<Hole>& holes, const List& lhs, const ast::CallExpr* c, int first, Pos pos,
                      const ast::Stmt* s);
    void openLoop(const ast::Stmt* loop);
    void closeLoop();
    void decideIterationRelease();
    void returnStmt(const ast::ReturnStmt* s);
    void goDefer(const ast::Stmt* s, const ast::Expr* call, bool isDefer);
    Hole addrHole(const ast::Expr* dst, const ast::Stmt* where);
    void declare(types::Var* v);
    void predeclareLocals(EFunc* fn);
    void reassignedHoles(const std::vector<Hole>& holes, const ast::Stmt* where, bool isDefine);
    bool selfAssignment(const ast::Expr* dst, const ast::Expr* src);

    // escape_expr.cpp
    void expr(Hole k, const ast::Expr* e);
    // e converted to `target`; `explicitConv` is the conversion T(e) when
    // the program writes it (its box is printed as the conversion).
    void exprConv(Hole k, const ast::Expr* e, types::Type* target, const ast::CallExpr* explicitConv = nullptr);
    bool convertsToInterface(const ast::Expr* e, types::Type* target) const;
    Pos conversionPos(const ast::Expr* e) const;
    void setBasePos(const ast::Expr* e);
    bool isBareName(const ast::Expr* e) const;
    void discard(const ast::Expr* e);
    void discards(const ast::List<ast::Expr*>& list);
    void compositeLit(Hole k, const ast::CompositeLit* lit);
    void funcLit(Hole k, const ast::FuncLit* lit);
    void selector(Hole k, const ast::SelectorExpr* sel);
    Hole spill(Hole k, const ast::Expr* n, EscapeSiteKind kind, const char* name = nullptr);
    types::Type* typeOf(const ast::Expr* e) const;
    types::Var* varOf(const ast::Ident* id) const;
    Location* locOfVar(types::Var* v);

    // escape_call.cpp
    void call(const std::vector<Hole>& ks, const ast::CallExpr* c);
    void builtinCall(const std::vector<Hole>& ks, const ast::CallExpr* c, int id);
    void conversion(Hole k, const ast::CallExpr* c);
    EFunc* staticCallee(const ast::Expr* callee, const ast::Expr** recv, bool* recvPtrWanted);
    Hole tagHole(const std::vector<Hole>& ks, EFunc* fn, types::Func* native, size_t param);
    Hole implicitReceiverNotes(Hole k, const ImplicitReceiver& r);
    void argument(Hole k, const ast::Expr* arg, types::Type* paramType, const ast::CallExpr* c);
    bool wrapArgument(Hole k, const ast::Expr* arg, types::Type* paramType, int derefs, const ImplicitReceiver* recv,
                      Pos at);
    Location* wrapperTemp(std::vector<WrapperCapture>& wrap, types::Type* t, Pos pos, Pos at, std::string value);
    void captureInto(Hole closure, Location* l, const void* cv, NoteKind cvKind, Pos at, const std::string& owner,
                     const std::string& name, types::Type* t);
    void closureCaptures();
    std::vector<Location*> spreadTemps(const ast::CallExpr* inner, int first);
    std::string tempList(const std::vector<Location*>& temps) const;
    void convertTemp(Hole k, Location* temp, types::Type* from, types::Type* to, Pos pos);

    // escape_temps.cpp: gc's .autotmp_N temporaries (first number of each
    // rewrite: a call f(g()), `return g()`, `a, b = g()`; the callee of f()(x)).
    std::unordered_map<const void*, int> autotmps;
    std::unordered_map<const ast::CallExpr*, int> calleeTemps;
    void numberTemps(EFunc* fn);
    bool isAppend(const ast::CallExpr* c) const;
    static std::string autotmpName(int n);
    types::Type* devirtualize(const ast::Expr* recv) const;

    // escape_solve.cpp
    Location* newLoc(const ast::Expr* e, types::Var* v, bool transient);
    Location* tempLoc();
    void joinOpenLoop(Location* l);
    Hole holeOf(Location* l) const { return Hole{l, 0, false, nullptr}; }
    Hole heapHole() const { return holeOf(heapLoc); }
    Hole blankHole() const { return holeOf(blankLoc); }
    Hole addr(Hole k, const void* where, const char* why, NoteKind kind = NoteKind::Expr, Pos at = {});
    Hole deref(Hole k, const void* where, const char* why, NoteKind kind = NoteKind::Expr);
    Hole note(Hole k, const void* where, const char* why, NoteKind kind = NoteKind::Expr, Pos at = {});
    Hole defineNote(Hole k, std::string_view name, Pos at, const ast::Expr* value);
    // A call's notes print it as gc does once escape analysis rewrote it
    // (variadic slice, method calls as T.M(recv, ...)); before, as written.
    std::unordered_set<const ast::CallExpr*> rewrittenCalls;
    Hole shift(Hole k, int d) const;
    Hole dotType(Hole k, types::Type* t, const void* where, const char* why, NoteKind kind = NoteKind::Expr);
    Hole teeHole(const std::vector<Hole>& ks);
    Hole laterHole(Hole k);
    void flow(Hole k, Location* src);
    void walkAll();
    void walkOne(Location* root, std::vector<Location*>& todo);
    bool outlives(const Location* l, const Location* other) const;
    void leakTo(Location* param, Location* sink, int derefs);
    void explainEscape(Location* l, Location* root, int derefs, bool isLeak);
    void explainFlow(Pos pos, const Location* dst, const Location* src, int derefs, const Note* notes);
    std::string noteText(const Note& n) const;
    Pos notePos(const Note& n) const;
    bool enclosesFunc(const EFunc* outer, const EFunc* inner) const;

    // escape_report.cpp
    // gc's IR rendering of e in a context of precedence `prec` (ir/fmt.go).
    std::string exprText(const ast::Expr* e, int prec = 0) const;
    std::string exprBody(const ast::Expr* e) const;
    std::string callText(const ast::CallExpr* c) const;
    // A method as gc prints its method expression: "T.M", "(*T).M".
    std::string methodExprText(const types::Func* m) const;
    int exprPrec(const ast::Expr* e) const;
    const types::Func* concreteMethod(const ast::SelectorExpr* sel, std::string& recvText) const;
    bool isStringConcat(const ast::Expr* e) const;
    std::string siteText(const Location* l) const;

    // escape_wrappers.cpp
    void explainWrappers();
    void explainWrapper(types::Named* owner, bool pointerRecv, const types::Func* m, const std::vector<int>& fieldPath);
    void explainWrapperLeaks(const WrapperLeak& leak, const Leaks& tag);

    // escape_pos.cpp
    Pos irgenPos(const ast::Expr* e, Pos before) const;
    Pos irgenPos(const ast::List<ast::Expr*>& list, Pos before) const;
    bool isRegularCall(const ast::CallExpr* c) const;
    std::string locName(const Location* l) const;
    std::string posText(Pos p) const;
    std::string stmtText(const ast::Stmt* s) const;
};

// Predicates on types (escape_solve.cpp).
bool hasPointers(types::Type* t);
bool isStructOrArray(types::Type* t);
bool isPointerShaped(types::Type* t);
bool isInterfaceType(types::Type* t);

}  // namespace govm::escape
