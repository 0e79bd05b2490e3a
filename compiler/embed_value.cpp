// govm::Value: host-held script values, their inspection, and their
// conversion to the Go types they are passed as (VM::call arguments, host
// function `any` parameters and results).
//
// A Value is a pinned register-form value (vm::VM::pin) of a static type.
// Inspection first sees through an interface to its dynamic value, then
// reads memory forms; every Value it hands out is pinned anew, and structs
// and arrays are copied to the heap first so that the handle never points
// into memory the script reuses (an interface's data word, a frame arena).
#include <cstring>

#include "compiler/embed_impl.hpp"
#include "runtime/map.hpp"
#include "runtime/native.hpp"

namespace govm {

namespace {

using rt::Kind;
using rt::Slot;

vm::VM& machine(VM* owner) { return *owner->impl().vm; }

// The static type of the `any` values host functions receive and return.
// A program carries descriptors only of types it observes at run time, so
// it may have none for `any`; interfaces need no identity here (conversions
// compare dynamic types).
constexpr rt::TypeDesc kAny{.kind = Kind::Interface, .align = 8, .comparable = true, .hasPointers = true,
                            .direct = false, .size = 16, .name = "interface {}"};

bool isSigned(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }
bool isUnsigned(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }
bool isAggregate(const rt::TypeDesc* t) { return t->kind == Kind::Struct || t->kind == Kind::Array; }

Value::Kind publicKind(const rt::TypeDesc* t) {
    if (!t) return Value::Kind::Nil;
    if (isSigned(t->kind)) return Value::Kind::Int;
    if (isUnsigned(t->kind)) return Value::Kind::Uint;
    switch (t->kind) {
        case Kind::Bool: return Value::Kind::Bool;
        case Kind::Float32:
        case Kind::Float64: return Value::Kind::Float;
        case Kind::String: return Value::Kind::String;
        case Kind::Slice: return Value::Kind::Slice;
        case Kind::Array: return Value::Kind::Array;
        case Kind::Map: return Value::Kind::Map;
        case Kind::Struct: return Value::Kind::Struct;
        case Kind::Func: return Value::Kind::Func;
        case Kind::Chan: return Value::Kind::Chan;
        default: return Value::Kind::Pointer;  // Pointer, UnsafePointer
    }
}

// A Value's contents seen through interfaces: null type for a nil
// interface, kind Invalid for an empty Value.
struct View {
    Value::Kind kind = Value::Kind::Invalid;
    const rt::TypeDesc* type = nullptr;
    Slot words[3] = {};
    Slot dataWord{};  // where a direct aggregate's memory form lives
    const void* data() const { return words[0].p; }
};

View viewOf(VM* owner, uint32_t handle) {
    View v;
    if (!owner) return v;
    const rt::TypeDesc* type = machine(owner).pinnedType(handle);
    const Slot* words = machine(owner).pinned(handle);
    if (type->kind != Kind::Interface) {
        v.type = type;
        std::memcpy(v.words, words, sizeof(Slot) * size_t(vm::registerSlots(type)));
    } else {
        v.type = static_cast<const rt::TypeDesc*>(words[0].p);
        if (v.type) {
            v.dataWord = words[1];
            vm::loadIfaceData(v.type, words[1].u, v.words, &v.dataWord);
        }
    }
    v.kind = publicKind(v.type);
    return v;
}

// Pins the value of `type` whose memory form is at `memory`.
uint32_t pinMemory(VM* owner, const rt::TypeDesc* type, const void* memory) {
    Slot words[3] = {};
    if (isAggregate(type)) {
        void* copy = machine(owner).context().allocate(type, 1);
        std::memcpy(copy, memory, type->size);
        words[0].p = copy;
    } else {
        vm::loadValue(type, memory, words);
    }
    return machine(owner).pin(type, words);
}

}  // namespace

// ---- Value

Value::Value(VM* vm, uint32_t handle) : vm_(vm), handle_(handle) { link(); }

Value::Value(Value&& other) noexcept : vm_(other.vm_), handle_(other.handle_) {
    other.unlink();
    link();
}

Value& Value::operator=(Value&& other) noexcept {
    if (this != &other) {
        if (vm_) machine(vm_).unpin(handle_);
        unlink();
        vm_ = other.vm_;
        handle_ = other.handle_;
        other.unlink();
        link();
    }
    return *this;
}

Value::~Value() {
    if (vm_) machine(vm_).unpin(handle_);
    unlink();
}

void Value::link() {
    if (!vm_) return;
    Value*& head = vm_->impl().values;
    prev_ = nullptr;
    next_ = head;
    if (head) head->prev_ = this;
    head = this;
}

// Leaves the Value empty.
void Value::unlink() {
    if (!vm_) return;
    if (prev_) prev_->next_ = next_;
    else vm_->impl().values = next_;
    if (next_) next_->prev_ = prev_;
    prev_ = next_ = nullptr;
    vm_ = nullptr;
}

VM::Impl::~Impl() {
    while (values) values->unlink();
}

std::string Value::typeName() const {
    View v = viewOf(vm_, handle_);
    if (v.kind == Kind::Invalid) return "";
    return v.type ? std::string(v.type->name) : "nil";
}

Value::Kind Value::kind() const { return viewOf(vm_, handle_).kind; }

std::optional<int64_t> Value::toInt() const {
    View v = viewOf(vm_, handle_);
    bool integer = v.kind == Kind::Int || (v.kind == Kind::Uint && v.words[0].i >= 0);
    return integer ? std::optional<int64_t>(v.words[0].i) : std::nullopt;
}

std::optional<uint64_t> Value::toUint() const {
    View v = viewOf(vm_, handle_);
    bool integer = v.kind == Kind::Uint || (v.kind == Kind::Int && v.words[0].i >= 0);
    return integer ? std::optional<uint64_t>(v.words[0].u) : std::nullopt;
}

std::optional<double> Value::toFloat() const {
    View v = viewOf(vm_, handle_);
    return v.kind == Kind::Float ? std::optional<double>(v.words[0].f) : std::nullopt;
}

std::optional<bool> Value::toBool() const {
    View v = viewOf(vm_, handle_);
    return v.kind == Kind::Bool ? std::optional<bool>(v.words[0].u != 0) : std::nullopt;
}

std::optional<std::string> Value::toString() const {
    View v = viewOf(vm_, handle_);
    if (v.kind != Kind::String) return std::nullopt;
    return std::string(static_cast<const char*>(v.data()), size_t(v.words[1].i));
}

namespace {

int64_t lengthOf(const View& v) {
    switch (v.kind) {
        case Value::Kind::String:
        case Value::Kind::Slice: return v.words[1].i;
        case Value::Kind::Array: return int64_t(v.type->length);
        case Value::Kind::Map: return rt::mapLen(static_cast<const rt::Map*>(v.data()));
        default: return -1;
    }
}

}  // namespace

int64_t Value::len() const { return lengthOf(viewOf(vm_, handle_)); }

Value Value::index(int64_t i) const {
    View v = viewOf(vm_, handle_);
    if ((v.kind != Kind::Slice && v.kind != Kind::Array) || i < 0 || i >= lengthOf(v)) return {};
    const auto* base = static_cast<const uint8_t*>(v.data());
    return Value(vm_, pinMemory(vm_, v.type->elem, base + uint64_t(i) * v.type->elem->size));
}

Value Value::elem() const {
    View v = viewOf(vm_, handle_);
    if (v.kind != Kind::Pointer || v.type->kind != rt::Kind::Pointer || !v.data()) return {};
    return Value(vm_, pinMemory(vm_, v.type->elem, v.data()));
}

Value Value::field(std::string_view name) const {
    View v = viewOf(vm_, handle_);
    const rt::TypeDesc* type = v.type;
    if (v.kind == Kind::Pointer && type->kind == rt::Kind::Pointer) type = type->elem;
    if ((v.kind != Kind::Struct && v.kind != Kind::Pointer) || type->kind != rt::Kind::Struct || !v.data()) return {};
    for (uint32_t i = 0; i < type->fieldCount; ++i) {
        const rt::FieldDesc& f = type->fields[i];
        if (f.name == name) return Value(vm_, pinMemory(vm_, f.type, static_cast<const uint8_t*>(v.data()) + f.offset));
    }
    return {};
}

namespace {

// The value stored in map view `v` under `key` (memory form of its key type), or null.
const void* mapValue(const View& v, const void* key) { return rt::mapLookup(static_cast<const rt::Map*>(v.data()), key); }

}  // namespace

Value Value::lookup(int64_t key) const {
    View v = viewOf(vm_, handle_);
    if (v.kind != Kind::Map || (!isSigned(v.type->key->kind) && !isUnsigned(v.type->key->kind))) return {};
    Slot word;
    word.i = key;
    alignas(8) uint8_t memory[8] = {};
    vm::storeValue(v.type->key, memory, &word);
    const void* found = mapValue(v, memory);
    return found ? Value(vm_, pinMemory(vm_, v.type->elem, found)) : Value();
}

Value Value::lookup(std::string_view key) const {
    View v = viewOf(vm_, handle_);
    if (v.kind != Kind::Map || v.type->key->kind != rt::Kind::String) return {};
    rt::String memory{reinterpret_cast<const uint8_t*>(key.data()), int64_t(key.size())};
    const void* found = mapValue(v, &memory);
    return found ? Value(vm_, pinMemory(vm_, v.type->elem, found)) : Value();
}

std::vector<std::pair<Value, Value>> Value::entries() const {
    std::vector<std::pair<Value, Value>> out;
    View v = viewOf(vm_, handle_);
    if (v.kind != Kind::Map) return out;
    rt::MapIter it;
    rt::mapIterInit(it, static_cast<rt::Map*>(v.words[0].p), 0);
    const void* key;
    const void* value;
    while (rt::mapIterNext(it, &key, &value))
        out.emplace_back(Value(vm_, pinMemory(vm_, v.type->key, key)), Value(vm_, pinMemory(vm_, v.type->elem, value)));
    return out;
}

// ---- conversion to a Go type

bool convertValue(VM* owner, uint32_t handle, const rt::TypeDesc* target, Slot* out, std::string& error) {
    vm::VM& m = machine(owner);
    const rt::TypeDesc* type = m.pinnedType(handle);
    const Slot* words = m.pinned(handle);
    if (type == target) {
        std::memcpy(out, words, sizeof(Slot) * size_t(vm::registerSlots(type)));
        return true;
    }
    View v = viewOf(owner, handle);
    if (target->kind == rt::Kind::Interface) {
        if (!v.type) {  // nil converts to any interface
            out[0].p = nullptr;
            out[1].u = 0;
            return true;
        }
        std::string_view missing;
        if (!rt::implements(v.type, target, &missing)) {
            error = "a govm::Value of type " + std::string(v.type->name) + " (missing method " + std::string(missing) + ")";
            return false;
        }
        if (type->kind == rt::Kind::Interface) std::memcpy(out, words, 2 * sizeof(Slot));  // already boxed
        else m.box(v.type, v.words, out);
        return true;
    }
    if (v.type != target) {
        error = "a govm::Value of type " + std::string(v.type ? v.type->name : "nil");
        return false;
    }
    if (isAggregate(target)) {  // a copy: the callee may modify its parameter
        void* copy = m.context().allocate(target, 1);
        std::memcpy(copy, v.words[0].p, target->size);
        out[0].p = copy;
        return true;
    }
    std::memcpy(out, v.words, sizeof(Slot) * size_t(vm::registerSlots(target)));
    return true;
}

// ---- HostCall: Values and maps

namespace {

rt::NativeContext& contextOf(void* context) { return *static_cast<rt::NativeContext*>(context); }
VM* ownerOf(void* context) { return static_cast<VM*>(contextOf(context).host()); }

}  // namespace

Value HostCall::valueArg(int slot) const {
    VM* owner = ownerOf(context_);
    return Value(owner, machine(owner).pin(&kAny, reinterpret_cast<const Slot*>(&args_[slot])));
}

void HostCall::setValue(int slot, const Value& v) {
    auto* out = reinterpret_cast<Slot*>(&results_[slot]);
    out[0].p = nullptr;
    out[1].u = 0;
    if (!v) return;
    VM* owner = ownerOf(context_);
    if (v.vm_ != owner) panic("a govm::Value of another VM returned to the script");
    std::string error;
    convertValue(owner, v.handle_, &kAny, out, error);  // every type implements any
}

HostCall::MapCursor HostCall::mapBegin(int slot) const {
    static_assert(sizeof(MapCursor) == sizeof(rt::MapIter));
    rt::MapIter it;
    rt::mapIterInit(it, reinterpret_cast<rt::Map*>(args_[slot]), 0);
    MapCursor cursor;
    std::memcpy(&cursor, &it, sizeof it);
    return cursor;
}

bool HostCall::mapNext(MapCursor& cursor, const void** key, const void** value) const {
    rt::MapIter it;
    std::memcpy(static_cast<void*>(&it), &cursor, sizeof it);
    bool more = rt::mapIterNext(it, key, value);
    std::memcpy(&cursor, &it, sizeof it);
    return more;
}

void* HostCall::newMap(int slot, const std::string& goType, size_t hint) {
    vm::VM& m = machine(ownerOf(context_));
    const rt::TypeDesc* type = m.context().typeOf(goType);
    if (!type) panic("govm: no type " + goType + " in the program");
    rt::Map* map = m.newMap(type, int64_t(hint));
    results_[slot] = reinterpret_cast<uint64_t>(map);
    return map;
}

void* HostCall::mapAssign(void* map, const void* key) {
    return machine(ownerOf(context_)).mapAssign(static_cast<rt::Map*>(map), key);
}

std::string_view HostCall::memoryString(const void* from) { return static_cast<const rt::String*>(from)->view(); }

void HostCall::storeString(void* to, std::string_view v) { *static_cast<rt::String*>(to) = contextOf(context_).newString(v); }

}  // namespace govm
