// The VM object: construction, running a program, GC roots, and the
// services natives get through rt::NativeContext.
#include "vm/vm.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstring>

#include "runtime/map.hpp"
#include "vm/state.hpp"

namespace govm::vm {

namespace {

// Map iterators are heap objects whose first words point into the heap.
constexpr rt::TypeDesc kMapIterType = [] {
    rt::TypeDesc t{};
    t.kind = rt::Kind::Raw;
    t.align = 8;
    t.hasPointers = true;
    t.size = sizeof(rt::MapIter);
    t.name = "runtime.hiter";
    t.rawPointerWords = rt::kMapIterPointerWords;
    return t;
}();

// What NativeContext::pin holds: any interface value.
constexpr rt::TypeDesc kPinnedIfaceType = [] {
    rt::TypeDesc t{};
    t.kind = rt::Kind::Interface;
    t.align = 8;
    t.hasPointers = true;
    t.size = 16;
    t.name = "interface {}";
    return t;
}();

constexpr size_t kZeroBlockWords = 8192;  // zero values up to 64 KiB share one block

void defaultOutput(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n <= 0) return;
        bytes.remove_prefix(size_t(n));
    }
}

}  // namespace

VMState::VMState(const Program& p, VMConfig c) : program(p), config(std::move(c)), heap(config.heap) {
    if (!config.output) config.output = defaultOutput;
    globals.assign(program.globalWords, 0);
    for (const rt::TypeDesc* type : program.types) typesByName.try_emplace(type->name, type);
    zeroBlock.assign(kZeroBlockWords, 0);
    size_t bytes = config.stackSlots * sizeof(Slot);
    void* memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (memory == MAP_FAILED) {
        config.stackSlots = 1 << 16;
        bytes = config.stackSlots * sizeof(Slot);
        memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    }
    stack = static_cast<Slot*>(memory);
    stackEnd = stack + config.stackSlots;
    instructionsLeft = config.maxInstructions;
    if (config.checkArena) {
        config.arena.check = true;
        arenaChecker = std::make_unique<rt::ArenaChecker>([this](uint32_t site) {
            return site < program.arenaSites.size() ? program.arenaSites[site] : "site " + std::to_string(site);
        });
        arenaChecker->install(heap);
    }
    if (config.gcTrace) heap.setTrace(config.gcTrace);
    if (config.stats) {
        statsRecorder = std::make_unique<StatsRecorder>(*this);
        heap.setObserver(statsRecorder.get());
    }
    auto main = std::make_unique<Goroutine>();
    main->id = 1;
    main->status = GStatus::Running;
    current = main.get();
    goroutines.push_back(std::move(main));
    frames.reserve(256);
}

VMState::~VMState() {
    Slot* mainStack = goroutines.empty() || current == goroutines[0].get() ? stack : goroutines[0]->stack;
    if (mainStack) munmap(mainStack, config.stackSlots * sizeof(Slot));
    freeGoroutineStacks();
}

const rt::TypeDesc* VMState::mapIterType() const { return &kMapIterType; }

void VMState::collectNow() { heap.collect(*this); }

// One goroutine's roots: its frames' registers (by each function's slot
// kinds), closures, deferred calls and panic values.
static void scanGoroutine(rt::Marker& marker, const rt::FrameArena* arena, const FrameStack& frames,
                          const std::vector<DeferRecord>& defers, const std::vector<PanicRecord>& panics) {
    for (const Frame& frame : frames) {
        const Function* fn = frame.fn;
        if (frame.kind == FrameKind::Native) {
            marker.markSlots(&frame.base->u, reinterpret_cast<const uint8_t*>(fn->paramKinds.data()),
                             fn->paramKinds.size());
            continue;
        }
        marker.markSlots(&frame.base->u, reinterpret_cast<const uint8_t*>(fn->slotKinds.data()), fn->slotKinds.size());
        marker.markPointer(frame.closure);
    }
    for (const DeferRecord& record : defers) marker.markPointer(record.fn);
    for (const PanicRecord& p : panics) marker.markIface(p.value.type, p.value.data);
    if (arena) arena->scanRoots(marker);
}

void VMState::scanRoots(rt::Marker& marker) {
    scanGoroutine(marker, current->arena.get(), frames, defers, panics);
    for (const auto& g : goroutines) {
        if (g.get() == current) continue;
        scanGoroutine(marker, g->arena.get(), g->frames, g->defers, g->panics);
        marker.markIface(g->wakePanic.type, g->wakePanic.data);
    }
    for (const GlobalRoot& root : program.globalRoots) {
        marker.markValue(root.type, &globals[root.wordOffset]);
        if (arenaChecker) arenaChecker->checkRoot(root.type, &globals[root.wordOffset], "a global variable");
    }
    marker.markPointer(argsSlice.slice.data);
    marker.markPointer(envSlice.slice.data);
    // Register forms: an interface is (type, data); every other kind that
    // holds pointers has its pointer in the first word.
    for (const PinnedValue& v : pinnedValues) {
        if (v.type == nullptr) continue;
        if (v.type->kind == rt::Kind::Interface) marker.markIface(static_cast<const rt::TypeDesc*>(v.words[0].p), v.words[1].u);
        else marker.markPointer(v.words[0].p);
    }
}

// ---- rt::NativeContext

void* VMState::allocate(const rt::TypeDesc* type, uint64_t count) { return allocOrDie(type, count); }

rt::String VMState::newString(std::string_view bytes) { return makeString(bytes); }

void VMState::invoke(const rt::Closure* fn, const Slot* args, int argSlots, Slot* results, int resultSlots) {
    const Function* callee = static_cast<const Function*>(fn->fn);
    const Frame& top = frames.back();
    Slot* base = top.base + std::max<size_t>(top.fn->frameSize, size_t(top.fn->paramSlots) + 16);
    if (argSlots > 0) std::memcpy(base, args, sizeof(Slot) * size_t(argSlots));  // args may be null then
    if (callee->isNative()) {
        callNative(callee, base, frames.size());
    } else {
        size_t depth = frames.size();
        pushFrame(callee, base, fn, FrameKind::NativeEntry);
        execute(depth);
    }
    if (resultSlots > 0) std::memcpy(results, base, sizeof(Slot) * size_t(resultSlots));  // results may be null then
}

// The static closure of `receiver`'s method `name`, if it has the signature.
const rt::Closure* VMState::methodClosure(rt::Iface receiver, std::string_view name, std::string_view signature) {
    const rt::MethodDesc* method = receiver.type ? rt::findMethod(receiver.type, name) : nullptr;
    if (!method || method->signature != signature) return nullptr;
    return static_cast<const Function*>(method->fn)->staticClosure;
}

bool VMState::callStringMethod(rt::Iface receiver, std::string_view name, std::string& out) {
    const rt::Closure* closure = methodClosure(receiver, name, "func() string");
    if (!closure) return false;
    Slot arg;
    arg.u = receiver.data;
    Slot result[2];
    invoke(closure, &arg, 1, result, 2);
    out.assign(static_cast<const char*>(result[0].p), size_t(result[1].i));
    return true;
}

// fmt's catchPanic: a panic that leaves the method ends here. Only the
// panics the call started are over; older ones stay (fmt may be printing
// from a deferred call while its goroutine panics).
rt::NativeContext::MethodCall VMState::callMethodRecover(rt::Iface receiver, std::string_view name,
                                                         std::string_view signature, const Slot* args, int argSlots,
                                                         Slot* results, int resultSlots, rt::Iface& recovered) {
    const rt::Closure* closure = methodClosure(receiver, name, signature);
    if (!closure) return MethodCall::NoMethod;
    Slot in[kMaxRegisters];
    if (argSlots + 1 > int(std::size(in))) return MethodCall::NoMethod;
    in[0].u = receiver.data;
    std::copy(args, args + argSlots, in + 1);
    size_t depth = frames.size();
    size_t panicDepth = panics.size();
    try {
        invoke(closure, in, argSlots + 1, results, resultSlots);
        return MethodCall::Ok;
    } catch (const NestedUnwind&) {
        recovered = panics.back().value;
        panics.resize(panicDepth);
        if (panics.empty()) signalled = false;
        dropFrames(depth);
        return MethodCall::Panicked;
    }
}

rt::NativeContext::MethodCall VMState::callStringMethodRecover(rt::Iface receiver, std::string_view name,
                                                               std::string& out, rt::Iface& recovered) {
    Slot result[2];
    MethodCall outcome = callMethodRecover(receiver, name, "func() string", nullptr, 0, result, 2, recovered);
    if (outcome == MethodCall::Ok) out.assign(static_cast<const char*>(result[0].p), size_t(result[1].i));
    return outcome;
}

uint32_t VMState::pin(rt::Iface value) {
    Slot words[2];
    words[0].p = const_cast<rt::TypeDesc*>(value.type);
    words[1].u = value.data;
    return pinSlots(&kPinnedIfaceType, words);
}

void VMState::unpin(uint32_t handle) {
    pinnedValues[handle].type = nullptr;
    freePins.push_back(handle);
}

uint32_t VMState::pinSlots(const rt::TypeDesc* type, const Slot* value) {
    PinnedValue entry{type, {}};
    std::memcpy(entry.words, value, sizeof(Slot) * size_t(registerSlots(type)));
    if (freePins.empty()) {
        pinnedValues.push_back(entry);
        return uint32_t(pinnedValues.size() - 1);
    }
    uint32_t handle = freePins.back();
    freePins.pop_back();
    pinnedValues[handle] = entry;
    return handle;
}

void VMState::write(int fd, std::string_view bytes) { config.output(fd, bytes); }

rt::Slice VMState::stringsSlice(StringsSlice& cache, const std::vector<std::string>& strings) {
    if (!cache.made && !strings.empty()) {
        auto* data = static_cast<rt::String*>(allocOrDie(program.stringType, strings.size()));
        for (size_t i = 0; i < strings.size(); ++i) data[i] = makeString(strings[i]);
        cache.slice = {data, int64_t(strings.size()), int64_t(strings.size())};
        cache.made = true;
    }
    return cache.slice;
}

rt::Slice VMState::osArgs() { return stringsSlice(argsSlice, config.args); }

rt::Slice VMState::osEnv() { return stringsSlice(envSlice, config.env); }

size_t VMState::readInput(char* buffer, size_t size) { return config.input ? config.input(buffer, size) : 0; }

const rt::TypeDesc* VMState::typeOf(std::string_view name) {
    auto it = typesByName.find(name);
    return it == typesByName.end() ? nullptr : it->second;
}

void VMState::panicRuntimeError(std::string_view text) { throw NativePanic{runtimeError(text)}; }

void VMState::panicValue(rt::Iface value) { throw NativePanic{value}; }

void VMState::exit(int code) { throw ExitRequest{code}; }

// ---- VM

VM::VM(const Program& program, VMConfig config) : state_(std::make_unique<VMState>(program, std::move(config))) {}

VM::~VM() = default;

// Runs `function` on the idle main goroutine until it returns. Returns
// false after a failure (the VM is then dead). ExitRequest is how os.Exit,
// fatal errors and uncaught panics leave the loop.
static bool runToCompletion(VMState& vm, const Function* function, const Slot* args, int argSlots) {
    if (vm.failure.kind != FailureKind::None) return false;
    try {
        if (argSlots > 0) std::memcpy(vm.stack, args, sizeof(Slot) * size_t(argSlots));
        vm.pushFrame(function, vm.stack, function->staticClosure, FrameKind::Root);
        vm.execute(0);
    } catch (const ExitRequest& request) {
        if (vm.failure.kind == FailureKind::None) {
            vm.failure.kind = FailureKind::Exit;
            vm.failure.message = "exit status " + std::to_string(request.code);
            vm.failure.exitCode = request.code;
        }
        return false;
    }
    return true;
}

int VM::run() {
    VMState& vm = *state_;
    if (runToCompletion(vm, vm.program.functions[vm.program.entry].get(), nullptr, 0)) return 0;
    return vm.failure.exitCode;
}

bool VM::initialize() {
    VMState& vm = *state_;
    return runToCompletion(vm, vm.program.functions[vm.program.initEntry].get(), nullptr, 0);
}

bool VM::call(uint32_t function, const Slot* args, int argSlots, Slot* results, int resultSlots) {
    VMState& vm = *state_;
    if (!runToCompletion(vm, vm.program.functions[function].get(), args, argSlots)) return false;
    if (resultSlots > 0) std::memcpy(results, vm.stack, sizeof(Slot) * size_t(resultSlots));
    return true;
}

const Failure& VM::failure() const { return state_->failure; }

void VM::interrupt() {
    std::lock_guard<std::mutex> lock(state_->interruptMutex);
    state_->interruptRequested.store(true, std::memory_order_relaxed);
    state_->interruptSignal.notify_all();
}

uint32_t VM::pin(const rt::TypeDesc* type, const Slot* value) { return state_->pinSlots(type, value); }

const Slot* VM::pinned(uint32_t handle) const { return state_->pinnedValues[handle].words; }
const rt::TypeDesc* VM::pinnedType(uint32_t handle) const { return state_->pinnedValues[handle].type; }

void VM::unpin(uint32_t handle) { state_->unpin(handle); }

void VM::collectGarbage() { state_->collectNow(); }

rt::NativeContext& VM::context() { return *state_; }

rt::Map* VM::newMap(const rt::TypeDesc* type, int64_t hint) {
    rt::Map* map = rt::mapNew(state_->heap, type, hint);
    if (!map) state_->fatal(kOutOfMemory);
    return map;
}

void* VM::mapAssign(rt::Map* map, const void* key) {
    void* to = rt::mapAssign(state_->heap, map, key);
    if (!to) state_->fatal(kOutOfMemory);
    return to;
}

void VM::box(const rt::TypeDesc* type, const Slot* value, Slot* iface) { state_->makeIface(type, value, iface); }

const rt::HeapStats& VM::heapStats() const { return state_->heap.stats(); }

RunStats VM::stats() const { return collectRunStats(*state_); }

}  // namespace govm::vm
