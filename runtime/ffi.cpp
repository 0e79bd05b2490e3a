// libffi calls: library loading, call descriptors and marshalling (the
// model and the type table are in runtime/ffi.hpp).
#include "runtime/ffi.hpp"

#include <dlfcn.h>
#include <ffi.h>

#include <cstring>

namespace govm::rt {

// ---- libraries ---------------------------------------------------------------

std::shared_ptr<const FfiLibraries> FfiLibraries::open(const std::vector<std::string>& names, std::string& error) {
    std::shared_ptr<FfiLibraries> libs(new FfiLibraries());
    for (const std::string& name : names) {
        void* handle = dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char* reason = dlerror();
            error = "govm: cannot load C library \"" + name + "\": " + (reason ? reason : "unknown error");
            return nullptr;  // the destructor closes the ones already open
        }
        libs->handles_.emplace_back(name, handle);
    }
    return libs;
}

FfiLibraries::~FfiLibraries() {
    for (auto it = handles_.rbegin(); it != handles_.rend(); ++it) dlclose(it->second);
}

void* FfiLibraries::lookup(const std::string& symbol) const {
    if (handles_.empty()) return dlsym(RTLD_DEFAULT, symbol.c_str());
    for (const auto& [name, handle] : handles_)
        if (void* address = dlsym(handle, symbol.c_str())) return address;
    return nullptr;
}

std::string FfiLibraries::describe() const {
    if (handles_.empty()) return "the process";
    std::string out;
    for (const auto& [name, handle] : handles_) out += (out.empty() ? "" : ", ") + name;
    return out;
}

// ---- call descriptors ----------------------------------------------------------

struct FfiBinding::Descriptor {
    ffi_cif cif;
    std::vector<ffi_type*> argTypes;  // cif points into it: never resized after preparation
};

namespace {

ffi_type* libffiType(FfiType t) {
    switch (t) {
    case FfiType::Void: return &ffi_type_void;
    case FfiType::Bool: return &ffi_type_uint8;
    case FfiType::Int8: return &ffi_type_sint8;
    case FfiType::Int16: return &ffi_type_sint16;
    case FfiType::Int32: return &ffi_type_sint32;
    case FfiType::Int64: return &ffi_type_sint64;
    case FfiType::Uint8: return &ffi_type_uint8;
    case FfiType::Uint16: return &ffi_type_uint16;
    case FfiType::Uint32: return &ffi_type_uint32;
    case FfiType::Uint64: return &ffi_type_uint64;
    case FfiType::Float32: return &ffi_type_float;
    case FfiType::Float64: return &ffi_type_double;
    case FfiType::Pointer: return &ffi_type_pointer;
    case FfiType::String: return &ffi_type_pointer;
    }
    return &ffi_type_void;
}

// One C argument's storage: libffi reads as many bytes as the C type has
// from the start of the slot, so each member is written at offset 0.
union ArgValue {
    uint8_t u8;
    uint16_t u16;
    uint32_t u32;
    uint64_t u64;
    int8_t i8;
    int16_t i16;
    int32_t i32;
    int64_t i64;
    float f32;
    double f64;
    const void* ptr;
};

// libffi widens integral results narrower than a register to ffi_arg.
union ResultValue {
    ffi_arg unsignedWord;
    ffi_sarg signedWord;
    float f32;
    double f64;
    const void* ptr;
    uint64_t pad[2];
};

constexpr size_t kInlineArgs = 8;

// `at` is the first slot of the argument in register form; strings are
// copied into `copy` so C gets its terminating NUL.
void marshalArg(FfiType t, const Slot* at, ArgValue& out, std::string& copy) {
    switch (t) {
    case FfiType::Bool: out.u8 = at->u != 0; break;
    case FfiType::Int8: out.i8 = int8_t(at->i); break;
    case FfiType::Int16: out.i16 = int16_t(at->i); break;
    case FfiType::Int32: out.i32 = int32_t(at->i); break;
    case FfiType::Int64: out.i64 = at->i; break;
    case FfiType::Uint8: out.u8 = uint8_t(at->u); break;
    case FfiType::Uint16: out.u16 = uint16_t(at->u); break;
    case FfiType::Uint32: out.u32 = uint32_t(at->u); break;
    case FfiType::Uint64: out.u64 = at->u; break;
    case FfiType::Float32: out.f32 = float(at->f); break;
    case FfiType::Float64: out.f64 = at->f; break;
    case FfiType::Pointer: out.ptr = at->p; break;
    case FfiType::String: {
        auto* data = static_cast<const char*>(at[0].p);
        if (data && at[1].i > 0) copy.assign(data, size_t(at[1].i));
        out.ptr = copy.c_str();
        break;
    }
    case FfiType::Void: break;
    }
}

void unmarshalResult(NativeContext& ctx, FfiType t, const ResultValue& r, Slot* results) {
    switch (t) {
    case FfiType::Void: return;
    case FfiType::Bool: results[0].u = uint8_t(r.unsignedWord) != 0; return;
    case FfiType::Int8: results[0].i = int8_t(r.signedWord); return;
    case FfiType::Int16: results[0].i = int16_t(r.signedWord); return;
    case FfiType::Int32: results[0].i = int32_t(r.signedWord); return;
    case FfiType::Int64: results[0].i = int64_t(r.signedWord); return;
    case FfiType::Uint8: results[0].u = uint8_t(r.unsignedWord); return;
    case FfiType::Uint16: results[0].u = uint16_t(r.unsignedWord); return;
    case FfiType::Uint32: results[0].u = uint32_t(r.unsignedWord); return;
    case FfiType::Uint64: results[0].u = uint64_t(r.unsignedWord); return;
    case FfiType::Float32: results[0].f = double(r.f32); return;
    case FfiType::Float64: results[0].f = r.f64; return;
    case FfiType::Pointer: results[0].p = const_cast<void*>(r.ptr); return;
    case FfiType::String: {
        String s{nullptr, 0};
        if (r.ptr) s = ctx.newString(std::string_view(static_cast<const char*>(r.ptr)));
        results[0].p = const_cast<uint8_t*>(s.data);
        results[1].i = s.len;
        return;
    }
    }
}

}  // namespace

// ---- bindings ------------------------------------------------------------------

std::shared_ptr<const FfiBinding> FfiBinding::create(std::shared_ptr<const FfiLibraries> libraries, void* function,
                                                     const std::string& name, FfiSignature signature,
                                                     std::string& error) {
    std::shared_ptr<FfiBinding> b(new FfiBinding());
    b->libraries_ = std::move(libraries);
    b->function_ = function;
    b->name_ = name;
    b->signature_ = std::move(signature);
    b->descriptor_ = std::make_unique<Descriptor>();
    int slot = 0;
    for (FfiType t : b->signature_.params) {
        b->slotOffsets_.push_back(slot);
        slot += ffiSlotCount(t);
        b->descriptor_->argTypes.push_back(libffiType(t));
    }
    Descriptor& d = *b->descriptor_;
    ffi_status status = ffi_prep_cif(&d.cif, FFI_DEFAULT_ABI, unsigned(d.argTypes.size()),
                                     libffiType(b->signature_.result), d.argTypes.data());
    if (status != FFI_OK) {
        error = "govm: libffi cannot prepare a call to C function " + name;
        return nullptr;
    }
    return b;
}

FfiBinding::~FfiBinding() = default;

void FfiBinding::call(NativeContext& ctx, const Slot* args, Slot* results) const {
    size_t n = signature_.params.size();
    if (n <= kInlineArgs) {
        ArgValue storage[kInlineArgs];
        void* values[kInlineArgs];
        std::string copies[kInlineArgs];
        callWith(ctx, args, results, storage, values, copies);
        return;
    }
    std::vector<ArgValue> storage(n);
    std::vector<void*> values(n);
    std::vector<std::string> copies(n);
    callWith(ctx, args, results, storage.data(), values.data(), copies.data());
}

void FfiBinding::callWith(NativeContext& ctx, const Slot* args, Slot* results, void* storage, void** values,
                          std::string* copies) const {
    auto* argValues = static_cast<ArgValue*>(storage);
    for (size_t i = 0; i < signature_.params.size(); ++i) {
        std::memset(&argValues[i], 0, sizeof(ArgValue));
        marshalArg(signature_.params[i], args + slotOffsets_[i], argValues[i], copies[i]);
        values[i] = &argValues[i];
    }
    ResultValue result;
    std::memset(&result, 0, sizeof result);
    // ffi_call only reads the descriptor, so sharing it between threads is safe.
    ffi_call(&descriptor_->cif, reinterpret_cast<void (*)()>(function_), &result, values);
    unmarshalResult(ctx, signature_.result, result, results);
}

}  // namespace govm::rt
