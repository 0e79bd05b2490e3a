// Compiled programs: functions, constants, type descriptors, globals.
//
// A Program is immutable once built and may be run by many VMs at once
// (each VM owns all mutable state: invariant 3 of DESIGN.md). It owns every
// TypeDesc the running program can observe, the bytes of string constants,
// and the static closures of top-level functions; none of these live in a GC
// heap, so the GC ignores pointers to them.
//
// Frame layout and calling convention. A function's frame is R[0:frameSize].
// Its parameters arrive in R[0:paramSlots] (receiver first, then parameters
// in register form, flattened). A call places the callee's arguments just
// above the caller's frame, at R[frameSize:], so the callee's frame begins
// there; the callee returns its results in the first registers of its frame,
// where the caller reads them right after the call. Between computing
// arguments into that area and the call there is no safepoint, which is why
// the area is not part of the caller's pointer map.
#pragma once

#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/native.hpp"
#include "runtime/type.hpp"
#include "runtime/value.hpp"
#include "vm/divisor.hpp"
#include "vm/instruction.hpp"
#include "vm/slot_kind.hpp"

namespace govm::vm {

// An instruction that allocates, and the allocation site it belongs to
// (Function::allocSites).
struct SitePc {
    uint32_t pc;    // index of the instruction word in Function::code
    uint32_t site;  // index in Program::allocSites
};

// An allocation site for --stats. Every allocating instruction names one:
// arena instructions by the site id they carry, heap instructions through
// their function's allocSites table, which only the statistics' allocation
// hook reads (so the hot instructions stay as narrow as they were).
struct AllocSite {
    std::string pos;     // "prog.go:LINE:COL" ("prog.go:LINE" for implicit allocations)
    std::string expr;    // the expression as -m prints it, or what an implicit allocation is
    bool arena = false;  // placed in the frame arena (the heap takes it only when the arena refuses)
    std::string reason;  // why on the heap (empty for arena sites)
};

struct Function {
    std::string name;  // as Go's traces print it: "main.f", "main.(*T).M", "main.main.func1"
    std::vector<Instruction> code;
    std::vector<int32_t> lines;          // source line of each instruction word
    std::vector<rt::Slot> constants;     // K
    std::vector<SignedDivisor> divisors; // D: constant divisors of DIVM/REMM
    std::vector<SlotKind> slotKinds;     // the pointer map: one kind per frame slot
    uint16_t paramSlots = 0;
    uint16_t resultSlots = 0;
    uint16_t frameSize = 0;
    // R[zeroFrom:zeroTo] holds every register past the parameters that the
    // GC reads (slotKinds); a call zeroes it. The other registers are
    // written before they are read: the code generator zeroes variables
    // itself (ZERO), since a loop reuses their registers.
    uint16_t zeroFrom = 0;
    uint16_t zeroTo = 0;
    std::vector<SlotKind> paramKinds;    // kinds of R[0:paramSlots] (natives have no frame map)
    // CLOSURE: the creating function's registers whose words the closure
    // captures, in capture order (a value's slots, a cell's address, or the
    // address of struct or array storage), and the closure object's layout:
    // the fn word, then those words (scalars typed as such for the GC).
    std::vector<uint8_t> captureRegs;
    const rt::TypeDesc* closureType = nullptr;
    // Where execution resumes after a deferred call recovered a panic: the
    // code that runs the remaining deferred calls and returns the results.
    int32_t recoverPc = -1;
    // A defer thunk calls the deferred function for `defer f(args)`; it is
    // transparent to recover(), which must be called by f itself.
    bool isDeferThunk = false;
    // The function has frame-arena allocation sites: its frame opens an
    // arena region on entry and releases it on return or unwinding.
    bool usesArena = false;
    // A method with a struct or array value receiver: method tables of *T
    // use it as is, so CALLI panics as gc's *T wrapper does (panicwrap) when
    // the pointer is nil.
    bool valueReceiver = false;
    // Its allocating instructions by ascending pc (filled by the code
    // generator when it finishes the function).
    std::vector<SitePc> allocSites;
    rt::NativeFn native = nullptr;       // a body-less standard-library function
    const rt::NativeBinding* binding = nullptr;  // a host or C function (Program::bindings owns it)
    std::string_view file;               // source file name for traces
    int32_t line = 0;                    // line of the declaration
    rt::Closure* staticClosure = nullptr;  // the func value of a top-level function

    bool isNative() const { return native != nullptr || binding != nullptr; }
};

// A top-level function of package main as the embedding API sees it.
struct Export {
    std::string name;
    uint32_t function = 0;  // index in Program::functions
    std::vector<const rt::TypeDesc*> params;
    std::vector<const rt::TypeDesc*> results;
    bool variadic = false;
};

// A global variable area is one block of 8-byte words; `roots` lists the
// typed values in it that the GC must scan.
struct GlobalRoot {
    uint32_t wordOffset;
    const rt::TypeDesc* type;
};

struct Program {
    std::vector<std::unique_ptr<Function>> functions;  // F
    std::vector<const rt::TypeDesc*> types;            // T
    std::vector<std::string> strings;                  // S (bytes owned here)
    std::vector<std::string_view> methodNames;         // CALLI operands
    uint32_t globalWords = 0;
    std::vector<GlobalRoot> globalRoots;
    uint32_t entry = 0;      // runs package initialization, then main.main
    uint32_t initEntry = 0;  // runs package initialization only
    std::vector<Export> exports;  // functions an embedder may call (CodegenOptions::exportFunctions)

    // Allocation sites by site id (arena instructions carry the id);
    // arenaSites[i] is allocSites[i].pos, the form --check-arena reports.
    std::vector<AllocSite> allocSites;
    std::vector<std::string> arenaSites;
    std::string sourceName;  // the file as given to the compiler (stats reports)
    std::string escapeMode;  // "govm", "go" or "off" (stats reports)

    // Host and C functions the program calls (Function::binding).
    std::vector<std::shared_ptr<const rt::NativeBinding>> bindings;

    // Descriptors the runtime needs by role; all also appear in `types`.
    const rt::TypeDesc* stringType = nullptr;
    const rt::TypeDesc* runtimeErrorType = nullptr;   // runtime.errorString (message without prefix)
    const rt::TypeDesc* plainErrorType = nullptr;     // runtime.plainError
    const rt::TypeDesc* boundsErrorType = nullptr;    // runtime.boundsError (index and slice bounds)
    const rt::TypeDesc* typeAssertionErrorType = nullptr;  // *runtime.TypeAssertionError

    // A zeroed array of trivially destructible T (method tables, field
    // lists) that lives as long as the program.
    template <typename T>
    T* ownArray(size_t n) {
        static_assert(std::is_trivially_destructible_v<T>);
        if (n == 0) return nullptr;
        ownedBlobs.push_back(std::make_unique<char[]>(n * sizeof(T)));
        char* raw = ownedBlobs.back().get();  // operator new[] memory: aligned for any T
        for (size_t i = 0; i < n; ++i) new (raw + i * sizeof(T)) T{};
        return std::launder(reinterpret_cast<T*>(raw));
    }

    // Storage for descriptors and their tables, kept alive with the program.
    std::vector<std::unique_ptr<rt::TypeDesc>> ownedTypes;
    std::vector<std::unique_ptr<char[]>> ownedBlobs;
    std::vector<std::unique_ptr<rt::Closure, void (*)(rt::Closure*)>> ownedClosures;
};

}  // namespace govm::vm
