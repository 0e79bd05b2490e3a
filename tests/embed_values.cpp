// Maps, structs and other script values crossing the embedding API: host
// functions taking and returning govm::Value (Go `any`) and std::map, VM::call
// with maps and Values, and inspecting a Value from C++.
#include <catch2/catch.hpp>

#include <map>
#include <unordered_map>

#include "embed_util.hpp"

namespace {

// Each script value kind as a Value, through a host function that keeps what
// it is given.
const char* const kInspected = R"(package main

import "host"

type Point struct {
	X, Y int
	Name string
	tags []string
}

type Shape struct {
	Center Point
	Corner *Point
	Scale  float64
	Seen   map[string]int
	Ok     bool
	Raw    []byte
	Arr    [3]int16
	u      uint32
}

func Keep() {
	p := &Point{X: 3, Y: -4, Name: "p", tags: []string{"a", "b"}}
	host.Keep(Shape{Center: Point{X: 1, Y: 2, Name: "c"}, Corner: p, Scale: 1.5,
		Seen: map[string]int{"x": 1, "y": 2}, Ok: true, Raw: []byte("hi"), Arr: [3]int16{7, -8, 9}, u: 4000000000})
	host.Keep(p)
	host.Keep(map[int]string{1: "one", 2: "two"})
	host.Keep(nil)
	host.Keep(42)
	p.X = 30 // the pointer is shared: the host sees this
}
)";

}  // namespace

TEST_CASE("host functions take script values as govm::Value (Go any) and inspect them", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    std::vector<govm::Value> kept;
    config.package("host").function("Keep", [&](govm::Value v) { kept.push_back(std::move(v)); });
    govm::VM vm(mustCompile(config, kInspected), config);
    REQUIRE(vm.call("Keep"));
    vm.collectGarbage();  // the handles are roots
    REQUIRE(kept.size() == 5);

    const govm::Value& shape = kept[0];
    CHECK(shape.kind() == govm::Value::Kind::Struct);
    CHECK(shape.typeName() == "main.Shape");
    CHECK(shape.field("Center").typeName() == "main.Point");
    CHECK(shape.field("Center").field("Y").toInt() == 2);
    CHECK(shape.field("Center").field("Name").toString() == "c");
    CHECK(shape.field("Corner").kind() == govm::Value::Kind::Pointer);
    CHECK(shape.field("Corner").field("X").toInt() == 30);  // through the pointer, after the script's write
    CHECK(shape.field("Corner").elem().field("Y").toInt() == -4);
    CHECK(shape.field("Scale").toFloat() == 1.5);
    CHECK(shape.field("Ok").toBool() == true);
    CHECK(shape.field("Raw").len() == 2);
    CHECK(shape.field("Raw").index(1).toUint() == uint64_t('i'));
    CHECK(shape.field("Arr").kind() == govm::Value::Kind::Array);
    CHECK(shape.field("Arr").len() == 3);
    CHECK(shape.field("Arr").index(1).toInt() == -8);
    CHECK(shape.field("u").toUint() == 4000000000u);
    CHECK(shape.field("u").toInt() == 4000000000);
    CHECK(shape.field("Seen").lookup("y").toInt() == 2);
    CHECK_FALSE(shape.field("Seen").lookup("z"));
    CHECK(shape.field("Seen").len() == 2);
    // Mismatched questions get empty answers, not crashes.
    CHECK_FALSE(shape.field("Nope"));
    CHECK_FALSE(shape.toInt());
    CHECK(shape.len() == -1);
    CHECK_FALSE(shape.field("Arr").index(3));
    CHECK_FALSE(shape.field("Seen").lookup(int64_t(1)));
    CHECK_FALSE(shape.field("Scale").toString());

    const govm::Value& p = kept[1];
    CHECK(p.typeName() == "*main.Point");
    CHECK(p.field("tags").index(1).toString() == "b");

    const govm::Value& m = kept[2];
    CHECK(m.kind() == govm::Value::Kind::Map);
    std::map<int64_t, std::string> entries;
    for (auto& [k, v] : m.entries()) entries[*k.toInt()] = *v.toString();
    CHECK(entries == std::map<int64_t, std::string>{{1, "one"}, {2, "two"}});
    CHECK(m.lookup(int64_t(2)).toString() == "two");

    CHECK(kept[3].kind() == govm::Value::Kind::Nil);
    CHECK(kept[3].typeName() == "nil");
    CHECK(kept[4].kind() == govm::Value::Kind::Int);
    CHECK(kept[4].typeName() == "int");
    CHECK(kept[4].toInt() == 42);

    govm::Value empty;
    CHECK(empty.kind() == govm::Value::Kind::Invalid);
    CHECK_FALSE(empty.field("X"));
    CHECK(empty.entries().empty());
}

TEST_CASE("values go back to scripts: host results, VM::call arguments, interfaces", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    govm::Value stored;
    config.package("host")
        .function("Store", [&](govm::Value v) { stored = std::move(v); })
        .function("Load", [&]() -> const govm::Value& { return stored; });
    govm::VM vm(mustCompile(config, R"go(package main

import (
	"fmt"
	"host"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c *Counter) String() string { return fmt.Sprintf("counter(%d)", c.n) }

type Pair struct{ A, B int }

func New() *Counter { return &Counter{} }
func MakePair(a, b int) Pair { return Pair{a, b} }

func Bump(c *Counter) int { c.Inc(); return c.n }
func Describe(s fmt.Stringer) string { return s.String() }
func Show(v any) string { return fmt.Sprintf("%T %v", v, v) }
func Swap(p Pair) Pair { p.A, p.B = p.B, p.A; return p }

func Roundtrip() string {
	host.Store(map[string]int{"k": 7})
	m := host.Load().(map[string]int)
	m["k"]++
	host.Store(New())
	c := host.Load().(*Counter)
	c.Inc()
	host.Store(nil)
	return fmt.Sprint(m, " ", c, " ", host.Load() == nil)
}
)go"),
                config);
    CHECK(*vm.call<std::string>("Roundtrip") == "map[k:8] counter(1) true");

    govm::Value counter = *vm.call<govm::Value>("New");
    CHECK(*vm.call<int64_t>("Bump", counter) == 1);
    CHECK(*vm.call<int64_t>("Bump", counter) == 2);
    CHECK(*vm.call<std::string>("Describe", counter) == "counter(2)");  // *Counter implements fmt.Stringer
    CHECK(*vm.call<std::string>("Show", counter) == "*main.Counter counter(2)");

    // A struct passes by value: the callee's changes do not reach the host's copy.
    govm::Value pair = *vm.call<govm::Value>("MakePair", 1, 2);
    govm::Value swapped = *vm.call<govm::Value>("Swap", pair);
    CHECK(swapped.field("A").toInt() == 2);
    CHECK(pair.field("A").toInt() == 1);
    CHECK(*vm.call<std::string>("Show", pair) == "main.Pair {1 2}");

    govm::Value boxed = *vm.call<govm::Value>("MakePair", 5, 6);
    CHECK(*vm.call<std::string>("Show", boxed) == "main.Pair {5 6}");

    // Wrong types are BadCall errors naming what was given.
    auto bad = vm.call<int64_t>("Bump", pair);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind == govm::Error::Kind::BadCall);
    CHECK(bad.error().message == "cannot use a govm::Value of type main.Pair as *main.Counter value in argument 1 to Bump");
    auto notStringer = vm.call<std::string>("Describe", pair);
    REQUIRE_FALSE(notStringer);
    CHECK(notStringer.error().message ==
          "cannot use a govm::Value of type main.Pair (missing method String) as fmt.Stringer value in argument 1 to "
          "Describe");
}

TEST_CASE("maps cross as std::map and std::unordered_map, copied both ways", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    config.package("host")
        .function("Sum", [](const std::map<std::string, int64_t>& m) {
            int64_t total = 0;
            for (const auto& [k, v] : m) total += int64_t(k.size()) * v;
            return total;
        })
        .function("Squares", [](int32_t n) {
            std::unordered_map<int32_t, double> out;
            for (int32_t i = 0; i < n; ++i) out[i] = double(i) * i / 2;
            return out;
        })
        .function("Flags", []() { return std::map<std::string, bool>{{"on", true}, {"off", false}}; });
    govm::Program program = mustCompile(config, R"(package main

import (
	"fmt"
	"host"
)

func Local() int {
	m := map[string]int{"ab": 2, "c": 10}
	return host.Sum(m)
}

func Main() string {
	sq := host.Squares(4)
	sq[9] = 1
	return fmt.Sprint(sq, " ", host.Flags(), " ", len(host.Squares(0)))
}

func Count(words map[string]int) map[int]string {
	out := map[int]string{}
	for w, n := range words {
		out[n] = w
	}
	return out
}
)");
    govm::VM vm(program, config);
    CHECK(*vm.call<int64_t>("Local") == 14);
    CHECK(*vm.call<std::string>("Main") == "map[0:0 1:0.5 2:2 3:4.5 9:1] map[off:false on:true] 0");

    std::map<std::string, int64_t> words{{"go", 1}, {"vm", 2}, {"", 3}};
    auto counted = vm.call<std::map<int64_t, std::string>>("Count", words);
    REQUIRE(counted);
    CHECK(*counted == std::map<int64_t, std::string>{{1, "go"}, {2, "vm"}, {3, ""}});

    // The map type must match the parameter's exactly.
    auto bad = vm.call<std::map<int64_t, std::string>>("Count", std::map<std::string, double>{});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "cannot use a C++ map[string]float64 as map[string]int value in argument 1 to Count");
    auto badResult = vm.call<std::map<int64_t, int64_t>>("Count", words);
    REQUIRE_FALSE(badResult);
    CHECK(badResult.error().kind == govm::Error::Kind::BadCall);

    // The checker sees the map signatures.
    auto wrong = govm::compile(config, "package main\n\nimport \"host\"\n\nfunc main() { host.Sum(map[string]bool{}) }\n");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message ==
          "cannot use map[string]bool{} (value of type map[string]bool) as type map[string]int in argument to host.Sum");
}

TEST_CASE("a host exception of any type is a Go panic", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    config.package("host").function("Throw", [](int64_t n) {
        if (n == 1) throw 42;
        if (n == 2) throw std::string("not an exception class");
    });
    govm::VM vm(mustCompile(config, R"(package main

import (
	"fmt"
	"host"
)

func Try(n int) (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	host.Throw(n)
	return "none"
}
)"),
                config);
    CHECK(*vm.call<std::string>("Try", 0) == "<nil>");
    CHECK(*vm.call<std::string>("Try", 1) == "host.Throw: a C++ exception that is not a std::exception");
    CHECK(*vm.call<std::string>("Try", 2) == "host.Throw: a C++ exception that is not a std::exception");
}

TEST_CASE("a Value belongs to its VM", "[embed]") {
    govm::Config config;
    govm::Program program =
        mustCompile(config, "package main\n\ntype T struct{ n int }\n\nfunc New() *T { return &T{} }\nfunc Use(t *T) {}\n");
    govm::VM a(program, config), b(program, config);
    govm::Value t = *a.call<govm::Value>("New");
    REQUIRE(a.call("Use", t));
    auto cross = b.call("Use", t);
    REQUIRE_FALSE(cross);
    CHECK(cross.error().kind == govm::Error::Kind::BadCall);
    CHECK(cross.error().message == "a govm::Value of another VM passed to Use");
}

TEST_CASE("a Value that outlives its VM is empty", "[embed]") {
    govm::Config config;
    govm::Program program = mustCompile(config, "package main\n\ntype T struct{ n int }\n\nfunc New() *T { return &T{n: 1} }\n");
    govm::Value orphan;
    {
        govm::VM vm(program, config);
        orphan = *vm.call<govm::Value>("New");
        CHECK(orphan.field("n").toInt() == 1);
    }
    CHECK_FALSE(orphan);
    CHECK(orphan.kind() == govm::Value::Kind::Invalid);
    CHECK_FALSE(orphan.field("n"));
}

TEST_CASE("what a host function may keep escapes; views stay in the arena", "[embed]") {
    govm::Config config;
    govm::Value kept;
    config.package("host")
        .function("Keep", [&](govm::Value v) { kept = std::move(v); })
        .function("Peek", [](std::span<const int64_t> xs) { return xs.empty() ? int64_t(0) : xs[0]; });
    config.siteStats = true;
    govm::VM vm(mustCompile(config, R"(package main

import "host"

func Use() int {
	kept := make([]int, 3)
	kept[2] = 9
	host.Keep(kept)
	viewed := make([]int, 3)
	viewed[0] = 4
	return host.Peek(viewed)
}
)"),
                config);
    CHECK(*vm.call<int64_t>("Use") == 4);
    vm.collectGarbage();
    CHECK(kept.index(2).toInt() == 9);
    std::map<std::string, std::string> decisions;
    for (const govm::Stats::Site& site : vm.stats().sites) decisions[site.pos] = site.decision;
    CHECK(decisions["script.go:6:14"] == "heap");
    CHECK(decisions["script.go:9:16"] == "arena");
}

TEST_CASE("arguments too big for the heap limit end the call with an error, not an exception", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    config.limits.heapBytes = 1 << 20;
    govm::VM vm(mustCompile(config, "package main\n\nfunc Len(s string) int { return len(s) }\n"), config);
    CHECK(*vm.call<int64_t>("Len", std::string(1000, 'x')) == 1000);
    auto r = vm.call<int64_t>("Len", std::string(4 << 20, 'x'));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == govm::Error::Kind::OutOfMemory);
}
