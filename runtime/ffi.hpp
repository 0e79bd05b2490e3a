// Calling C functions through libffi: the runtime half.
//
// The compiler (compiler/ffi.hpp) decides which body-less Go declarations
// bind C symbols and maps their Go types to FfiTypes; this file loads the
// libraries, resolves the symbols and performs the calls.
//
// Model:
//   - FfiLibraries is the set of C libraries one compiled program imports
//     (`//govm:cimport`), dlopen'ed once, in order, with RTLD_NOW|RTLD_LOCAL.
//     Every FfiBinding holds it by shared_ptr, so the libraries stay loaded
//     exactly as long as the Program that calls into them (Program::bindings)
//     and are dlclose'd when the last binding dies. An empty set looks
//     symbols up in the whole process (RTLD_DEFAULT).
//   - FfiBinding is one declaration: the C function's address and its call
//     descriptor (ffi_cif), prepared once when the program is compiled. A
//     binding is immutable afterwards, so many VMs in many threads may call
//     it at once: call() keeps every per-call buffer on its own stack.
//
// Marshalling (Go register form, runtime/value.hpp <-> C):
//   Bool            C uint8_t / _Bool: 0 or 1 (a result is true when non-zero)
//   Int8..Int64     int8_t..int64_t (Go int is Int64)
//   Uint8..Uint64   uint8_t..uint64_t (Go uint and uintptr are Uint64)
//   Float32         float (the register's double is narrowed exactly; a
//                   result is widened back)
//   Float64         double
//   Pointer         void* passed through unchanged (a *T to pointer-free Go
//                   memory, or nil; never a result)
//   String          parameter: `const char*` to a NUL-terminated copy of the
//                   Go string that lives until the call returns (C sees the
//                   bytes up to the first NUL the string contains); result:
//                   a C `char*` whose bytes up to its NUL are copied into a
//                   new Go string, NULL giving "". The C memory is not freed.
//
// C code runs unprotected: a C function that crashes takes the process with
// it, and one that keeps a pointer it was given past the call (or writes
// beyond the pointed-to Go object) breaks the GC's invariants. Only what the
// host allowed (FfiPolicy) is ever bound.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/native.hpp"

namespace govm::rt {

enum class FfiType : uint8_t {
    Void,  // results only: no result
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Float32,
    Float64,
    Pointer,
    String,
};

// Register slots a Go value of this FFI type occupies (String: data, length).
inline int ffiSlotCount(FfiType t) { return t == FfiType::Void ? 0 : t == FfiType::String ? 2 : 1; }

class FfiLibraries {
public:
    // Opens `names` in order. On failure closes what it opened, sets `error`
    // (naming the library and dlerror's reason) and returns null.
    static std::shared_ptr<const FfiLibraries> open(const std::vector<std::string>& names, std::string& error);

    ~FfiLibraries();
    FfiLibraries(const FfiLibraries&) = delete;
    FfiLibraries& operator=(const FfiLibraries&) = delete;

    // The address of `symbol` in the first library that defines it (or in
    // the process when the set is empty); null if none does.
    void* lookup(const std::string& symbol) const;
    // "libm.so.6, libc.so.6", or "the process" for an empty set (messages).
    std::string describe() const;

private:
    FfiLibraries() = default;
    std::vector<std::pair<std::string, void*>> handles_;  // name, dlopen handle
};

struct FfiSignature {
    std::vector<FfiType> params;
    FfiType result = FfiType::Void;
};

class FfiBinding final : public NativeBinding {
public:
    // Prepares the call descriptor for `function` (an address from
    // `libraries`). Returns null and sets `error` if libffi refuses.
    static std::shared_ptr<const FfiBinding> create(std::shared_ptr<const FfiLibraries> libraries, void* function,
                                                    const std::string& name, FfiSignature signature,
                                                    std::string& error);

    ~FfiBinding() override;
    FfiBinding(const FfiBinding&) = delete;
    FfiBinding& operator=(const FfiBinding&) = delete;

    void call(NativeContext& ctx, const Slot* args, Slot* results) const override;

    const std::string& name() const { return name_; }
    const FfiSignature& signature() const { return signature_; }

private:
    struct Descriptor;  // the ffi_cif and its argument type table (ffi.h stays out of this header)

    FfiBinding() = default;
    void callWith(NativeContext& ctx, const Slot* args, Slot* results, void* storage, void** values,
                  std::string* copies) const;

    std::shared_ptr<const FfiLibraries> libraries_;  // keeps `function_`'s library loaded
    void* function_ = nullptr;
    std::string name_;
    FfiSignature signature_;
    std::vector<int> slotOffsets_;  // first register slot of each parameter
    std::unique_ptr<Descriptor> descriptor_;
};

}  // namespace govm::rt
