// The code generator's driver: the program entry, the worklist of
// functions, registers and instruction emission. Expressions, statements
// and calls are in codegen_expr.cpp, codegen_stmt.cpp and codegen_call.cpp;
// type descriptors in codegen_types.cpp.
#include "compiler/codegen.hpp"

#include <algorithm>
#include <cstring>

#include "compiler/codegen_impl.hpp"
#include "vm/builtin_natives.hpp"
#include "vm/state.hpp"  // vm::Conversion (site descriptions)

namespace govm {

std::unique_ptr<vm::Program> generateProgram(const types::Program& program, Diagnostics& diags,
                                             const CodegenOptions& options) {
    codegen::Codegen gen(program, diags);
    gen.escapes = options.escapes;
    gen.bindNative = options.bindNative;
    gen.exportFunctions = options.exportFunctions;
    return gen.run();
}

std::unique_ptr<vm::Program> generateProgram(const types::Program& program, Diagnostics& diags,
                                             const EscapeResult* escapes) {
    CodegenOptions options;
    options.escapes = escapes;
    return generateProgram(program, diags, options);
}

}  // namespace govm

namespace govm::codegen {

Codegen::Codegen(const types::Program& program, Diagnostics& d) : checked(program), info(program.info), diags(d) {}

void Codegen::error(Pos pos, std::string message) {
    diags.error(pos, std::move(message));
    failed = true;
}

uint32_t Codegen::stringIndex(std::string_view s) {
    auto [it, inserted] = stringIndexMap.try_emplace(std::string(s), uint32_t(out->strings.size()));
    if (inserted) out->strings.emplace_back(s);
    return it->second;
}

uint32_t Codegen::methodNameIndex(std::string_view name) {
    for (size_t i = 0; i < out->methodNames.size(); ++i)
        if (out->methodNames[i] == name) return uint32_t(i);
    out->methodNames.push_back(name);
    return uint32_t(out->methodNames.size() - 1);
}

uint32_t Codegen::newFunction(std::string name, const Package* pkg, int line) {
    auto fn = std::make_unique<vm::Function>();
    fn->name = std::move(name);
    fn->file = pkg && !pkg->files.empty() ? std::string_view(pkg->files[0]->name) : std::string_view("<generated>");
    fn->line = line;
    auto* closure = static_cast<rt::Closure*>(std::calloc(1, sizeof(rt::Closure)));
    closure->fn = fn.get();
    fn->staticClosure = closure;
    out->ownedClosures.emplace_back(closure, [](rt::Closure* c) { std::free(c); });
    out->functions.push_back(std::move(fn));
    return uint32_t(out->functions.size() - 1);
}

// The register kinds of a signature's parameters, for native frames.
static std::vector<vm::SlotKind> paramKindsOf(Signature* sig) {
    std::vector<vm::SlotKind> kinds;
    auto add = [&](Type* t) {
        for (SlotTag tag : shapeOf(t)) kinds.push_back(gcKind(tag));
    };
    if (sig->recv) add(sig->recv->type);
    for (Var* p : sig->params->vars) add(p->type);
    return kinds;
}

static int slotsOf(Tuple* tuple) {
    int n = 0;
    for (Var* v : tuple->vars) n += slotCount(v->type);
    return n;
}

uint32_t Codegen::functionFor(Func* f) {
    auto it = funcIndex.find(f);
    if (it != funcIndex.end()) return it->second;
    int line = f->decl ? int(f->decl->pos.line) : 0;
    uint32_t index = newFunction(f->fullName(), f->pkg, line);
    funcIndex[f] = index;
    vm::Function& fn = *out->functions[index];
    Signature* sig = f->signature();
    fn.paramKinds = paramKindsOf(sig);
    fn.paramSlots = uint16_t(fn.paramKinds.size());
    fn.resultSlots = uint16_t(slotsOf(sig->results));
    fn.valueReceiver = sig->recv && !under(sig->recv->type)->as<Pointer>() && isAggregate(sig->recv->type);
    if (f->isNative()) {
        const rt::NativeEntry* entry = rt::findNative(fn.name);
        fn.native = entry ? entry->fn : nullptr;
        fn.frameSize = uint16_t(std::max(fn.paramSlots, fn.resultSlots));
        if (!fn.native) bindFunction(*f, fn);
        return index;
    }
    pending.emplace_back(PendingFunc::Decl, index, f);
    pending.back().pkg = f->pkg;
    return index;
}

// A body-less function outside the native table: the embedder's binder
// decides (host packages, //extern C functions).
void Codegen::bindFunction(const Func& f, vm::Function& fn) {
    std::string message = "govm: " + fn.name + " is not implemented";
    if (bindNative) {
        std::string reason;
        if (auto binding = bindNative(f, reason)) {
            fn.binding = binding.get();
            out->bindings.push_back(std::move(binding));
            return;
        }
        if (!reason.empty()) message = reason;
    }
    error(f.pos, message);
}

int Codegen::funcLitCounter(const std::string& outer) { return ++litCounters[outer]; }

// The arena site id for allocation `node` at `pos` when the escape pass
// proved it local (the function then opens an arena region), else -1 (and
// the next instruction is registered as the site's heap allocation).
int FuncBuilder::arenaSite(const void* node, Pos pos) {
    if (!gen.escapes || gen.escapes->isHeap(node)) {
        heapSite(escapeSite(node), pos);
        return -1;
    }
    return newArenaSite(pos, escapeSite(node));
}

int FuncBuilder::newArenaSite(Pos pos, const EscapeSite* site) {
    fn.usesArena = true;
    return int(addSite(pos, site, true));
}

// ---- allocation sites (--stats) ----------------------------------------------
//
// Every allocating instruction gets a site in Program::allocSites: the
// escape pass's sites carry their -m text and decision; allocations it does
// not report (aggregate copies, cells, channels, the standard library's Go
// code) get a description from the instruction when the function is
// finished. Heap instructions are mapped to their sites by pc in
// Function::allocSites, which only the statistics' allocation hook reads.

const EscapeSite* FuncBuilder::escapeSite(const void* node) const {
    return gen.escapes ? gen.escapes->find(node) : nullptr;
}

void FuncBuilder::heapSite(const EscapeSite* site, Pos pos) {
    fn.allocSites.push_back({uint32_t(pc()), addSite(pos, site, false)});
}

uint32_t FuncBuilder::addSite(Pos pos, const EscapeSite* site, bool arena) {
    std::string where = std::string(fn.file.empty() ? std::string_view(gen.diags.fileName()) : fn.file) + ":" +
                        std::to_string(pos.line);
    if (pos.col) where += ":" + std::to_string(pos.col);
    vm::AllocSite entry{where, site ? site->text : "", arena, ""};
    if (!arena && !gen.escapes) entry.reason = "escape analysis off";
    else if (!arena && site) entry.reason = site->heap ? site->reason : "does not escape, but govm keeps it on the heap";
    gen.out->arenaSites.push_back(where);
    gen.out->allocSites.push_back(std::move(entry));
    return uint32_t(gen.out->allocSites.size() - 1);
}

namespace {

// How an instruction allocates: not at all, on the heap, or in the arena
// with its site id in EXTRA word `siteWord`.
struct AllocOp {
    bool allocates = false;
    int siteWord = -1;
};

AllocOp allocOpOf(Opcode op) {
    switch (op) {
        case Opcode::NEW: case Opcode::NEWF: case Opcode::CLONE: case Opcode::CLONEF: case Opcode::CONCAT:
        case Opcode::CONVERT:
        case Opcode::MAKESLICE: case Opcode::APPEND: case Opcode::APPEND1: case Opcode::APPENDSL: case Opcode::MAKEMAP:
        case Opcode::MAPITER: case Opcode::MKIFACE: case Opcode::CLOSURE: case Opcode::MAKECHAN:
            return {true, -1};
        case Opcode::NEWA: case Opcode::CLONEA: case Opcode::CLOSUREA: case Opcode::MAPITERA: return {true, 0};
        case Opcode::MAKESLICEA: case Opcode::APPENDA: case Opcode::APPEND1A: case Opcode::MAKEMAPA: case Opcode::MKIFACEA:
            return {true, 1};
        default: return {};
    }
}

// What an allocation the escape pass does not report is, from its instruction.
std::string implicitSiteText(const vm::Program& program, const vm::Instruction* insn) {
    auto type = [&](uint32_t index) {
        return index < program.types.size() ? std::string(program.types[index]->name) : std::string("?");
    };
    switch (vm::opcodeOf(insn[0])) {
        case Opcode::NEW: case Opcode::NEWA: case Opcode::NEWF: return "new(" + type(vm::argBx(insn[0])) + ")";
        case Opcode::CLONE: case Opcode::CLONEA: case Opcode::CLONEF: return "copy of a " + type(vm::argBx(insn[0])) + " value";
        case Opcode::CONCAT: return "string concatenation";
        case Opcode::CONVERT:
            switch (vm::Conversion(vm::argC(insn[0]))) {
                case vm::Conversion::BytesToString: return "string([]byte)";
                case vm::Conversion::StringToBytes: return "[]byte(string)";
                case vm::Conversion::RunesToString: return "string([]rune)";
                case vm::Conversion::StringToRunes: return "[]rune(string)";
                case vm::Conversion::RuneToString: return "string(rune)";
            }
            return "string conversion";
        case Opcode::MAKESLICE: case Opcode::MAKESLICEA: return "[]" + type(insn[1]) + " backing array";
        case Opcode::APPEND: case Opcode::APPENDA: case Opcode::APPEND1: case Opcode::APPEND1A: case Opcode::APPENDSL:
            return "append";
        case Opcode::MAKEMAP: case Opcode::MAKEMAPA: return "make(" + type(insn[1]) + ")";
        case Opcode::MAPITER: case Opcode::MAPITERA: return "map iterator (range)";
        case Opcode::MKIFACE: case Opcode::MKIFACEA: return "interface box of " + type(insn[1]);
        case Opcode::CLOSURE: case Opcode::CLOSUREA: return "func value";
        case Opcode::MAKECHAN: return "make(chan " + type(insn[1]) + ")";
        default: return "allocation";
    }
}

const char* implicitSiteReason(Opcode op) {
    switch (op) {
        case Opcode::CLONE: return "a copy returned, or kept by a variable that escapes";
        case Opcode::NEWF: case Opcode::CLONEF: return "made where no arena region would free it (frame-confined)";
        case Opcode::MAKECHAN: return "channels live on the heap";
        case Opcode::APPEND: case Opcode::APPEND1: case Opcode::APPENDSL: return "append growth goes to the heap";
        default: return "not reported by escape analysis";
    }
}

}  // namespace

void FuncBuilder::finishSites() {
    std::vector<vm::SitePc> registered = std::move(fn.allocSites);
    fn.allocSites.clear();
    auto& sites = gen.out->allocSites;
    size_t next = 0;
    for (size_t at = 0; at < fn.code.size();) {
        Opcode op = vm::opcodeOf(fn.code[at]);
        size_t end = at + 1 + size_t(vm::opcodeExtraWords(op));
        if (end > fn.code.size()) break;
        AllocOp alloc = allocOpOf(op);
        while (next < registered.size() && registered[next].pc < at) ++next;
        if (alloc.allocates) {
            uint32_t site;
            if (alloc.siteWord >= 0) site = fn.code[at + 1 + size_t(alloc.siteWord)];
            else if (next < registered.size() && registered[next].pc == at) site = registered[next].site;
            else site = addSite(Pos{uint32_t(fn.lines[at]), 0}, nullptr, false);
            if (site < sites.size()) {
                vm::AllocSite& entry = sites[site];
                if (entry.expr.empty()) entry.expr = implicitSiteText(*gen.out, &fn.code[at]);
                if (!entry.arena && entry.reason.empty()) {
                    if (!gen.escapes || gen.escapes->mode == EscapeMode::Off) entry.reason = "escape analysis off";
                    else if (pkg && !gen.escapes->analysed(pkg))
                        entry.reason = "package " + pkg->path + " is not escape-analysed";
                    else entry.reason = implicitSiteReason(op);
                }
                fn.allocSites.push_back({uint32_t(at), site});
            }
        }
        at = end;
    }
}

std::unique_ptr<vm::Program> Codegen::run() {
    out = std::make_unique<vm::Program>();
    out->sourceName = diags.fileName();
    out->escapeMode = !escapes || escapes->mode == EscapeMode::Off ? "off"
                      : escapes->mode == EscapeMode::Go         ? "go"
                                                                : "govm";
    const Universe& u = checked.universe;
    out->stringType = typeDesc(u.basic(BasicKind::String));
    vm::installRuntimeErrorTypes(*out);
    layoutGlobals();

    // runtime.doInit: package variables in dependency order, then init
    // functions package by package. The entry calls it, then main.main;
    // embedders call it alone and then any exported function.
    uint32_t init = newFunction("runtime.doInit", checked.mainPackage(), 0);
    out->initEntry = init;
    {
        vm::Function& fn = *out->functions[init];
        FuncBuilder b(*this, fn, checked.mainPackage());
        try {
            for (const Initializer& initializer : info.initOrder) {
                analyzeInitializer(initializer.rhs);
                b.setLine(initializer.rhs->pos);
                bool single = initializer.lhs.size() == 1;
                OrderedScope ordered = b.orderOperands({{single ? OrderPart::Operand : OrderPart::Results, initializer.rhs,
                                                         single ? initializer.lhs[0]->type : nullptr}});
                // Several variables take a call's results or a comma-ok form's pair.
                std::vector<Value> values;
                std::vector<Type*> types;
                if (single) {
                    values = b.compileMulti(initializer.rhs);
                    types = {b.typeOf(initializer.rhs)};
                } else {
                    values = b.compileMultiValue(ast::unparen(initializer.rhs), initializer.lhs.size());
                    types = b.multiTypes;
                }
                for (size_t i = 0; i < initializer.lhs.size() && i < values.size(); ++i) {
                    Var* v = initializer.lhs[i];
                    auto g = globalWords.find(v);
                    if (v->name == "_" || g == globalWords.end()) continue;
                    VarLoc loc{VarLoc::Global, -1, g->second, v->type};
                    b.storeVar(loc, b.convert(values[i], types[i], v->type));
                }
                b.releaseTempsTo(0);
            }
            for (Package* pkg : checked.packages)
                for (Func* f : pkg->funcs)
                    if (f->name == "init" && !f->signature()->recv) {
                        b.emitBx(Opcode::CALL, 0, int(functionFor(f)));
                    }
            b.emit(Opcode::RET, 0, 0, 0);
            b.finish();
        } catch (const CodegenError& e) {
            error(e.pos, e.message);
        }
    }
    uint32_t entry = newFunction("runtime.main", checked.mainPackage(), 0);
    out->entry = entry;
    {
        vm::Function& fn = *out->functions[entry];
        FuncBuilder b(*this, fn, checked.mainPackage());
        b.emitBx(Opcode::CALL, 0, int(init));
        Object* mainObj = checked.mainPackage()->scope->lookup("main");
        if (Func* mainFunc = mainObj ? mainObj->as<Func>() : nullptr) {
            b.emitBx(Opcode::CALL, 0, int(functionFor(mainFunc)));
        }
        b.emit(Opcode::RET, 0, 0, 0);
        b.finish();
    }
    if (exportFunctions) addExports();
    while (!pending.empty() || !methodTablesToFill.empty()) {
        while (!pending.empty()) {
            PendingFunc p = std::move(pending.front());
            pending.pop_front();
            compilePending(p);
        }
        fillMethodTables();
    }
    if (failed || diags.hasErrors()) return nullptr;
    return std::move(out);
}

// Program::exports: every top-level function of package main, so that an
// embedder can call it by name with checked argument types.
void Codegen::addExports() {
    for (Func* f : checked.mainPackage()->funcs) {
        Signature* sig = f->signature();
        if (sig->recv || f->name == "init" || f->name == "_") continue;
        vm::Export e;
        e.name = f->name;
        e.function = functionFor(f);
        for (Var* p : sig->params->vars) e.params.push_back(typeDesc(p->type));
        for (Var* r : sig->results->vars) e.results.push_back(typeDesc(r->type));
        e.variadic = sig->variadic;
        out->exports.push_back(std::move(e));
    }
}

// Package variables get consecutive words. Aggregates come after everything
// else, so that the scalars GGET and GSET reach stay within Bx's 16 bits;
// an aggregate beyond them is addressed with GADDRX.
void Codegen::layoutGlobals() {
    uint32_t words = 0;
    for (bool aggregates : {false, true}) {
        for (Package* pkg : checked.packages) {
            for (Object* obj : pkg->scope->elems) {
                Var* v = obj->as<Var>();
                if (!v || isAggregate(v->type) != aggregates) continue;
                globalWords[v] = words;
                out->globalRoots.push_back({words, typeDesc(v->type)});
                words += uint32_t((sizeOf(v->type) + 7) / 8);
                if (sizeOf(v->type) == 0) words += 1;
            }
        }
    }
    out->globalWords = words;
}

void Codegen::compilePending(PendingFunc& p) {
    try {
        switch (p.kind) {
            case PendingFunc::Decl: compileDecl(p); break;
            case PendingFunc::Lit: compileLit(p); break;
            case PendingFunc::IfaceWrapper:
            case PendingFunc::BoundMethod:
            case PendingFunc::DeferThunk: compileWrapper(p); break;
        }
    } catch (const CodegenError& e) {
        error(e.pos, e.message);
    }
}

// ---------------------------------------------------------------------------
// FuncBuilder: registers and emission

FuncBuilder::FuncBuilder(Codegen& g, vm::Function& f, const Package* p) : gen(g), fn(f), pkg(p) {}

int FuncBuilder::allocate(const std::vector<SlotTag>& shape) {
    int n = int(shape.size());
    for (int i = 0;; ++i) {
        if (i + n > int(tags.size())) {
            tags.resize(size_t(i + n), SlotTag::Free);
            busy.resize(size_t(i + n), false);
        }
        bool fits = true;
        for (int j = 0; j < n && fits; ++j)
            fits = !busy[size_t(i + j)] && (tags[size_t(i + j)] == SlotTag::Free || tags[size_t(i + j)] == shape[size_t(j)]);
        if (!fits) continue;
        for (int j = 0; j < n; ++j) {
            busy[size_t(i + j)] = true;
            tags[size_t(i + j)] = shape[size_t(j)];
        }
        if (i + n > vm::kMaxRegisters - 32) unsupported(Pos{uint32_t(line), 1}, "function too large for govm's register window");
        temps.push_back({i, n});
        return i;
    }
}

Value FuncBuilder::allocValue(Type* t) {
    std::vector<SlotTag> shape = shapeOf(t);
    if (shape.empty()) shape.push_back(SlotTag::Scalar);
    return {allocate(shape), int(shape.size()), false};
}

void FuncBuilder::releaseReg(int reg, int slots) {
    if (reg < 0 || reg >= kOutBase) return;
    for (int j = 0; j < slots; ++j) busy[size_t(reg + j)] = false;
}

void FuncBuilder::release(const Value& v) { releaseReg(v.reg, v.slots); }

void FuncBuilder::keep(const Value& v) {
    for (auto it = temps.begin(); it != temps.end(); ++it)
        if (it->first == v.reg) {
            temps.erase(it);
            return;
        }
}

void FuncBuilder::releaseTempsTo(size_t mark) {
    while (temps.size() > mark) {
        releaseReg(temps.back().first, temps.back().second);
        temps.pop_back();
    }
}

bool FuncBuilder::isTemp(int reg) const {
    for (const auto& t : temps)
        if (t.first == reg) return true;
    return false;
}

Value FuncBuilder::ownedCopy(const Value& v) {
    if (isTemp(v.reg) || v.reg >= kOutBase) return v;
    Value copy{allocate(tagsAt(v)), v.slots, v.fresh};
    move(copy.reg, v.reg, v.slots);
    return copy;
}

void FuncBuilder::releaseDeclaredTo(size_t mark) {
    while (declared.size() > mark) {
        releaseReg(declared.back().first, declared.back().second);
        declared.pop_back();
    }
}

void FuncBuilder::noteOut(int reg, int fieldIndex) {
    if (reg >= kOutBase) {
        outFixups.push_back({pc(), fieldIndex});
        maxOut = std::max(maxOut, reg - kOutBase + 1);
    }
}

void FuncBuilder::emit(Opcode op, int a, int b, int c) {
    noteOut(a, 0);
    noteOut(b, 1);
    noteOut(c, 2);
    fn.code.push_back(vm::makeABC(op, unsigned(a) & 0xff, unsigned(b) & 0xff, unsigned(c) & 0xff));
    fn.lines.push_back(line);
}

void FuncBuilder::emitBx(Opcode op, int a, int bx) {
    noteOut(a, 0);
    if (bx > 0xffff) unsupported(Pos{uint32_t(line), 1}, "program too large for govm (operand overflow)");
    fn.code.push_back(vm::makeABx(op, unsigned(a) & 0xff, unsigned(bx)));
    fn.lines.push_back(line);
}

void FuncBuilder::emitSBx(Opcode op, int a, int sbx) {
    noteOut(a, 0);
    fn.code.push_back(vm::makeAsBx(op, unsigned(a) & 0xff, sbx));
    fn.lines.push_back(line);
}

void FuncBuilder::emitExtra(uint32_t word) {
    fn.code.push_back(word);
    fn.lines.push_back(line);
}

void FuncBuilder::emitJump(Label& label) {
    if (label.target >= 0) {
        fn.code.push_back(vm::makeSAx(Opcode::JMP, label.target - (pc() + 1)));
        fn.lines.push_back(line);
        return;
    }
    label.pendingJumps.push_back(pc());
    fn.code.push_back(vm::makeSAx(Opcode::JMP, 0));
    fn.lines.push_back(line);
}

void FuncBuilder::emitBranch(Opcode op, int b, int c, Label& label) {
    emit(op, 0, b, c);
    emitJump(label);
}

void FuncBuilder::place(Label& label) {
    label.target = pc();
    for (int at : label.pendingJumps)
        fn.code[size_t(at)] = vm::makeSAx(Opcode::JMP, label.target - (at + 1));
    label.pendingJumps.clear();
}

int FuncBuilder::constant(uint64_t bits) {
    auto it = constIndex.find(bits);
    if (it != constIndex.end()) return it->second;
    rt::Slot s;
    s.u = bits;
    fn.constants.push_back(s);
    int index = int(fn.constants.size() - 1);
    constIndex[bits] = index;
    return index;
}

// The index of d in the function's divisor table (DIVM/REMM), or -1 if the
// table is full for the C field.
int FuncBuilder::divisor(int64_t d) {
    for (size_t i = 0; i < fn.divisors.size(); ++i)
        if (fn.divisors[i].divisor == d) return int(i);
    if (fn.divisors.size() >= 256) return -1;
    fn.divisors.push_back(vm::makeSignedDivisor(d));
    return int(fn.divisors.size() - 1);
}

void FuncBuilder::loadInt(int reg, int64_t v) {
    if (v >= -32768 && v <= 32767)
        emitSBx(Opcode::LOADI, reg, int(v));
    else
        emitBx(Opcode::LOADK, reg, constant(uint64_t(v)));
}

void FuncBuilder::move(int to, int from, int slots) {
    if (to == from || slots == 0) return;
    if (slots == 1) emit(Opcode::MOVE, to, from, 0);
    else if (slots == 2) emit(Opcode::MOVE2, to, from, 0);
    else if (slots == 3) emit(Opcode::MOVE3, to, from, 0);
    else for (int i = 0; i < slots; ++i) emit(Opcode::MOVE, to + i, from + i, 0);
}

// Fixes the frame: its size, the pointer map, and the registers of the
// outgoing call area.
void FuncBuilder::finish() {
    int frameSize = std::max(int(tags.size()), int(fn.paramSlots));
    frameSize = std::max(frameSize, int(fn.resultSlots));
    if (frameSize + maxOut > vm::kMaxRegisters)
        unsupported(Pos{uint32_t(fn.line), 1}, "function " + fn.name + " needs more than 255 registers");
    fn.frameSize = uint16_t(frameSize);
    fn.slotKinds.assign(size_t(frameSize), vm::SlotKind::Scalar);
    for (size_t i = 0; i < tags.size(); ++i) fn.slotKinds[i] = gcKind(tags[i]);
    for (size_t i = 0; i < fn.paramKinds.size() && i < size_t(frameSize); ++i) fn.slotKinds[i] = fn.paramKinds[i];
    fn.zeroFrom = fn.zeroTo = fn.paramSlots;
    for (int i = fn.paramSlots; i < frameSize; ++i) {
        if (fn.slotKinds[size_t(i)] == vm::SlotKind::Scalar) continue;
        if (fn.zeroTo == fn.paramSlots) fn.zeroFrom = uint16_t(i);
        fn.zeroTo = uint16_t(i + 1);
    }
    for (auto [at, field] : outFixups) {
        uint32_t insn = fn.code[size_t(at)];
        int shift = 8 + 8 * field;
        uint32_t reg = (insn >> shift) & 0xff;
        reg = uint32_t(frameSize) + reg;  // the operand held (out register - kOutBase) & 0xff
        insn = (insn & ~(0xffu << shift)) | (reg & 0xff) << shift;
        fn.code[size_t(at)] = insn;
    }
    for (auto& label : labelStore)
        if (!label.pendingJumps.empty())
            unsupported(Pos{uint32_t(fn.line), 1}, "internal error: unplaced label in " + fn.name);
    finishSites();
}

TypeAndValue FuncBuilder::tv(ast::Expr* e) const {
    auto it = gen.info.types.find(e);
    if (it == gen.info.types.end()) return {};
    return it->second;
}

Type* FuncBuilder::typeOf(ast::Expr* e) const { return tv(e).type; }

void FuncBuilder::unsupported(Pos p, const std::string& what) { throw CodegenError{p, what}; }

}  // namespace govm::codegen
