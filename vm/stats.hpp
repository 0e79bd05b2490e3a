// Run statistics: what `govm run --stats` reports and VM::stats() returns.
//
// Model
//   Three sources feed one RunStats:
//   - counters the VM always keeps, because they cost a plain increment on
//     paths that are slow anyway: calls and the deepest frame stack
//     (pushFrame), the heap's HeapStats (allocation, GC pauses timed with
//     steady_clock) and each goroutine's ArenaStats (arena.hpp);
//   - with VMConfig::stats, a StatsRecorder installed as the heap's
//     AllocObserver: it attributes every heap allocation to its site by the
//     running frame's saved pc (Function::allocSites, sorted by pc) and
//     switches on the arenas' per-site counters. Without it the heap pays one
//     predictable branch per allocation and the arena nothing extra;
//   - Program::allocSites: each site's position, the expression as -m prints
//     it, the decision (arena or heap) and why it is on the heap.
//
//   A heap allocation whose pc is not an allocating instruction of its
//   function (a native's own allocations, map growth, os.Args) is a
//   "runtime" row at the line that caused it: `in fmt.Sprintf` for natives.
//   An arena site whose request the arena refused ("spill") is counted
//   where its memory came from: the heap; the site row counts both.
//
// Invariants
//   - Every figure is exact, never sampled: tests compare them with counts
//     made by hand (tests/vm_stats.cpp).
//   - The recorder only reads VM state; attributing an allocation never
//     allocates on the GC heap.
//   - No global state: the recorder belongs to one VMState.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "runtime/arena.hpp"
#include "runtime/heap.hpp"

namespace govm::vm {

struct Function;
struct VMState;

// One allocation site (or runtime row) of the report.
struct SiteStats {
    std::string pos;       // "prog.go:11:13"; "prog.go:11" for implicit allocations
    std::string expr;      // as -m prints it, or what the allocation is
    bool arena = false;    // decision: the frame arena (else the heap)
    std::string reason;    // why on the heap ("" for arena sites)
    uint64_t objects = 0;  // allocations made there (arena and heap)
    uint64_t bytes = 0;    // their payload bytes
    uint64_t spills = 0;   // arena requests the arena refused (the heap took them; included above)
};

struct RunStats {
    std::string program;     // the source file as given
    std::string escapeMode;  // "govm", "go" or "off"
    uint64_t calls = 0;        // bytecode function calls (frames pushed, runtime.main's included)
    uint64_t nativeCalls = 0;  // calls of native (standard library, host, C) functions
    uint64_t maxDepth = 0;     // the most frames one goroutine had at once (runtime.main is 1)
    struct Arena {
        uint64_t objects = 0;            // arena allocations
        uint64_t bytes = 0;              // their payload bytes
        uint64_t peakBytes = 0;          // most bytes one goroutine's arena held at once (headers included)
        uint64_t iterationReleases = 0;  // loop-iteration releases (FrameArena::reset)
        uint64_t spills = 0;             // requests refused and sent to the heap
    } arena;
    struct Heap {
        uint64_t objects = 0;          // heap allocations
        uint64_t bytes = 0;            // their payload bytes
        uint64_t livePeakBytes = 0;    // most bytes the heap held at once (headers and rounding included)
        uint64_t gcCycles = 0;
        uint64_t gcPauseTotalNs = 0;
        uint64_t gcPauseMaxNs = 0;
    } heap;
    bool sitesRecorded = false;   // VMConfig::stats was on, so `sites` is filled
    std::vector<SiteStats> sites;  // by bytes, largest first (then objects, position)
};

// The report as `govm run --stats` prints it.
std::string formatStatsText(const RunStats& stats);
// The report as `govm run --stats=json` prints it (one line, then '\n');
// the keys are documented in README.md.
std::string formatStatsJson(const RunStats& stats);
// `s` as a JSON string literal, quotes included (invalid UTF-8 becomes U+FFFD).
std::string jsonString(std::string_view s);

// The heap's AllocObserver while VMConfig::stats is on.
class StatsRecorder final : public rt::AllocObserver {
public:
    explicit StatsRecorder(const VMState& vm);
    void onAllocate(uint64_t payloadBytes, uint64_t slotBytes) override;

    struct Counts {
        uint64_t objects = 0;
        uint64_t bytes = 0;
    };
    // (function, saved pc, native being called or null) of an allocation
    // that is not an allocating instruction's.
    using RuntimeKey = std::tuple<const Function*, uint32_t, const Function*>;

    const std::vector<Counts>& heapSites() const { return heapSites_; }
    const std::map<RuntimeKey, Counts>& runtimeAllocations() const { return runtime_; }

private:
    const VMState& vm_;
    std::vector<Counts> heapSites_;  // by site id
    std::map<RuntimeKey, Counts> runtime_;
    // The last lookup: loops allocate at the same instruction again and again.
    const Function* lastFn_ = nullptr;
    uint32_t lastPc_ = 0;
    int64_t lastSite_ = -1;
};

// The figures of `vm` now (after run() returned, or between host calls).
RunStats collectRunStats(const VMState& vm);

}  // namespace govm::vm
