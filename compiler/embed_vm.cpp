// The embedding API's VM side: configuration, errors, stats, and VM::call's
// conversion of C++ values to and from register form (runtime/value.hpp)
// against the called function's Go signature.
#include <cstring>

#include "compiler/embed_impl.hpp"
#include "runtime/value.hpp"

namespace govm {

namespace {

vm::VMConfig vmConfig(const Config& config) {
    vm::VMConfig c;
    c.heap.maxHeapBytes = config.limits.heapBytes;
    if (config.gcPercent < 0) c.heap.gcOff = true;
    else c.heap.gcPercent = uint64_t(config.gcPercent);
    if (config.limits.arenaBytes) c.arena.maxBytes = config.limits.arenaBytes;
    c.maxInstructions = config.limits.instructions;
    rt::MemoryHooks memory{config.allocator.allocate, config.allocator.release, config.allocator.user};
    c.heap.memory = memory;
    c.arena.memory = memory;
    c.stats = config.siteStats;
    if (config.limits.callDepth) c.maxCallDepth = config.limits.callDepth;
    c.args = config.args.empty() ? std::vector<std::string>{"script"} : config.args;
    c.env = config.env;
    c.input = config.in;
    std::function<void(std::string_view)> out = config.out, err = config.err;
    c.output = [out, err](int fd, std::string_view bytes) {
        const auto& sink = fd == 1 ? out : err;
        if (sink) sink(bytes);
        else std::fwrite(bytes.data(), 1, bytes.size(), fd == 1 ? stdout : stderr);
    };
    return c;
}

Error::Kind errorKind(vm::FailureKind kind) {
    switch (kind) {
        case vm::FailureKind::Panic: return Error::Kind::Panic;
        case vm::FailureKind::Exit: return Error::Kind::Exit;
        case vm::FailureKind::Deadlock: return Error::Kind::Deadlock;
        case vm::FailureKind::StackOverflow: return Error::Kind::StackOverflow;
        case vm::FailureKind::OutOfMemory: return Error::Kind::OutOfMemory;
        case vm::FailureKind::InstructionLimit: return Error::Kind::InstructionLimit;
        case vm::FailureKind::Interrupted: return Error::Kind::Interrupted;
        default: return Error::Kind::Fatal;
    }
}

Error badCall(std::string message) {
    Error e;
    e.kind = Error::Kind::BadCall;
    e.message = std::move(message);
    e.exitCode = 2;
    return e;
}

bool isInteger(rt::Kind k) { return k >= rt::Kind::Int && k <= rt::Kind::Uintptr; }

}  // namespace

VM::Impl::Impl(VM* o, const Program& p, const Config& c) : owner(o), program(p), config(c) {
    vm::VMConfig vc = vmConfig(config);
    vc.host = owner;
    vm = std::make_unique<vm::VM>(*program.impl()->program, std::move(vc));
}

Error VM::Impl::error() const {
    const vm::Failure& f = vm->failure();
    Error e;
    e.kind = errorKind(f.kind);
    e.message = f.message;
    e.exitCode = f.exitCode;
    for (const vm::TraceFrame& t : f.stack) e.stack.push_back({t.function, t.file, t.line});
    for (const StackFrame& s : e.stack)
        if (!s.file.empty()) {
            e.file = s.file;
            e.line = s.line;
            break;
        }
    return e;
}

std::string exportSignature(const vm::Export& e) {
    std::string out = "func(";
    for (size_t i = 0; i < e.params.size(); ++i) {
        if (i) out += ", ";
        if (e.variadic && i + 1 == e.params.size()) out += "..." + std::string(e.params[i]->elem->name);
        else out += e.params[i]->name;
    }
    out += ")";
    if (e.results.size() == 1) out += " " + std::string(e.results[0]->name);
    if (e.results.size() > 1) {
        out += " (";
        for (size_t i = 0; i < e.results.size(); ++i) out += (i ? ", " : "") + std::string(e.results[i]->name);
        out += ")";
    }
    return out;
}

Stats VM::stats() const {
    vm::RunStats r = impl_->vm->stats();
    Stats s;
    s.calls = r.calls;
    s.maxDepth = r.maxDepth;
    s.arena = {r.arena.objects, r.arena.bytes, r.arena.peakBytes, r.arena.iterationReleases, r.arena.spills};
    s.heap = {r.heap.objects,  r.heap.bytes,          r.heap.livePeakBytes,
              r.heap.gcCycles, r.heap.gcPauseTotalNs, r.heap.gcPauseMaxNs};
    for (const vm::SiteStats& site : r.sites)
        s.sites.push_back({site.pos, site.expr, site.arena ? "arena" : "heap", site.reason, site.objects, site.bytes});
    return s;
}

// ---- VM::call

namespace detail {

struct CallBuilder::State {
    VM::Impl& vm;
    const vm::Export* target = nullptr;
    std::string name;
    std::vector<rt::Slot> args;
    size_t next = 0;  // the parameter the next argument fills
    std::vector<rt::Slot> results;
    std::vector<int> resultOffsets;
    struct Expected {
        ResultKind kind;
        HostElem elem;
        std::string goType;  // Converted
    };
    std::vector<Expected> expected;
    Error error;
    bool failed = false;

    State(VM::Impl& v) : vm(v) {}

    // The type the next argument must convert to, or null after an error.
    const rt::TypeDesc* nextParam() {
        if (failed || !target) return nullptr;
        if (next >= target->params.size()) {
            fail("too many arguments in call to " + name + " (" + exportSignature(*target) + ")");
            return nullptr;
        }
        return target->params[next++];
    }
    void fail(std::string message) {
        if (failed) return;
        failed = true;
        error = badCall(std::move(message));
    }
    void mismatch(const rt::TypeDesc* param, std::string_view given) {
        fail("cannot use " + std::string(given) + " as " + std::string(param->name) + " value in argument " +
             std::to_string(next) + " to " + name);
    }
    void push(const rt::Slot* words, int n) { args.insert(args.end(), words, words + n); }
    // Runs a conversion that allocates in the script's heap: running out
    // ends the VM (a fatal error), which becomes this call's error instead
    // of an exception crossing the API.
    template <typename F>
    bool allocating(F&& convert) {
        try {
            convert();
            return true;
        } catch (const rt::Unwind&) {
            failed = true;
            error = vm.error();
            return false;
        }
    }
};

CallBuilder::CallBuilder(VM& vm, std::string_view name) : s_(std::make_unique<State>(vm.impl())) {
    s_->name = std::string(name);
    for (const vm::Export& e : s_->vm.program.impl()->program->exports)
        if (e.name == name) s_->target = &e;
    if (!s_->target) s_->fail("no function " + s_->name + " in package main");
}

CallBuilder::~CallBuilder() = default;

void CallBuilder::addInt(int64_t v) {
    const rt::TypeDesc* p = s_->nextParam();
    if (!p) return;
    if (!isInteger(p->kind) && p->kind != rt::Kind::Bool) return s_->mismatch(p, "a C++ integer");
    rt::Slot slot;
    slot.i = v;
    s_->push(&slot, 1);
}

void CallBuilder::addFloat(double v) {
    const rt::TypeDesc* p = s_->nextParam();
    if (!p) return;
    if (p->kind != rt::Kind::Float64 && p->kind != rt::Kind::Float32) return s_->mismatch(p, "a C++ floating-point value");
    rt::Slot slot;
    slot.f = p->kind == rt::Kind::Float32 ? double(float(v)) : v;
    s_->push(&slot, 1);
}

void CallBuilder::addString(std::string_view v) {
    const rt::TypeDesc* p = s_->nextParam();
    if (!p) return;
    if (p->kind != rt::Kind::String) return s_->mismatch(p, "a C++ string");
    rt::String str{};
    if (!s_->allocating([&] { str = s_->vm.vm->context().newString(v); })) return;
    rt::Slot words[2];
    words[0].p = const_cast<uint8_t*>(str.data);
    words[1].i = str.len;
    s_->push(words, 2);
}

void CallBuilder::addSlice(HostElem elem, const void* data, size_t count) {
    const rt::TypeDesc* p = s_->nextParam();
    if (!p) return;
    rt::Kind want = elem == HostElem::Int ? rt::Kind::Int : elem == HostElem::Float ? rt::Kind::Float64 : rt::Kind::Uint8;
    if (p->kind != rt::Kind::Slice || p->elem->kind != want) return s_->mismatch(p, "a C++ span or vector");
    void* memory = nullptr;
    if (count && !s_->allocating([&] { memory = s_->vm.vm->context().allocate(p->elem, count); })) return;
    if (count) std::memcpy(memory, data, count * p->elem->size);
    rt::Slot words[3];
    words[0].p = memory;
    words[1].i = int64_t(count);
    words[2].i = int64_t(count);
    s_->push(words, 3);
}

void CallBuilder::addValue(const Value& v) {
    const rt::TypeDesc* p = s_->nextParam();
    if (!p) return;
    if (!v) return s_->fail("empty govm::Value passed to " + s_->name);
    if (v.vm_ != s_->vm.owner) return s_->fail("a govm::Value of another VM passed to " + s_->name);
    rt::Slot words[3];
    std::string error;
    bool converted = false;
    if (!s_->allocating([&] { converted = convertValue(s_->vm.owner, v.handle_, p, words, error); })) return;
    if (!converted) return s_->mismatch(p, error);
    s_->push(words, vm::registerSlots(p));
}

void CallBuilder::addConverted(const std::string& goType, void (*write)(HostCall&, const void*), const void* arg) {
    const rt::TypeDesc* p = s_->nextParam();
    if (!p) return;
    if (p->name != goType) return s_->mismatch(p, "a C++ " + goType);
    rt::Slot words[3] = {};
    HostCall call(&s_->vm.vm->context(), nullptr, reinterpret_cast<uint64_t*>(words));
    if (!s_->allocating([&] { write(call, arg); })) return;
    s_->push(words, vm::registerSlots(p));
}

void CallBuilder::expectResult(ResultKind kind, HostElem elem, std::string goType) {
    s_->expected.push_back({kind, elem, std::move(goType)});
}

// Whether a Go result type converts to what the host asked for.
static bool resultMatches(const rt::TypeDesc* t, const CallBuilder::State::Expected& want) {
    HostElem elem = want.elem;
    switch (want.kind) {
        case ResultKind::Integer: return isInteger(t->kind) || t->kind == rt::Kind::Bool;
        case ResultKind::Float: return t->kind == rt::Kind::Float64 || t->kind == rt::Kind::Float32;
        case ResultKind::String: return t->kind == rt::Kind::String;
        case ResultKind::Slice:
            return t->kind == rt::Kind::Slice &&
                   t->elem->kind == (elem == HostElem::Int     ? rt::Kind::Int
                                     : elem == HostElem::Float ? rt::Kind::Float64
                                                               : rt::Kind::Uint8);
        case ResultKind::Value: return true;
        case ResultKind::Converted: return t->name == want.goType;
    }
    return false;
}

bool CallBuilder::run() {
    State& s = *s_;
    if (!s.failed && s.next != s.target->params.size())
        s.fail("not enough arguments in call to " + s.name + " (" + exportSignature(*s.target) + ")");
    if (!s.failed && s.expected.size() != s.target->results.size())
        s.fail(s.name + " returns " + std::to_string(s.target->results.size()) + " results, the host asked for " +
               std::to_string(s.expected.size()));
    for (size_t i = 0; !s.failed && i < s.expected.size(); ++i)
        if (!resultMatches(s.target->results[i], s.expected[i]))
            s.fail("result " + std::to_string(i) + " of " + s.name + " is " + std::string(s.target->results[i]->name) +
                   ", not convertible to the C++ type asked for");
    if (s.failed) return false;
    int resultSlots = 0;
    for (const rt::TypeDesc* r : s.target->results) {
        s.resultOffsets.push_back(resultSlots);
        resultSlots += vm::registerSlots(r);
    }
    s.results.resize(size_t(resultSlots) + 1);
    if (!s.vm.initialized) {
        s.vm.initialized = true;
        if (!s.vm.vm->initialize()) {
            s.error = s.vm.error();
            return false;
        }
    }
    if (!s.vm.vm->call(s.target->function, s.args.data(), int(s.args.size()), s.results.data(), resultSlots)) {
        s.error = s.vm.error();
        return false;
    }
    return true;
}

Error CallBuilder::takeError() { return std::move(s_->error); }

// Results were checked against the Go signature in run().
static const rt::Slot* resultWords(const CallBuilder::State& s, int i) { return &s.results[size_t(s.resultOffsets[size_t(i)])]; }

int64_t CallBuilder::intResult(int i) const { return resultWords(*s_, i)->i; }

double CallBuilder::floatResult(int i) const { return resultWords(*s_, i)->f; }

std::string CallBuilder::stringResult(int i) const {
    const rt::Slot* w = resultWords(*s_, i);
    return std::string(static_cast<const char*>(w[0].p), size_t(w[1].i));
}

size_t CallBuilder::sliceResult(int i, HostElem, const void** data) const {
    const rt::Slot* w = resultWords(*s_, i);
    *data = w[0].p;
    return size_t(w[1].i);
}

HostCall CallBuilder::convertedResult(int i) {
    return HostCall(&s_->vm.vm->context(), reinterpret_cast<const uint64_t*>(resultWords(*s_, i)), nullptr);
}

Value CallBuilder::valueResult(int i) {
    uint32_t handle = s_->vm.vm->pin(s_->target->results[size_t(i)], resultWords(*s_, i));
    return Value(s_->vm.owner, handle);
}

}  // namespace detail

}  // namespace govm
