// Private state of the code generator (compiler/codegen*.cpp).
#pragma once

#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/codegen.hpp"
#include "vm/instruction.hpp"
#include "vm/builtin_natives.hpp"
#include "vm/slot_kind.hpp"

namespace govm::ast {
class ChildVisitor;  // parser/walk.hpp
}

namespace govm::codegen {

using namespace govm::types;
using vm::Opcode;

// Register numbers at or above kOutBase name the outgoing call area, which
// starts right above the frame; they are patched when the frame is known.
constexpr int kOutBase = 256;

// ADDR and COPYMEM carry a 32-bit constant, so offsets and copies beyond it
// are emitted in steps of kMaxOffsetStep. Past kMaxOffset (gc allows 1 PiB)
// the steps would bloat the code: such values are unsupported.
constexpr uint64_t kMaxOffsetStep = uint64_t(1) << 31;
constexpr int64_t kMaxOffset = int64_t(1) << 40;

// How the allocator tags a slot. IfaceData is a scalar for the GC but must
// stay next to its type word.
enum class SlotTag : uint8_t { Free, Scalar, Pointer, IfaceType, IfaceData };

// A value in registers: `slots` consecutive registers from `reg`.
struct Value {
    int reg = -1;
    int slots = 0;
    bool fresh = false;  // aggregates: storage nobody else refers to
    bool heap = false;   // fresh aggregates: the storage is on the heap, so it may outlive the frame
};

// Where the storage of a new struct or array value goes (codegen.hpp,
// "Aggregate values"): the heap, the frame arena, or the heap as an object
// only the frame reaches (rt::ObjectHeader::kFrameConfined).
enum class Place : uint8_t { Heap, Arena, FrameHeap };

// Where a variable lives.
struct VarLoc {
    enum Kind : uint8_t { Registers, Boxed, Global } kind = Registers;
    int reg = -1;          // Registers: the value; Boxed: the cell's address
    uint32_t globalWord = 0;
    Type* type = nullptr;
};

// Something assignable.
struct LValue {
    enum Kind : uint8_t { Blank, Var, Memory, SliceElem, MapElem } kind = Blank;
    Type* type = nullptr;
    VarLoc var;            // Var
    int ptr = -1;          // Memory: base address register; SliceElem: slice; MapElem: map
    int64_t offset = 0;    // Memory
    int index = -1;        // SliceElem: index register; MapElem: key register (or key address)
    bool keyByAddress = false;
    Type* mapType = nullptr;
};

struct Label {
    int target = -1;                 // pc once placed
    std::vector<int> pendingJumps;   // JMP-format instructions to patch
};

struct LoopTargets {
    Label* breakLabel = nullptr;
    Label* continueLabel = nullptr;
    const ast::Stmt* stmt = nullptr;   // the loop/switch/select statement
    std::string_view label;            // its label, if any
    int region = -1;                   // the register of its iteration region (T1f), if any
};

// A call whose callee and arguments are evaluated, ready to be emitted.
struct CallPlan {
    enum Kind : uint8_t { Static, Closure, Interface } kind = Static;
    Signature* sig = nullptr;
    uint32_t function = 0;    // Static
    Value closure;            // Closure
    Value iface;              // Interface
    std::string_view methodName;
    bool hasReceiver = false;
    Value receiver;
    std::vector<std::pair<Value, Type*>> args;
};

struct EmittedInsn {
    int op, a, b, c;  // b/c unused for ABx forms (bx in b)
    bool wide;        // ABx / AsBx / sAx
};

class Codegen;
class OrderedScope;

// One operand of a statement, for the evaluation-order pass
// (codegen_order.cpp): an expression evaluated for its value (converted to
// `target` when that is an interface type), the location an assignment
// stores to (only its index and pointer operands are evaluated), a value gc
// copies where it stands (a sent value), or the right side of `a, b = ...`.
struct OrderPart {
    enum Kind : uint8_t { Operand, Location, Copied, Results } kind = Operand;
    ast::Expr* expr = nullptr;
    Type* target = nullptr;
};

// Generates one vm::Function.
class FuncBuilder {
public:
    FuncBuilder(Codegen& gen, vm::Function& fn, const Package* pkg);

    Codegen& gen;
    vm::Function& fn;
    const Package* pkg;
    const void* owner = nullptr;       // ast::FuncDecl* / ast::FuncLit* (Var::owner)
    Signature* sig = nullptr;
    int line = 0;                      // current source line for new instructions

    // ---- registers
    std::vector<SlotTag> tags;         // per slot, fixed once used
    std::vector<bool> busy;
    int allocate(const std::vector<SlotTag>& shape);
    Value allocValue(Type* t);
    void release(const Value& v);
    void releaseReg(int reg, int slots);
    int maxOut = 0;                    // outgoing area slots used

    // ---- code
    int pc() const { return int(fn.code.size()); }
    void emit(Opcode op, int a, int b, int c);
    void emitBx(Opcode op, int a, int bx);
    void emitSBx(Opcode op, int a, int sbx);
    void emitJump(Label& label);                        // JMP to label
    void emitBranch(Opcode op, int b, int c, Label& label);  // BR* + JMP
    void emitExtra(uint32_t word);
    void place(Label& label);
    int constant(uint64_t bits);
    int divisor(int64_t d);
    void loadInt(int reg, int64_t v);
    void move(int to, int from, int slots);
    void finish();
    void noteOut(int reg, int fieldIndex);
    std::vector<std::pair<int, int>> temps;             // (reg, slots) allocated, in order
    void keep(const Value& v);                          // a temp becomes long-lived (a variable)
    void releaseTempsTo(size_t mark);
    bool isTemp(int reg) const;                         // a temp of the current statement, not a variable
    Value ownedCopy(const Value& v);                    // v itself if a temp, else a copy in a new temp
    void releaseDeclaredTo(size_t mark);                // end of a scope: its variables' registers
    std::vector<std::pair<int, int>> outFixups;         // (pc, field 0..2)
    std::vector<std::pair<int, Label*>> jumpFixups;
    std::unordered_map<uint64_t, int> constIndex;

    // ---- variables and control
    std::unordered_map<const Var*, VarLoc> vars;
    std::vector<LoopTargets> targets;
    std::unordered_map<std::string_view, Label*> labels;
    std::deque<Label> labelStore;
    Label* newLabel() { return &labelStore.emplace_back(); }
    bool hasDefer = false;
    bool hasGoto = false;                // a backward goto makes a loop no region releases
    std::vector<bool> iterationScopes;   // per enclosing loop: does it release its region every iteration?
    Label* epilogue = nullptr;           // functions with defers return through it
    std::vector<VarLoc> resultVars;      // functions with defers or named results
    std::unordered_set<const Var*> boxedVars;    // captured or address-taken
    std::unordered_set<const Var*> mutatedVars;  // assigned after declaration
    std::vector<const Var*> captures;            // closures: captured vars in order

    void bindParams(Signature* s, const ast::FuncType* type, ast::FieldList* recvList);
    bool canBorrowParams(const ast::BlockStmt* body, Signature* s) const;
    bool borrowParams = false;  // aggregate parameters use the caller's storage (canBorrowParams)
    std::vector<std::pair<int, int>> declared;          // registers of variables in scope
    Label* fallthroughTarget = nullptr;
    std::vector<Type*> multiTypes;                      // types of the last compileMultiValue
    Value zeroValue(Type* t, Place place);
    bool valuesInArena() const;
    Place tempPlace() const;
    Place placeFor(const Var* v) const;
    void emitNewValue(int reg, Type* t, Place place, int arenaSite);
    Value compileValueAt(ast::Expr* e, Type* target, Place place);
    std::vector<Value> evaluateRhs(const ast::List<ast::Expr*>& rhs, size_t count,
                                   const std::function<Type*(size_t)>& targetType,
                                   const std::function<Place(size_t)>& adoptedAt = {});
    std::vector<Value> compileMultiValue(ast::Expr* e, size_t count);
    std::vector<SlotTag> tagsAt(const Value& v);
    Value emitBinaryOp(Tok op, Type* t, Value x, ast::Expr* right, int dest);
    std::vector<Var*> definedVars(ast::Stmt* init);
    void bindRangeVar(ast::Expr* e, bool define, const Value& v, Type* t);
    void bindRangeVars(ast::RangeStmt* s, bool define, const Value& key, Type* keyType, const Value* value,
                       Type* valueType);
    std::vector<std::pair<Value, Type*>> evaluateArgs(ast::CallExpr* call, Signature* s, int firstOut = -1);
    CallPlan planCall(ast::CallExpr* call, bool argsToOut = false);
    CallPlan planCallee(ast::CallExpr* call, int* firstOut, bool argsToOut = false);
    void emitPlannedCall(const CallPlan& plan, const std::vector<Value>& args);

    // ---- statements (codegen_stmt.cpp)
    void compileBody(ast::BlockStmt* body);
    void compileBlock(const ast::List<ast::Stmt*>& stmts);
    void compileStmt(ast::Stmt* s);
    void compileAssign(ast::AssignStmt* s);
    void compileDefine(const ast::List<ast::Expr*>& lhs, const ast::List<ast::Expr*>& rhs, bool define);
    void compileOpAssign(ast::AssignStmt* s);
    void compileIncDec(ast::IncDecStmt* s);
    void compileIf(ast::IfStmt* s);
    void compileFor(ast::ForStmt* s, std::string_view label);
    struct CountedLoop {
        int counter = -1, bound = -1, step = -1;
        Opcode op = Opcode::FORLT;
    };
    bool countedLoop(ast::ForStmt* s, CountedLoop& loop);
    Var* registerVar(ast::Expr* e);
    Var* registerInt(ast::Expr* e);
    int loopConstant(int64_t value);
    int loopOperand(ast::Expr* e);
    void emitCountedTest(int counter, int bound, int step, Label& body, Opcode op = Opcode::FORLT);
    void compileRange(ast::RangeStmt* s, std::string_view label);
    void compileSwitch(ast::SwitchStmt* s, std::string_view label);
    void compileTypeSwitch(ast::TypeSwitchStmt* s, std::string_view label);
    void compileReturn(ast::ReturnStmt* s);
    bool returnsInPlace(ast::ReturnStmt* s);
    bool returnsCallResults(ast::ReturnStmt* s);
    void compileBranchStmt(ast::BranchStmt* s);
    void compileDeferOrGo(ast::Expr* callExpr, Pos pos, Opcode op);  // op: DEFER or GO
    void deferBuiltin(ast::CallExpr* call, Opcode op);
    void deferInline(ast::CallExpr* call, Opcode op, const std::function<void(FuncBuilder&)>& compileCall);
    void fatalIfNil(int reg, std::string_view message);
    void emitDeferThunk(const std::vector<Type*>& types, const std::vector<Value>& values, Opcode op,
                        const std::function<void(FuncBuilder&, std::vector<Value>&)>& body);

    // ---- channels (codegen_chan.cpp)
    void compileSend(ast::SendStmt* s);
    std::vector<Value> compileRecv(ast::UnaryExpr* e, bool withOk);
    void compileRangeChan(ast::RangeStmt* s, std::string_view label, Label* brk, Label* cont);
    void compileSelect(ast::SelectStmt* s, std::string_view label);
    void compileVarDecl(ast::GenDecl* d);
    void emitReturnValues(const std::vector<Value>& values);
    void emitEpilogue();
    void declareVar(Var* v, Value init);
    VarLoc boxVar(Var* v, Value init);
    void emitNewCell(int reg, const Var* v);
    void renewLoopVar(Var* v);
    int openIterationRegion(ast::Stmt* loop, const std::vector<Var*>& loopVars);

    // ---- expressions (codegen_expr.cpp)
    Value compileExpr(ast::Expr* e);
    void compileExprTo(ast::Expr* e, const Value& dest);
    Value compileExprTyped(ast::Expr* e, Type* target);  // with implicit conversion to target
    std::vector<Value> compileMulti(ast::Expr* e, int dest = -1);       // calls, comma-ok forms
    Value compileConstant(const Constant& c, Type* t);
    Value compileIdent(ast::Ident* id);
    Value compileBinary(ast::BinaryExpr* e);
    Value compileComparison(Tok op, Type* operandType, Value x, Value y, Type* xt, Type* yt);
    Value compileUnary(ast::UnaryExpr* e);
    Value compileSelector(ast::SelectorExpr* e);
    Value compileIndex(ast::IndexExpr* e);
    // R[dst] = s[i] and s[i] = R[v]: typed instructions for 8-byte and byte
    // scalar elements, the generic ones otherwise.
    void emitSliceGet(int dst, int s, int i, Type* elem);
    void emitSliceSet(int s, int i, int v, Type* elem);
    Value compileSliceExpr(ast::SliceExpr* e);
    Value compileCompositeLit(ast::CompositeLit* e, Type* t, Place place, const EscapeSite* site = nullptr);
    Value compileLiteralAddress(ast::CompositeLit* e, Type* t, const void* node);
    Place pointeePlace(const void* node) const;
    Value compileFuncLit(ast::FuncLit* e);
    Value compileTypeAssert(ast::TypeAssertExpr* e, bool commaOk);
    Value compileStar(ast::StarExpr* e);
    void compileCondJump(ast::Expr* cond, bool jumpIf, Label& target);
    Value convert(Value v, Type* from, Type* to);
    Value sliceToArray(Value s, int64_t n, Type* to);
    Value toIface(Value v, Type* from, Type* ifaceType);
    Value normalizeInt(Value v, Type* t);  // re-extend narrow integers
    Value loadVar(const VarLoc& loc);
    int globalAddress(uint32_t word);
    void storeVar(const VarLoc& loc, const Value& v);
    Value load(Type* t, int ptr, int64_t offset, int dest = -1);  // dest: a register for a non-aggregate, or -1
    void store(Type* t, int ptr, int64_t offset, const Value& v);
    Value copyAggregate(const Value& v, Type* t, Place place);  // v itself if fresh and placed well enough
    int addressOf(ast::Expr* e);                    // register with the address (caller releases)
    Value fieldAddress(Value base, Type* baseType, const std::vector<int>& path, size_t count, Type** finalType,
                       int64_t* trailing = nullptr);
    int mapKeyOperand(Value key, Type* keyType, bool* byAddress);

    // ---- lvalues
    LValue lvalueOf(ast::Expr* e);
    void pinOperands(LValue& lv);
    Value loadLValue(const LValue& lv);
    void storeLValue(const LValue& lv, const Value& v);
    void releaseLValue(const LValue& lv);

    // ---- calls (codegen_call.cpp)
    std::vector<Value> compileCall(ast::CallExpr* call, int dest = -1);
    std::vector<Value> compileSchedOp(ast::CallExpr* call, Func* f, vm::SchedOp op);
    std::vector<Value> compileBuiltinCall(ast::CallExpr* call, BuiltinId id);
    bool spreadsResults(ast::CallExpr* call);
    std::vector<Value> compileBuiltinSpread(ast::CallExpr* call, BuiltinId id);
    void emitDelete(Value m, Value key, Type* mapType);
    Value emitCopy(Value dst, Type* dstType, Value src, Type* srcType);
    Value appendValues(ast::CallExpr* call, Value s, const std::vector<Value>& values);
    void minMaxStep(Value acc, Value v, Type* t, bool isMin);
    void printValue(const Value* v, Type* t, vm::PrintKind kind = vm::PrintKind::Newline);
    Value compileConversion(ast::CallExpr* call, Type* to);
    std::vector<Value> emitCallResults(Signature* sig, int dest = -1);
    void placeArgs(const std::vector<Value>& args, int firstOut);
    std::vector<Value> compileArgs(ast::CallExpr* call, Signature* sig, int skipParams);
    Value methodValue(ast::SelectorExpr* e);
    Value methodExpr(ast::SelectorExpr* e);
    CallPlan methodPlan(ast::SelectorExpr* sel, const Selection& s, bool receiverToOut = false);
    bool receiverInPlace(ast::CallExpr* call, ast::SelectorExpr* sel, const Selection& s);
    CallPlan methodPlanFrom(Value base, Type* baseType, const std::vector<int>& index, Func* method);
    CallPlan staticMethodPlan(Func* method);
    std::vector<Value> beginForwarder(const std::vector<Type*>& params, Signature* resultsOf);
    void emitValueMethodNilCheck(const Value& ptr, Type* ptrType, Func* method);
    void endForwarder(const CallPlan& plan, const std::vector<Value>& args);
    void emitPrint(ast::CallExpr* call, bool newline);
    Value compileAppend(ast::CallExpr* call, int dest);
    Value compileMake(ast::CallExpr* call);
    Value compileMinMax(ast::CallExpr* call, bool isMin);

    // ---- evaluation order (codegen_order.cpp)
    OrderedScope orderOperands(const std::vector<OrderPart>& parts);
    OrderedScope orderValues(const ast::List<ast::Expr*>& values, size_t count, const std::function<Type*(size_t)>& target);
    OrderedScope orderAssign(const ast::List<ast::Expr*>& lhs, const ast::List<ast::Expr*>& rhs);
    OrderedScope orderDeferArgs(ast::CallExpr* call, CallPlan& plan);

    // expression internals (codegen_expr.cpp)
    int hint = -1;                     // preferred destination of the next result
    const ast::Expr* boxSource = nullptr;  // the expression the next interface box converts (escape site)
    std::unordered_map<const ast::Expr*, Value> preset;  // already evaluated (deferred builtins' arguments, orderOperands)
    struct Results {
        std::vector<Value> values;
        std::vector<Type*> types;
    };
    std::unordered_map<const ast::Expr*, Results> presetResults;  // multi-value calls and receives (orderOperands)
    int lastMapOk = -1;                // register of the last comma-ok flag
    Value resultFor(Type* t);
    VarLoc varLoc(Var* v, Pos pos);
    void copyInto(int destPtr, const Value& v, Type* t);
    int addOffset(int ptr, int64_t offset);
    void emitAddr(int dest, int ptr, int64_t offset);
    uint64_t checkedOffset(int64_t offset);  // unsupported beyond kMaxOffset
    int constOperand(ast::Expr* e, Type* t);
    Value compileShift(ast::BinaryExpr* e, Type* t);
    bool tv_isNilType(Type* t) const;
    void emitCondJumpOnReg(int reg, bool jumpIf, Label& target);
    Value allocate2Scalar();
    int elementAddress(ast::IndexExpr* e);
    Value compileElement(ast::Expr* e, Type* elemType);
    std::vector<const Var*> capturesOf(ast::FuncLit* lit);

    // frame arena sites (codegen.cpp)
    int arenaSite(const void* node, Pos pos);
    int newArenaSite(Pos pos, const EscapeSite* site = nullptr);
    // Allocation sites for --stats (vm::Program::allocSites). heapSite: the
    // next instruction emitted allocates on the heap for `site` (null: an
    // allocation the escape pass does not report). finishSites gives every
    // allocating instruction of the function a site (finish() calls it).
    const EscapeSite* escapeSite(const void* node) const;
    void heapSite(const EscapeSite* site, Pos pos);
    uint32_t addSite(Pos pos, const EscapeSite* site, bool arena);
    void finishSites();

    // helpers
    TypeAndValue tv(ast::Expr* e) const;
    Type* typeOf(ast::Expr* e) const;
    void setLine(Pos p) { if (p.line) line = int(p.line); }
    [[noreturn]] void unsupported(Pos p, const std::string& what);
};

// The presets orderOperands made for one statement: they are erased when
// the scope ends, after the statement is compiled.
class OrderedScope {
public:
    OrderedScope(FuncBuilder& b, std::vector<const ast::Expr*> nodes) : b_(b), nodes_(std::move(nodes)) {}
    OrderedScope(const OrderedScope&) = delete;
    OrderedScope& operator=(const OrderedScope&) = delete;
    ~OrderedScope() {
        for (const ast::Expr* e : nodes_) b_.preset.erase(e), b_.presetResults.erase(e);
    }

private:
    FuncBuilder& b_;
    std::vector<const ast::Expr*> nodes_;
};

// A function body waiting to be compiled.
struct PendingFunc {
    enum Kind : uint8_t { Decl, Lit, IfaceWrapper, BoundMethod, DeferThunk } kind;
    uint32_t index;                   // into Program::functions
    Func* func = nullptr;             // Decl, wrappers: the method

    PendingFunc(Kind k, uint32_t i, Func* f = nullptr) : kind(k), index(i), func(f) {}
    ast::FuncLit* lit = nullptr;
    const Package* pkg = nullptr;
    const void* ownerOfLit = nullptr;
    Type* recvType = nullptr;         // wrappers: the receiver type as the interface holds it
    std::vector<int> path;            // wrappers: embedded-field path to the method's receiver
    std::vector<const Var*> captures; // Lit
};

class Codegen {
public:
    Codegen(const types::Program& program, Diagnostics& diags);
    std::unique_ptr<vm::Program> run();

    const types::Program& checked;
    const Info& info;
    Diagnostics& diags;
    std::unique_ptr<vm::Program> out;

    // functions
    std::unordered_map<const Func*, uint32_t> funcIndex;
    std::deque<PendingFunc> pending;
    uint32_t functionFor(Func* f);          // compiles lazily
    uint32_t newFunction(std::string name, const Package* pkg, int line);
    uint32_t wrapperFor(Type* recvType, Func* method, const std::vector<int>& path, bool indirectRecv);
    std::map<std::string, uint32_t> wrappers;
    int funcLitCounter(const std::string& outer);
    std::unordered_map<std::string, int> litCounters;
    void compilePending(PendingFunc& p);
    void compileDecl(PendingFunc& p);
    void compileLit(PendingFunc& p);
    void compileWrapper(PendingFunc& p);

    // types (codegen_types.cpp)
    uint32_t typeIndex(Type* t);
    const rt::TypeDesc* typeDesc(Type* t) { return out->types[typeIndex(t)]; }
    std::string typeKey(Type* t);
    std::string rtypeName(Type* t);
    std::unordered_map<std::string, uint32_t> typeIndexByKey;
    std::vector<std::pair<rt::TypeDesc*, Type*>> methodTablesToFill;
    void fillMethodTables();
    uint32_t structTypeFor(const std::vector<Type*>& fields);   // anonymous boxes (defer args)

    // strings, methods
    uint32_t stringIndex(std::string_view s);
    std::unordered_map<std::string, uint32_t> stringIndexMap;
    uint32_t methodNameIndex(std::string_view name);

    // globals
    std::unordered_map<const Var*, uint32_t> globalWords;
    void layoutGlobals();

    std::vector<types::Type*> ownedTypes;  // synthesized types::Type objects
    const EscapeResult* escapes = nullptr;  // null: every allocation on the heap
    std::function<std::shared_ptr<const rt::NativeBinding>(const types::Func&, std::string&)> bindNative;
    void bindFunction(const Func& f, vm::Function& fn);
    bool exportFunctions = false;
    void addExports();

    // Variables that live in cells (captured by reference or address-taken),
    // variables closures capture by value, and what each closure captures,
    // found by a pass over each top-level function (analyzeFunction) and each
    // package variable initializer (analyzeInitializer).
    std::unordered_set<const Var*> boxed;
    std::unordered_set<const Var*> byValue;
    std::unordered_map<const ast::FuncLit*, std::vector<const Var*>> litCaptures;
    std::unordered_set<const Var*> heapCells;  // captured by a closure that escapes
    void analyzeFunction(ast::FuncDecl* decl);
    void analyzeInitializer(ast::Expr* rhs);
    void analyzeCaptures(const void* root, types::Signature* rootSig,
                         const std::function<void(ast::ChildVisitor&)>& walk);
    void setCaptures(vm::Function& f, const std::vector<std::pair<int, SlotTag>>& words);
    std::unordered_map<int, uint32_t> printFunctions;
    uint32_t printFunction(vm::PrintKind kind, const std::vector<vm::SlotKind>& kinds);
    std::vector<int64_t> boxOffsets(const std::vector<Type*>& fields);
    bool failed = false;
    void error(Pos pos, std::string message);

    // ---- added for codegen_types.cpp: ownership of what structTypeFor
    // synthesizes (types::Struct and its field Vars, and the field names
    // the Vars' string_views point to).
    std::vector<std::unique_ptr<types::Type>> synthTypes;
    std::vector<std::unique_ptr<types::Object>> synthObjects;
    std::deque<std::string> synthNames;
};

// Layout queries (codegen_types.cpp).
bool isAggregate(Type* t);
int slotCount(Type* t);
std::vector<SlotTag> shapeOf(Type* t);
vm::SlotKind gcKind(SlotTag tag);

// Whether evaluating `e` is free of calls and allocations, so that it leaves
// the outgoing call area alone (codegen_call.cpp).
bool isSimple(const Info& info, ast::Expr* e);

// Thrown by FuncBuilder::unsupported; caught per function.
struct CodegenError {
    Pos pos;
    std::string message;
};

}  // namespace govm::codegen
