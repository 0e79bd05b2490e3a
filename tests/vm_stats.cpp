// Run statistics (vm/stats.hpp): exact figures for small programs whose
// allocations are counted by hand, in each escape mode.
//
// How the expected numbers come about. Every program starts with three
// frames (runtime.main, package initialization, main.main), so `calls` is 3
// plus the program's own calls and `max_depth` counts runtime.main as 1.
// Byte figures are payload bytes as requested ([]int of n is 8n); an arena
// object also takes a 24-byte header (ArenaStats::peakBytes counts it), a
// heap object a 16-byte header rounded up to Go's size classes (8, 16, 24,
// 32, 48, 64, ...: live_peak_bytes counts slots). The escape decisions are
// go1.19's (`go build -gcflags='-m -l'` on the same programs prints the same
// positions and expressions) with govm's placement rules (ESCAPE.md).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "compiler/check.hpp"
#include "compiler/codegen.hpp"
#include "compiler/escape.hpp"
#include "lexer/source.hpp"
#include "parser/parse.hpp"
#include "vm/stats.hpp"
#include "vm/vm.hpp"

namespace {

using namespace govm;

struct Outcome {
    int status = -1;
    std::string out, err;
    vm::RunStats stats;
};

Outcome runGo(const std::string& text, EscapeMode mode, vm::VMConfig config = {}) {
    SourceFile source{"prog.go", text};
    Diagnostics diags("prog.go");
    auto parsed = parseFile(source, diags);
    REQUIRE(parsed);
    REQUIRE(parsed->root);
    auto checked = types::checkProgram(*parsed, diags);
    REQUIRE(checked);
    REQUIRE_FALSE(diags.hasErrors());
    EscapeResult escapes = analyzeEscapes(*parsed->root, *checked, mode, 0, "prog.go");
    auto program = generateProgram(*checked, diags, &escapes);
    REQUIRE(program);
    Outcome outcome;
    config.output = [&](int fd, std::string_view bytes) { (fd == 1 ? outcome.out : outcome.err) += bytes; };
    vm::VM machine(*program, std::move(config));
    outcome.status = machine.run();
    outcome.stats = machine.stats();
    return outcome;
}

vm::VMConfig withStats() {
    vm::VMConfig config;
    config.stats = true;
    return config;
}

const vm::SiteStats* findSite(const vm::RunStats& stats, const std::string& pos) {
    for (const vm::SiteStats& site : stats.sites)
        if (site.pos == pos) return &site;
    return nullptr;
}

// Every allocation is attributed to exactly one row.
void requireSitesAddUp(const vm::RunStats& stats) {
    uint64_t objects = 0, bytes = 0;
    for (const vm::SiteStats& site : stats.sites) {
        objects += site.objects;
        bytes += site.bytes;
    }
    REQUIRE(objects == stats.arena.objects + stats.heap.objects);
    REQUIRE(bytes == stats.arena.bytes + stats.heap.bytes);
}

// leak: &T{} escapes (16 bytes, a 32-byte heap slot). local: a 3-int slice
// of non-constant size (24 bytes; arena in govm mode, heap in go mode).
// fixed: a 4-int slice of constant size (32 bytes; arena unless off).
constexpr const char* kThreeSites = R"(package main

type T struct{ a, b int }

var g *T

func leak(i int) { g = &T{i, i} }

func local(n int) int {
	s := make([]int, n)
	return len(s)
}

func fixed() int {
	s := make([]int, 4)
	return cap(s)
}

func main() {
	t := 0
	for i := 0; i < 10; i++ {
		leak(i)
		t += local(3) + fixed()
	}
	println(t)
}
)";


// T1f (ESCAPE.md §4.2): loops whose allocations cannot outlive an iteration
// free them at every back-edge, so the arena holds one iteration's worth.
// work: 1000 iterations of an 8-int slice and a &T{} (64 + 16 bytes, plus
// two 24-byte headers); ranges: 7 slice iterations (2 via continue) and 2 map
// iterations; skipOuter: 500 outer iterations, each resetting the inner
// loop's region once (j = 0) before `continue outer` resets the outer one.
constexpr const char* kIterationRelease = R"(package main

type T struct{ a, b int }

func work(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		buf := make([]int, 8)
		buf[i%8] = i
		p := &T{i, 1}
		total += buf[i%8] + p.b
	}
	return total
}

func ranges(xs []int, m map[int]int) int {
	s := 0
	for _, x := range xs {
		tmp := make([]int, 4)
		if x%2 == 0 {
			continue
		}
		tmp[0] = x
		s += tmp[0]
	}
	for k, v := range m {
		pair := &T{k, v}
		s += pair.a * pair.b
	}
	return s
}

func skipOuter(n int) int {
	s := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < 3; j++ {
			buf := make([]int, 16)
			buf[j] = i
			s += buf[j]
			if j == 1 {
				continue outer
			}
		}
	}
	return s
}

// Returned, so on the heap: main itself keeps nothing in the arena.
func input() ([]int, map[int]int) {
	return []int{1, 2, 3, 4, 5, 6, 7}, map[int]int{1: 2, 3: 4}
}

func main() {
	xs, m := input()
	println(work(1000), ranges(xs, m), skipOuter(500))
}
)";

// Struct and array values (codegen.hpp, "Aggregate values"): variables'
// storage, temporaries and parameter copies are frame-confined, so they live
// in the arena, released every iteration of a loop that makes them; a loop
// that keeps its region (a defer inside) makes them on the heap instead,
// where only the frame reaches them.
constexpr const char* kValues = R"(package main

type Point struct{ x, y int }

type Box struct {
	min, max Point
	tag      *Point
}

func area(b Box) int { return (b.max.x - b.min.x) * (b.max.y - b.min.y) }
func wider(b Box) int { b.max.x++; return area(b) }

func values(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := Point{i, i + 1}
		b := Box{min: p, max: Point{i + 2, i + 4}, tag: &p}
		s += area(b) + wider(b) + b.tag.y
	}
	return s
}

func kept(n int) []Point {
	var out []Point
	for i := 0; i < n; i++ {
		out = append(out, Point{i, i})
	}
	return out
}

func deferred(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		defer func() {}()
		q := Point{i, 2}
		s += q.x * q.y
	}
	return s
}

func main() {
	println(values(100), len(kept(10)), deferred(10))
}
)";

// No release: an append growing a slice declared outside the loop, a defer
// in the loop, and a per-iteration variable carrying a pointer into the next
// iteration.
constexpr const char* kNoIterationRelease = R"(package main

type T struct{ a, b int }

func grows(n int) int {
	var all []int
	for i := 0; i < n; i++ {
		all = append(all, i)
	}
	return len(all)
}

func deferred(n int) (s int) {
	for i := 0; i < n; i++ {
		buf := make([]int, 2)
		buf[0] = i
		defer func(v int) { s += v }(buf[0])
	}
	return 0
}

func carried(n int) int {
	s := 0
	for p := (*T)(nil); n > 0; n-- {
		if p != nil {
			s += p.a
		}
		p = &T{n, n}
	}
	return s
}

func main() {
	println(grows(100), deferred(10), carried(10))
}
)";

}  // namespace

TEST_CASE("stats: an empty program", "[stats]") {
    Outcome r = runGo("package main\n\nfunc main() {}\n", EscapeMode::Govm, withStats());
    REQUIRE(r.status == 0);
    REQUIRE(r.stats.program == "prog.go");
    REQUIRE(r.stats.escapeMode == "govm");
    REQUIRE(r.stats.calls == 3);
    REQUIRE(r.stats.maxDepth == 2);
    REQUIRE(r.stats.arena.objects == 0);
    REQUIRE(r.stats.heap.objects == 0);
    REQUIRE(r.stats.sitesRecorded);
    REQUIRE(r.stats.sites.empty());
}

TEST_CASE("stats: exact counts in govm mode", "[stats]") {
    Outcome r = runGo(kThreeSites, EscapeMode::Govm, withStats());
    REQUIRE(r.err == "70\n");
    const vm::RunStats& s = r.stats;
    REQUIRE(s.escapeMode == "govm");
    REQUIRE(s.calls == 3 + 30);
    REQUIRE(s.nativeCalls == 2);  // println: the int, then the newline
    REQUIRE(s.maxDepth == 3);
    REQUIRE(s.arena.objects == 20);
    REQUIRE(s.arena.bytes == 10 * 24 + 10 * 32);
    REQUIRE(s.arena.peakBytes == 24 + 32);  // one region at a time: fixed's slice and its header
    REQUIRE(s.arena.iterationReleases == 0);
    REQUIRE(s.arena.spills == 0);
    REQUIRE(s.heap.objects == 10);
    REQUIRE(s.heap.bytes == 160);
    REQUIRE(s.heap.livePeakBytes == 10 * 32);
    REQUIRE(s.heap.gcCycles == 0);
    REQUIRE(s.heap.gcPauseTotalNs == 0);
    REQUIRE(s.sites.size() == 3);
    // Sorted by bytes.
    REQUIRE(s.sites[0].pos == "prog.go:15:11");
    REQUIRE(s.sites[0].expr == "make([]int, 4)");
    REQUIRE(s.sites[0].arena);
    REQUIRE(s.sites[0].reason.empty());
    REQUIRE(s.sites[0].objects == 10);
    REQUIRE(s.sites[0].bytes == 320);
    REQUIRE(s.sites[1].pos == "prog.go:10:11");
    REQUIRE(s.sites[1].expr == "make([]int, n)");
    REQUIRE(s.sites[1].arena);
    REQUIRE(s.sites[1].bytes == 240);
    REQUIRE(s.sites[2].pos == "prog.go:7:24");
    REQUIRE(s.sites[2].expr == "&T{...}");
    REQUIRE_FALSE(s.sites[2].arena);
    REQUIRE(s.sites[2].reason == "leaks to heap");
    REQUIRE(s.sites[2].objects == 10);
    REQUIRE(s.sites[2].bytes == 160);
    requireSitesAddUp(s);
}

TEST_CASE("stats: exact counts in go mode", "[stats]") {
    Outcome r = runGo(kThreeSites, EscapeMode::Go, withStats());
    const vm::RunStats& s = r.stats;
    REQUIRE(s.escapeMode == "go");
    REQUIRE(s.calls == 33);
    REQUIRE(s.arena.objects == 10);
    REQUIRE(s.arena.bytes == 320);
    REQUIRE(s.arena.peakBytes == 56);
    REQUIRE(s.heap.objects == 20);
    REQUIRE(s.heap.bytes == 160 + 240);
    REQUIRE(s.heap.livePeakBytes == 10 * 32 + 10 * 48);  // 24 + 16 rounds up to 48
    const vm::SiteStats* local = findSite(s, "prog.go:10:11");
    REQUIRE(local);
    REQUIRE_FALSE(local->arena);
    REQUIRE(local->reason == "non-constant size");
    REQUIRE(local->objects == 10);
    REQUIRE(findSite(s, "prog.go:15:11")->arena);
    requireSitesAddUp(s);
}

TEST_CASE("stats: exact counts with escape analysis off", "[stats]") {
    Outcome r = runGo(kThreeSites, EscapeMode::Off, withStats());
    const vm::RunStats& s = r.stats;
    REQUIRE(s.escapeMode == "off");
    REQUIRE(s.calls == 33);
    REQUIRE(s.arena.objects == 0);
    REQUIRE(s.arena.peakBytes == 0);
    REQUIRE(s.heap.objects == 30);
    REQUIRE(s.heap.bytes == 160 + 240 + 320);
    REQUIRE(s.heap.livePeakBytes == 10 * 32 + 10 * 48 + 10 * 48);
    REQUIRE(s.sites.size() == 3);
    for (const vm::SiteStats& site : s.sites) {
        REQUIRE_FALSE(site.arena);
        REQUIRE(site.reason == "escape analysis off");
        REQUIRE(site.objects == 10);
    }
    requireSitesAddUp(s);
}

TEST_CASE("stats: totals are counted without VMConfig::stats", "[stats]") {
    Outcome with = runGo(kThreeSites, EscapeMode::Govm, withStats());
    Outcome without = runGo(kThreeSites, EscapeMode::Govm);
    REQUIRE_FALSE(without.stats.sitesRecorded);
    REQUIRE(without.stats.sites.empty());
    REQUIRE(without.stats.calls == with.stats.calls);
    REQUIRE(without.stats.maxDepth == with.stats.maxDepth);
    REQUIRE(without.stats.arena.objects == with.stats.arena.objects);
    REQUIRE(without.stats.arena.bytes == with.stats.arena.bytes);
    REQUIRE(without.stats.heap.objects == with.stats.heap.objects);
    REQUIRE(without.stats.heap.bytes == with.stats.heap.bytes);
}

TEST_CASE("stats: a refused arena request spills to the heap at its site", "[stats]") {
    // 16 ints (128 bytes) exceed a 64-byte ArenaMaxObject: each of the three
    // requests goes to the heap (144 bytes: a 144-byte slot).
    vm::VMConfig config = withStats();
    config.arena.maxObjectBytes = 64;
    Outcome r = runGo(R"(package main

func f() int {
	s := make([]int, 16)
	return len(s)
}

func main() {
	n := f() + f() + f()
	println(n)
}
)",
                      EscapeMode::Govm, config);
    REQUIRE(r.err == "48\n");
    const vm::RunStats& s = r.stats;
    REQUIRE(s.arena.objects == 0);
    REQUIRE(s.arena.spills == 3);
    REQUIRE(s.heap.objects == 3);
    REQUIRE(s.heap.bytes == 3 * 128);
    REQUIRE(s.sites.size() == 1);
    REQUIRE(s.sites[0].pos == "prog.go:4:11");
    REQUIRE(s.sites[0].arena);
    REQUIRE(s.sites[0].spills == 3);
    REQUIRE(s.sites[0].objects == 3);
    REQUIRE(s.sites[0].bytes == 384);
    requireSitesAddUp(s);
}

TEST_CASE("stats: figures after a panic and after os.Exit", "[stats]") {
    constexpr const char* kPanics = R"(package main

func f(i int) int {
	s := make([]int, 2)
	return s[i]
}

func main() {
	println(f(1))
	println(f(2))
}
)";
    for (EscapeMode mode : {EscapeMode::Govm, EscapeMode::Go, EscapeMode::Off}) {
        Outcome r = runGo(kPanics, mode, withStats());
        REQUIRE(r.status == 2);
        REQUIRE(r.err.find("index out of range [2] with length 2") != std::string::npos);
        REQUIRE(r.stats.calls == 3 + 2);
        REQUIRE(r.stats.maxDepth == 3);
        const vm::SiteStats* site = findSite(r.stats, "prog.go:4:11");
        REQUIRE(site);
        REQUIRE(site->objects == 2);
        REQUIRE(site->arena == (mode != EscapeMode::Off));
        requireSitesAddUp(r.stats);
    }
    Outcome exited = runGo(R"(package main

import "os"

func main() {
	p := new(int)
	*p = 4
	os.Exit(*p)
}
)",
                           EscapeMode::Govm, withStats());
    REQUIRE(exited.status == 4);
    const vm::SiteStats* site = findSite(exited.stats, "prog.go:6:10");
    REQUIRE(site);
    REQUIRE(site->expr == "new(int)");
    REQUIRE(site->arena);
    REQUIRE(site->objects == 1);
    REQUIRE(site->bytes == 8);
}

TEST_CASE("stats: the arenas of finished goroutines are counted", "[stats]") {
    Outcome r = runGo(R"(package main

func work(n int) int {
	b := make([]int, n)
	return len(b)
}

func main() {
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			s := 0
			for i := 0; i < 10; i++ {
				s += work(8)
			}
			done <- s
		}()
	}
	t := 0
	for g := 0; g < 4; g++ {
		t += <-done
	}
	println(t)
}
)",
                      EscapeMode::Govm, withStats());
    REQUIRE(r.err == "320\n");
    REQUIRE(r.stats.arena.objects == 40);
    REQUIRE(r.stats.arena.bytes == 40 * 64);
    REQUIRE(r.stats.arena.peakBytes == 64 + 24);
    const vm::SiteStats* site = findSite(r.stats, "prog.go:4:11");
    REQUIRE(site);
    REQUIRE(site->objects == 40);
    // The channel and the four closures, which capture `done` by value.
    REQUIRE(r.stats.heap.objects == 5);
    requireSitesAddUp(r.stats);
}

TEST_CASE("stats: allocations the escape pass does not report", "[stats]") {
    Outcome r = runGo(R"(package main

type P struct{ x, y int }

var kept map[int]int

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	p := P{1, 2}
	q := p
	q.x = 3
	println(len(m), p.x, q.x)
	kept = m
}
)",
                      EscapeMode::Govm, withStats());
    REQUIRE(r.err == "100 1 3\n");
    const vm::RunStats& s = r.stats;
    const vm::SiteStats* growth = findSite(s, "prog.go:10");
    REQUIRE(growth);
    REQUIRE(growth->expr == "map growth");
    REQUIRE_FALSE(growth->arena);
    REQUIRE(growth->objects > 0);
    // Struct values Go keeps on the stack are frame-confined: the arena.
    const vm::SiteStats* literal = findSite(s, "prog.go:12:8");
    REQUIRE(literal);
    REQUIRE(literal->expr == "main.P{...}");
    REQUIRE(literal->arena);
    REQUIRE(literal->objects == 1);
    REQUIRE(literal->bytes == 16);
    const vm::SiteStats* copy = findSite(s, "prog.go:13");
    REQUIRE(copy);
    REQUIRE(copy->expr == "copy of a main.P value");
    REQUIRE(copy->arena);
    REQUIRE(copy->objects == 1);
    requireSitesAddUp(s);
}

TEST_CASE("stats: gctrace prints one line per cycle", "[stats]") {
    std::vector<std::string> lines;
    vm::VMConfig config = withStats();
    config.gcTrace = [&](const std::string& line) { lines.push_back(line); };
    Outcome r = runGo(R"(package main

func f(i int) []int { return make([]int, 100) }

var keep []int

func main() {
	for i := 0; i < 20000; i++ {
		keep = f(i)
	}
	println(len(keep))
}
)",
                      EscapeMode::Off, config);
    REQUIRE(r.err == "100\n");
    REQUIRE(r.stats.heap.objects == 20000);
    REQUIRE(r.stats.heap.gcCycles >= 1);
    REQUIRE(lines.size() == r.stats.heap.gcCycles);
    for (size_t i = 0; i < lines.size(); ++i) {
        INFO(lines[i]);
        REQUIRE(lines[i].rfind("gc " + std::to_string(i + 1) + " @", 0) == 0);
        REQUIRE(lines[i].find("s ") != std::string::npos);
        REQUIRE(lines[i].find(" MB, ") != std::string::npos);
        REQUIRE(lines[i].find(" MB goal") != std::string::npos);
    }
    REQUIRE(r.stats.heap.gcPauseMaxNs > 0);
    REQUIRE(r.stats.heap.gcPauseTotalNs >= r.stats.heap.gcPauseMaxNs);
}

TEST_CASE("stats: garbage that only natives allocate is collected", "[stats]") {
    // No instruction of the loop allocates: only strings.Repeat does, which
    // never collects by itself. 40 MB of garbage must not all stay live.
    Outcome r = runGo(R"(package main

import "strings"

func main() {
	n := 0
	for i := 0; i < 200000; i++ {
		n += len(strings.Repeat("ab", 100))
	}
	println(n)
}
)",
                      EscapeMode::Govm, withStats());
    REQUIRE(r.err == "40000000\n");
    REQUIRE(r.stats.heap.gcCycles >= 1);
    REQUIRE(r.stats.heap.livePeakBytes < 16u << 20);
}

TEST_CASE("stats: the JSON report", "[stats]") {
    vm::RunStats s;
    s.program = "dir/\"odd\"\\name\t.go";
    s.escapeMode = "govm";
    s.calls = 5;
    s.nativeCalls = 1;
    s.maxDepth = 3;
    s.arena = {2, 48, 72, 0, 1};
    s.heap = {3, 40, 96, 1, 1500, 1500};
    s.sitesRecorded = true;
    s.sites.push_back({"prog.go:4:11", "make([]int, n)", true, "", 2, 48, 1});
    s.sites.push_back({"prog.go:7:24", "&T{...}", false, "leaks to heap", 3, 40, 0});
    REQUIRE(vm::formatStatsJson(s) ==
            "{\"program\":\"dir/\\\"odd\\\"\\\\name\\t.go\",\"escape_mode\":\"govm\",\"calls\":5,"
            "\"native_calls\":1,\"max_depth\":3,"
            "\"arena\":{\"objects\":2,\"bytes\":48,\"peak_bytes\":72,\"iteration_releases\":0,\"spills\":1},"
            "\"heap\":{\"objects\":3,\"bytes\":40,\"live_peak_bytes\":96,\"gc_cycles\":1,"
            "\"gc_pause_total_ns\":1500,\"gc_pause_max_ns\":1500},"
            "\"sites\":[{\"pos\":\"prog.go:4:11\",\"expr\":\"make([]int, n)\",\"decision\":\"arena\",\"reason\":\"\","
            "\"objects\":2,\"bytes\":48,\"spills\":1},"
            "{\"pos\":\"prog.go:7:24\",\"expr\":\"&T{...}\",\"decision\":\"heap\",\"reason\":\"leaks to heap\","
            "\"objects\":3,\"bytes\":40,\"spills\":0}]}\n");
}

TEST_CASE("stats: JSON strings are escaped and valid UTF-8", "[stats]") {
    REQUIRE(vm::jsonString("plain") == "\"plain\"");
    REQUIRE(vm::jsonString("a\"b\\c") == "\"a\\\"b\\\\c\"");
    REQUIRE(vm::jsonString(std::string("\x01\n\x7f", 3)) == "\"\\u0001\\n\\u007f\"");
    REQUIRE(vm::jsonString("héllo, 世界 🙂") == "\"héllo, 世界 🙂\"");
    REQUIRE(vm::jsonString("\xff") == "\"\\ufffd\"");
    REQUIRE(vm::jsonString("\xc0\x80") == "\"\\ufffd\\ufffd\"");            // overlong
    REQUIRE(vm::jsonString("\xed\xa0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");  // surrogate
    REQUIRE(vm::jsonString("\xe4\xb8") == "\"\\ufffd\\ufffd\"");             // truncated
    REQUIRE(vm::jsonString(std::string("a\0b", 3)) == "\"a\\u0000b\"");
}

TEST_CASE("stats: the text report", "[stats]") {
    Outcome r = runGo(kThreeSites, EscapeMode::Govm, withStats());
    std::string text = vm::formatStatsText(r.stats);
    INFO(text);
    REQUIRE(text.rfind("govm stats: prog.go (escape=govm)\n", 0) == 0);
    REQUIRE(text.find("calls        33 (native 2), max depth 3\n") != std::string::npos);
    REQUIRE(text.find("frame arena  20 objects, 560 B, peak 56 B, 0 iteration releases, 0 spills to the heap\n") !=
            std::string::npos);
    REQUIRE(text.find("heap         10 objects, 160 B, live peak 320 B, 0 GC cycles") != std::string::npos);
    REQUIRE(text.find("prog.go:10:11  arena     make([]int, n)\n") != std::string::npos);
    REQUIRE(text.find("prog.go:7:24   heap      &T{...}  (leaks to heap)\n") != std::string::npos);
}

TEST_CASE("stats: loops release their arena allocations every iteration", "[stats]") {
    Outcome r = runGo(kIterationRelease, EscapeMode::Govm, withStats());
    REQUIRE(r.status == 0);
    REQUIRE(r.err == "500500 30 249500\n");  // go1.19's output
    REQUIRE(r.stats.arena.iterationReleases == 1000 + 9 + 1000);
    REQUIRE(r.stats.arena.peakBytes == 16 * 8 + 24);  // skipOuter's buffer, the largest iteration
    REQUIRE(r.stats.arena.spills == 0);

    Outcome go = runGo(kIterationRelease, EscapeMode::Go, withStats());
    REQUIRE(go.err == r.err);
    REQUIRE(go.stats.arena.iterationReleases == 0);  // govm mode only
}

TEST_CASE("stats: loops whose allocations outlive an iteration keep them", "[stats]") {
    Outcome r = runGo(kNoIterationRelease, EscapeMode::Govm, withStats());
    REQUIRE(r.status == 0);
    REQUIRE(r.err == "100 45 54\n");  // go1.19's output
    REQUIRE(r.stats.arena.iterationReleases == 0);
}

TEST_CASE("stats: struct and array values live in the frame arena", "[stats]") {
    vm::VMConfig config = withStats();
    config.checkArena = true;  // the heap values of `deferred` hold no arena pointer the checker minds
    Outcome r = runGo(kValues, EscapeMode::Govm, std::move(config));
    REQUIRE(r.status == 0);
    REQUIRE(r.err == "6550 10 90\n");  // go1.19's output
    const vm::RunStats& s = r.stats;
    REQUIRE(s.arena.iterationReleases == 100 + 10);  // values and kept; deferred keeps its region
    REQUIRE(s.arena.spills == 0);
    const vm::SiteStats* p = findSite(s, "prog.go:16:13");
    REQUIRE(p);
    REQUIRE(p->arena);
    REQUIRE(p->expr == "main.Point{...}");
    REQUIRE(p->objects == 100);
    REQUIRE(findSite(s, "prog.go:10") == nullptr);  // area reads its caller's Box (canBorrowParams)
    const vm::SiteStats* param = findSite(s, "prog.go:11");  // wider changes its copy
    REQUIRE(param);
    REQUIRE(param->arena);
    REQUIRE(param->expr == "copy of a main.Box value");
    REQUIRE(param->objects == 100);
    REQUIRE(findSite(s, "prog.go:26:26")->arena);  // appended by copy: the temporary stays local
    const vm::SiteStats* q = findSite(s, "prog.go:35:13");
    REQUIRE(q);
    REQUIRE_FALSE(q->arena);
    REQUIRE(q->reason == "made where no arena region would free it (frame-confined)");
    REQUIRE(q->objects == 10);
    requireSitesAddUp(s);

    Outcome off = runGo(kValues, EscapeMode::Off, withStats());
    REQUIRE(off.err == r.err);
    REQUIRE(off.stats.arena.objects == 0);
}
