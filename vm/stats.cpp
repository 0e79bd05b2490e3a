// Run statistics: attributing heap allocations to sites, collecting the
// figures, and the text and JSON reports. The model is in vm/stats.hpp.
#include "vm/stats.hpp"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "vm/state.hpp"

namespace govm::vm {

// ---- attribution ----------------------------------------------------------

StatsRecorder::StatsRecorder(const VMState& vm) : vm_(vm), heapSites_(vm.program.allocSites.size()) {}

namespace {

// The site of the allocating instruction that saved `savedPc` (the loop
// saves a pc somewhere after the instruction word, past zero or more of its
// EXTRA words), or -1.
int64_t siteAt(const Function& fn, uint32_t savedPc) {
    const std::vector<SitePc>& sites = fn.allocSites;
    auto after = std::lower_bound(sites.begin(), sites.end(), savedPc,
                                  [](const SitePc& s, uint32_t pc) { return s.pc < pc; });
    if (after == sites.begin()) return -1;
    const SitePc& candidate = *std::prev(after);
    uint32_t words = 1 + uint32_t(opcodeExtraWords(opcodeOf(fn.code[candidate.pc])));
    return savedPc <= candidate.pc + words ? int64_t(candidate.site) : -1;
}

}  // namespace

void StatsRecorder::onAllocate(uint64_t payloadBytes, uint64_t) {
    const FrameStack& frames = vm_.frames;
    const Function* native = nullptr;
    const Frame* frame = frames.empty() ? nullptr : &frames.back();
    if (frame && frame->kind == FrameKind::Native) {
        native = frame->fn;
        frame = frames.size() >= 2 ? &frames[frames.size() - 2] : nullptr;
    }
    const Function* fn = frame ? frame->fn : nullptr;
    uint32_t savedPc = 0;
    if (fn && frame->pc && !fn->code.empty()) {
        savedPc = uint32_t(frame->pc - fn->code.data());
        if (!native) {
            if (fn != lastFn_ || savedPc != lastPc_) {
                lastFn_ = fn;
                lastPc_ = savedPc;
                lastSite_ = siteAt(*fn, savedPc);
            }
            int64_t site = lastSite_;
            if (site >= 0 && size_t(site) < heapSites_.size()) {
                heapSites_[size_t(site)].objects++;
                heapSites_[size_t(site)].bytes += payloadBytes;
                return;
            }
        }
    } else {
        fn = nullptr;
    }
    Counts& counts = runtime_[RuntimeKey{fn, savedPc, native}];
    counts.objects++;
    counts.bytes += payloadBytes;
}

// ---- collection -----------------------------------------------------------

namespace {

// The instruction of `fn` whose words include `savedPc - 1`.
uint32_t instructionBefore(const Function& fn, uint32_t savedPc) {
    uint32_t at = 0;
    while (at < fn.code.size()) {
        uint32_t next = at + 1 + uint32_t(opcodeExtraWords(opcodeOf(fn.code[at])));
        if (savedPc <= next) return at;
        at = next;
    }
    return savedPc > 0 ? savedPc - 1 : 0;
}

std::string runtimeWhat(Opcode op) {
    switch (op) {
        case Opcode::MAPASSIGN:
        case Opcode::MAPASSIGNP: return "map growth";
        case Opcode::GO: return "goroutine start";
        default: return std::string("runtime (") + opcodeName(op) + ")";
    }
}

SiteStats runtimeRow(const StatsRecorder::RuntimeKey& key) {
    auto [fn, savedPc, native] = key;
    SiteStats row;
    row.reason = "runtime allocation";
    if (!fn) {
        row.pos = "-";
        row.expr = native ? "in " + native->name : "runtime";
        return row;
    }
    uint32_t at = instructionBefore(*fn, savedPc);
    int32_t line = at < fn->lines.size() ? fn->lines[at] : fn->line;
    row.pos = std::string(fn->file) + ":" + std::to_string(line);
    if (native) row.expr = "in " + native->name;
    else row.expr = at < fn->code.size() ? runtimeWhat(opcodeOf(fn->code[at])) : "runtime";
    return row;
}

bool reportedBefore(const SiteStats& a, const SiteStats& b) {
    if (a.bytes != b.bytes) return a.bytes > b.bytes;
    if (a.objects != b.objects) return a.objects > b.objects;
    if (a.pos != b.pos) return a.pos < b.pos;
    return a.expr < b.expr;
}

void collectSites(const VMState& vm, const rt::ArenaTotals& arenas, RunStats& out) {
    const StatsRecorder& recorder = *vm.statsRecorder;
    const std::vector<AllocSite>& sites = vm.program.allocSites;
    // Rows are merged by what they print: one expression may have several
    // instructions (a variable's cell in each loop iteration, a literal
    // compiled twice).
    std::map<std::tuple<std::string, std::string, bool>, SiteStats> rows;
    auto addRow = [&](SiteStats row) {
        if (row.objects == 0 && row.spills == 0) return;
        SiteStats& merged = rows[{row.pos, row.expr, row.arena}];
        if (merged.pos.empty()) {
            merged = std::move(row);
            return;
        }
        merged.objects += row.objects;
        merged.bytes += row.bytes;
        merged.spills += row.spills;
    };
    for (size_t id = 0; id < sites.size(); ++id) {
        SiteStats row{sites[id].pos, sites[id].expr, sites[id].arena, sites[id].reason};
        if (id < arenas.sites.size()) {
            row.objects = arenas.sites[id].objects;
            row.bytes = arenas.sites[id].bytes;
            row.spills = arenas.sites[id].fallbacks;
        }
        if (id < recorder.heapSites().size()) {
            row.objects += recorder.heapSites()[id].objects;
            row.bytes += recorder.heapSites()[id].bytes;
        }
        addRow(std::move(row));
    }
    for (const auto& [key, counts] : recorder.runtimeAllocations()) {
        SiteStats row = runtimeRow(key);
        row.objects = counts.objects;
        row.bytes = counts.bytes;
        addRow(std::move(row));
    }
    for (auto& [key, row] : rows) out.sites.push_back(std::move(row));
    std::sort(out.sites.begin(), out.sites.end(), reportedBefore);
    out.sitesRecorded = true;
}

}  // namespace

RunStats collectRunStats(const VMState& vm) {
    RunStats out;
    out.program = vm.program.sourceName;
    out.escapeMode = vm.program.escapeMode;
    out.calls = vm.callCount;
    out.nativeCalls = vm.nativeCallCount;
    out.maxDepth = vm.maxFrameDepth;

    rt::ArenaTotals arenas = vm.retiredArenas;
    for (const auto& g : vm.goroutines)
        if (g->arena) arenas.add(g->arena->stats(), g->arena->siteStats());
    out.arena.objects = arenas.stats.objects;
    out.arena.bytes = arenas.stats.bytes;
    out.arena.peakBytes = arenas.stats.peakBytes;
    out.arena.iterationReleases = arenas.stats.iterationReleases;
    out.arena.spills = arenas.stats.fallbacks();

    const rt::HeapStats& heap = vm.heap.stats();
    out.heap.objects = heap.totalAllocs;
    out.heap.bytes = heap.totalAllocBytes;
    out.heap.livePeakBytes = heap.liveBytesPeak;
    out.heap.gcCycles = heap.cycles;
    out.heap.gcPauseTotalNs = uint64_t(heap.totalPauseNs);
    out.heap.gcPauseMaxNs = uint64_t(heap.maxPauseNs);

    if (vm.statsRecorder) collectSites(vm, arenas, out);
    return out;
}

// ---- reports --------------------------------------------------------------

namespace {

std::string number(uint64_t n) { return std::to_string(n); }

// Byte counts for people: exact below 10 KiB, then KiB, MiB or GiB with one decimal.
std::string bytesText(uint64_t n) {
    char text[32];
    if (n < 10 * 1024) std::snprintf(text, sizeof text, "%" PRIu64 " B", n);
    else if (n < (1ull << 20)) std::snprintf(text, sizeof text, "%.1f KiB", double(n) / 1024);
    else if (n < (1ull << 30)) std::snprintf(text, sizeof text, "%.1f MiB", double(n) / (1 << 20));
    else std::snprintf(text, sizeof text, "%.1f GiB", double(n) / (1 << 30));
    return text;
}

std::string durationText(uint64_t ns) {
    char text[32];
    if (ns < 1000) std::snprintf(text, sizeof text, "%" PRIu64 "ns", ns);
    else if (ns < 1000000) std::snprintf(text, sizeof text, "%.1fµs", double(ns) / 1e3);
    else if (ns < 1000000000) std::snprintf(text, sizeof text, "%.2fms", double(ns) / 1e6);
    else std::snprintf(text, sizeof text, "%.3fs", double(ns) / 1e9);
    return text;
}

std::string padLeft(const std::string& s, size_t width) {
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string padRight(const std::string& s, size_t width) {
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

}  // namespace

std::string formatStatsText(const RunStats& s) {
    std::string out = "govm stats: " + s.program + " (escape=" + s.escapeMode + ")\n";
    out += "  calls        " + number(s.calls) + " (native " + number(s.nativeCalls) + "), max depth " +
           number(s.maxDepth) + "\n";
    out += "  frame arena  " + number(s.arena.objects) + " objects, " + bytesText(s.arena.bytes) + ", peak " +
           bytesText(s.arena.peakBytes) + ", " + number(s.arena.iterationReleases) + " iteration releases, " +
           number(s.arena.spills) + " spills to the heap\n";
    out += "  heap         " + number(s.heap.objects) + " objects, " + bytesText(s.heap.bytes) + ", live peak " +
           bytesText(s.heap.livePeakBytes) + ", " + number(s.heap.gcCycles) + " GC cycles, pause total " +
           durationText(s.heap.gcPauseTotalNs) + ", max " + durationText(s.heap.gcPauseMaxNs) + "\n";
    if (!s.sitesRecorded) return out;
    out += "  allocation sites by bytes:\n";
    if (s.sites.empty()) {
        out += "    (none)\n";
        return out;
    }
    size_t posWidth = 8;
    for (const SiteStats& site : s.sites) posWidth = std::max(posWidth, site.pos.size());
    out += "    " + padLeft("bytes", 12) + " " + padLeft("objects", 10) + "  " + padRight("site", posWidth) +
           "  decision  expression\n";
    for (const SiteStats& site : s.sites) {
        out += "    " + padLeft(number(site.bytes), 12) + " " + padLeft(number(site.objects), 10) + "  " +
               padRight(site.pos, posWidth) + "  " + padRight(site.arena ? "arena" : "heap", 8) + "  " + site.expr;
        if (!site.arena && !site.reason.empty()) out += "  (" + site.reason + ")";
        if (site.spills > 0) out += "  [" + number(site.spills) + " spilled to the heap]";
        out += "\n";
    }
    return out;
}

std::string jsonString(std::string_view s) {
    std::string out = "\"";
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        char escaped[8];
                        std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                        out += escaped;
                    } else {
                        out += char(c);
                    }
            }
            ++i;
            continue;
        }
        // A well-formed UTF-8 sequence (no overlongs, surrogates or values
        // past U+10FFFF) is copied; anything else becomes U+FFFD.
        size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
        bool valid = n > 0 && c <= 0xf4 && i + n <= s.size();
        for (size_t k = 1; valid && k < n; ++k) valid = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
        if (valid && n >= 3) {
            auto c1 = static_cast<unsigned char>(s[i + 1]);
            if (c == 0xe0 && c1 < 0xa0) valid = false;  // overlong
            if (c == 0xed && c1 >= 0xa0) valid = false;  // surrogate
            if (c == 0xf0 && c1 < 0x90) valid = false;  // overlong
            if (c == 0xf4 && c1 >= 0x90) valid = false;  // > U+10FFFF
        }
        if (valid) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out += "\\ufffd";
            ++i;
        }
    }
    return out + "\"";
}

std::string formatStatsJson(const RunStats& s) {
    std::string out = "{";
    out += "\"program\":" + jsonString(s.program);
    out += ",\"escape_mode\":" + jsonString(s.escapeMode);
    out += ",\"calls\":" + number(s.calls);
    out += ",\"native_calls\":" + number(s.nativeCalls);
    out += ",\"max_depth\":" + number(s.maxDepth);
    out += ",\"arena\":{\"objects\":" + number(s.arena.objects) + ",\"bytes\":" + number(s.arena.bytes) +
           ",\"peak_bytes\":" + number(s.arena.peakBytes) +
           ",\"iteration_releases\":" + number(s.arena.iterationReleases) +
           ",\"spills\":" + number(s.arena.spills) + "}";
    out += ",\"heap\":{\"objects\":" + number(s.heap.objects) + ",\"bytes\":" + number(s.heap.bytes) +
           ",\"live_peak_bytes\":" + number(s.heap.livePeakBytes) + ",\"gc_cycles\":" + number(s.heap.gcCycles) +
           ",\"gc_pause_total_ns\":" + number(s.heap.gcPauseTotalNs) +
           ",\"gc_pause_max_ns\":" + number(s.heap.gcPauseMaxNs) + "}";
    out += ",\"sites\":[";
    for (size_t i = 0; i < s.sites.size(); ++i) {
        const SiteStats& site = s.sites[i];
        if (i) out += ",";
        out += "{\"pos\":" + jsonString(site.pos) + ",\"expr\":" + jsonString(site.expr) +
               ",\"decision\":" + jsonString(site.arena ? "arena" : "heap") +
               ",\"reason\":" + jsonString(site.reason) + ",\"objects\":" + number(site.objects) +
               ",\"bytes\":" + number(site.bytes) + ",\"spills\":" + number(site.spills) + "}";
    }
    out += "]}\n";
    return out;
}

}  // namespace govm::vm
