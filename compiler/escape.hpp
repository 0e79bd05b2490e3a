// Compile-time escape analysis (../shared/ESCAPE.md is the specification).
//
// Goal: decide, for every allocation site of the main package, whether the
// value it creates can outlive the function activation that creates it.
// Values that cannot live in the frame arena (released when the frame
// returns); everything else goes to the GC heap. Declared variables whose
// address outlives the frame are "moved to heap".
//
// Model (Go's cmd/compile/internal/escape, go1.19):
//   * A *location* is an abstract memory cell: each declared variable
//     (locals, params, results), each allocation expression (new, &T{},
//     make, literals, closures, method values, interface boxes, string
//     conversions and concatenations, implicit variadic slices), compiler
//     temporaries, one `heap` location per batch and a `blank` sink.
//   * Evaluating expression e into a *hole* (dst, derefs) adds the edge
//     dst <- loc(e) weighted by derefs: `p = &q` is -1, `p = q` 0, `p = *q` 1.
//     The graph is flow-, path- and field-insensitive; stores through
//     pointers, slices and maps are stores into the heap.
//   * Solving walks backwards from every root with Bellman-Ford over deref
//     counts (clamped at 0 after an address-of). A location whose address
//     reaches a root that outlives it escapes: the heap, a result, a
//     variable of a shallower loop depth (the loop-depth rule), or a
//     variable of an enclosing function.
//   * Functions are analysed bottom-up over the call graph's strongly
//     connected components; a batch is one SCC plus its closures. At the end
//     of a batch every parameter gets a *tag* (its leaks to the heap and to
//     each result, with deref counts) that callers in later batches use.
//     Body-less (native) functions use the stdlib summaries of go1.19, or
//     are conservative (every pointer argument leaks). The initializers of
//     package variables that gc cannot lay out as static data are one more
//     function, init, analysed last (escape_init.cpp).
//
// Modes: Go reproduces go1.19's decisions and placement (64 KiB / 10 MiB
// limits, non-constant make -> heap). Govm (ESCAPE.md §4.2, Tier 1) keeps
// the flows but places better: variable-size and larger makes in the arena,
// append growth sites ("append does not escape"), fmt print summaries that
// keep arguments local when no reachable type has methods, and loops whose
// sites cannot outlive an iteration free them at every back-edge (T1f,
// iterationLoops). Off: everything is on the heap (the baseline).
//
// Invariants this pass provides to codegen (DESIGN.md invariant 1): a site
// reported not escaping is never reachable from the heap, a global, a
// result, another goroutine, or a variable of a shallower loop depth.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/check.hpp"
#include "govm/escape_mode.hpp"

namespace govm {

enum class EscapeSiteKind : uint8_t {
    New,           // new(T)
    AddrLit,       // &T{...}
    MakeSlice,     // make([]T, ...)
    MakeMap,       // make(map...)
    SliceLit,      // []T{...}
    MapLit,        // map[K]V{...}
    Closure,       // func literal
    MethodValue,   // x.M as a value
    IfaceBox,      // conversion of a non-pointer-shaped value to an interface
    StringConv,    // string(b), []byte(s), []rune(s), string(r)
    Concat,        // a + b on strings
    VariadicSlice, // the implicit slice of f(a, b, c)
    Append,        // append growth (govm mode only)
    Variable,      // a declared variable (moved to heap or not)
};

struct EscapeSite {
    const void* node = nullptr;   // ast::Expr* of the site, or types::Var* for variables
    Pos pos;
    EscapeSiteKind kind = EscapeSiteKind::Variable;
    bool heap = false;            // allocate in the GC heap (variables: moved to heap)
    // For --stats: the expression as the -m line prints it ("make([]int, 0, 16)",
    // "... argument", a variable's name) and, when heap, why ("escape analysis
    // off", "too large for stack", "returned (via ~r0)", ...).
    std::string text;
    std::string reason;
};

struct EscapeResult {
    EscapeMode mode = EscapeMode::Govm;
    std::vector<EscapeSite> sites;
    std::vector<std::string> lines;  // -m lines "file:LINE:COL: message", sorted by position

    // An allocation expression (the node of the site) goes to the heap.
    // Unknown nodes answer true (the conservative placement).
    bool isHeap(const void* node) const;
    // A declared variable lives in a heap cell ("moved to heap").
    bool movedToHeap(const types::Var* var) const;
    // The interface box of converting `converted` (an expression of
    // non-interface, non-pointer-shaped type) to an interface.
    bool isBoxHeap(const ast::Expr* converted) const;
    // The site of `node` (an allocation expression or a types::Var*) and the
    // interface box of converting `converted`; null when the pass has none.
    const EscapeSite* find(const void* node) const;
    const EscapeSite* findBox(const ast::Expr* converted) const;

    std::unordered_map<const void*, size_t> index;     // node -> position in sites
    std::unordered_map<const void*, size_t> boxIndex;  // converted expression -> its box site

    // T1f (govm mode): `for` and `range` statements whose every iteration may
    // free what it allocated in the frame arena. Each has an arena site
    // inside it, and every site inside it (nested loops included) either
    // goes to the heap or cannot outlive one iteration (its lifetime depth,
    // ESCAPE.md §4.4, is at least the loop body's).
    std::unordered_set<const void*> iterationLoops;
    bool releasesPerIteration(const void* loop) const { return iterationLoops.count(loop) != 0; }

    // The packages analysed: the main package, and in the go and govm modes
    // the standard library's single-file Go packages. Elsewhere nothing is
    // known, so a variable whose address is taken must be on the heap.
    std::unordered_set<const types::Package*> packages;
    bool analysed(const types::Package* pkg) const { return packages.count(pkg) != 0; }

    // Library parameters whose govm body leaks more than the go1.19 tag that
    // callers are analysed with ("strings.Join elems: leaks h=0, go1.19 tag
    // h=1"); a test keeps it empty.
    std::vector<std::string> tagConflicts;

    // Interface method calls that gc devirtualizes (the receiver variable
    // only ever holds one concrete type) to a value method of a pointer
    // type: the call dereferences, so a nil pointer panics with the nil
    // dereference text rather than the *T wrapper's panicwrap text.
    std::unordered_set<const void*> derefCalls;
    bool dereferencesReceiver(const void* call) const { return derefCalls.count(call) != 0; }

    void merge(EscapeResult&& other);  // another package's sites and loops
};

// Analyses every function of the main package of `program` (whose file is
// `file`), then the standard library's Go bodies. `mLevel` 0 prints nothing,
// 1 is -m, 2 is -m=2 (about the main package only). `fileName` prefixes the
// lines.
EscapeResult analyzeEscapes(const ast::File& file, const types::Program& program, EscapeMode mode,
                            int mLevel, const std::string& fileName);

// Parses "go", "govm" or "off"; returns false for anything else.
bool parseEscapeMode(const std::string& text, EscapeMode& out);

}  // namespace govm
