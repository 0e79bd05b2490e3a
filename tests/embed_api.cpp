// The embedding API (include/govm/govm.hpp) as a host program uses it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <thread>

#include "embed_util.hpp"

TEST_CASE("compile errors are structured diagnostics", "[embed]") {
    govm::Config config;
    auto program = govm::compile(config, "package main\n\nfunc main() {\n\tx := 1\n}\n", "bad.go");
    REQUIRE_FALSE(program);
    const govm::Error& e = program.error();
    CHECK(e.kind == govm::Error::Kind::Compile);
    CHECK(e.message == "x declared but not used");
    CHECK(e.file == "bad.go");
    CHECK(e.line == 4);
    CHECK(e.column == 2);
    REQUIRE(e.diagnostics.size() == 1);
    CHECK(e.diagnostics[0] == "bad.go:4:2: x declared but not used");

    auto syntax = govm::compile(config, "package main\nfunc main() {\n", "syntax.go");
    REQUIRE_FALSE(syntax);
    CHECK(syntax.error().kind == govm::Error::Kind::Compile);
    CHECK(syntax.error().line == 3);
}

TEST_CASE("run main with captured output", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    govm::VM vm(mustCompile(config, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\", 42) }\n"), config);
    REQUIRE(vm.run());
    CHECK(io.out == "hi 42\n");
    CHECK(io.err.empty());
}

TEST_CASE("call script functions with typed arguments and results", "[embed]") {
    govm::Config config;
    govm::Program program = mustCompile(config, R"(package main

import "strings"

var calls int

func init() { calls = 100 }

func Fib(n int) int {
	calls++
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

func Calls() int { return calls }

func Greet(name string, times int) string { return strings.Repeat("hi "+name+"! ", times) }

func Sum(xs []int) (int, int) {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s, len(xs)
}

func Scale(xs []float64, k float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func Even(n int) bool { return n%2 == 0 }
)");
    govm::VM vm(program, config);
    auto fib = vm.call<int64_t>("Fib", 20);
    REQUIRE(fib);
    CHECK(*fib == 6765);
    CHECK(*vm.call<int64_t>("Calls") == 100 + 21891);  // init ran once, before the first call

    auto greet = vm.call<std::string>("Greet", "gopher", 2);
    REQUIRE(greet);
    CHECK(*greet == "hi gopher! hi gopher! ");

    std::vector<int64_t> xs{1, 2, 3, 4};
    auto sum = vm.call<std::tuple<int64_t, int64_t>>("Sum", xs);
    REQUIRE(sum);
    CHECK(std::get<0>(*sum) == 10);
    CHECK(std::get<1>(*sum) == 4);

    auto scaled = vm.call<std::vector<double>>("Scale", std::vector<double>{1.5, -2}, 2.0);
    REQUIRE(scaled);
    CHECK(*scaled == std::vector<double>{3.0, -4.0});
    CHECK(*vm.call<bool>("Even", 10));

    CHECK_THAT(program.functions(), Catch::Matchers::VectorContains(std::string("Greet func(string, int) string")));
}

TEST_CASE("bad calls are errors, not crashes", "[embed]") {
    govm::Config config;
    govm::VM vm(mustCompile(config, "package main\n\nfunc Add(a, b int) int { return a + b }\n"), config);
    auto missing = vm.call<int64_t>("Nope");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == govm::Error::Kind::BadCall);
    CHECK(missing.error().message == "no function Nope in package main");

    auto few = vm.call<int64_t>("Add", 1);
    REQUIRE_FALSE(few);
    CHECK(few.error().message == "not enough arguments in call to Add (func(int, int) int)");

    auto wrongType = vm.call<int64_t>("Add", 1, "two");
    REQUIRE_FALSE(wrongType);
    CHECK(wrongType.error().message == "cannot use a C++ string as int value in argument 2 to Add");

    auto wrongResult = vm.call<std::string>("Add", 1, 2);
    REQUIRE_FALSE(wrongResult);
    CHECK(wrongResult.error().kind == govm::Error::Kind::BadCall);

    // A bad call does not kill the VM.
    CHECK(*vm.call<int64_t>("Add", 1, 2) == 3);
    CHECK_THROWS_AS(vm.call<int64_t>("Nope").value(), govm::Exception);
}

TEST_CASE("host packages: deduced signatures, checked calls, both directions", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    std::vector<std::string> logged;
    int64_t total = 0;
    config.package("host")
        .function("Log", [&](std::string_view s) { logged.emplace_back(s); })
        .function("Add", [](int64_t a, int64_t b) { return a + b; })
        .function("Hypot", [](double a, double b) { return std::sqrt(a * a + b * b); })
        .function("Upper", [](std::string s) {
            for (char& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
            return s;
        })
        .function("Total", [&](std::span<const int64_t> xs) {
            for (int64_t x : xs) total += x;
            return int64_t(xs.size());
        })
        .function("Range", [](int64_t n) {
            std::vector<int64_t> v;
            for (int64_t i = 0; i < n; ++i) v.push_back(i * i);
            return v;
        });
    govm::Program program = mustCompile(config, R"(package main

import (
	"fmt"
	"host"
)

func main() {
	host.Log("start")
	fmt.Println(host.Add(40, 2), host.Hypot(3, 4), host.Upper("gopher"))
	buf := make([]int, 0, 8)
	for i := 1; i <= 5; i++ {
		buf = append(buf, i)
	}
	fmt.Println(host.Total(buf), host.Range(4))
}
)");
    config.siteStats = true;
    govm::VM vm(program, config);
    REQUIRE(vm.run());
    CHECK(io.out == "42 5 GOPHER\n5 [0 1 4 9]\n");
    // Host parameters are views: the slice passed to host.Total stays in the frame arena.
    govm::Stats stats = vm.stats();
    bool found = false;
    for (const govm::Stats::Site& site : stats.sites)
        if (site.expr == "make([]int, 0, 8)") {
            found = true;
            CHECK(site.pos == "script.go:11:13");
            CHECK(site.decision == "arena");
            CHECK(site.objects == 1);
            CHECK(site.bytes == 64);
        }
    CHECK(found);
    CHECK(stats.arena.objects >= 1);
    CHECK(stats.calls >= 2);
    CHECK(logged == std::vector<std::string>{"start"});
    CHECK(total == 15);

    // The checker sees the deduced signatures.
    auto bad = govm::compile(config, "package main\n\nimport \"host\"\n\nfunc main() { host.Add(\"x\", 1) }\n");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().diagnostics.at(0) ==
          "script.go:5:24: cannot use \"x\" (untyped string constant) as int value in argument to host.Add");
}

TEST_CASE("a C++ exception in a host function is a Go panic naming the host frame", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    config.package("host").function("Fail", [](int64_t n) -> int64_t {
        if (n > 2) throw std::runtime_error("too big");
        return n;
    });
    govm::Program program = mustCompile(config, R"(package main

import (
	"fmt"
	"host"
)

func Check(n int) int { return host.Fail(n) }

func Safe(n int) (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	host.Fail(n)
	return "no panic"
}
)");
    govm::VM vm(program, config);
    CHECK(*vm.call<int64_t>("Check", 1) == 1);
    CHECK(*vm.call<std::string>("Safe", 5) == "host.Fail: too big");  // recovered in Go
    auto r = vm.call<int64_t>("Check", 7);
    REQUIRE_FALSE(r);
    const govm::Error& e = r.error();
    CHECK(e.kind == govm::Error::Kind::Panic);
    CHECK(e.message == "host.Fail: too big");
    REQUIRE(e.stack.size() >= 2);
    CHECK(e.stack[0].function == "host.Fail");
    CHECK(e.stack[0].file.empty());
    CHECK(e.stack[1].function == "main.Check");
    CHECK(e.stack[1].line == 8);
    CHECK(e.file == "script.go");
    CHECK(io.err.find("panic: host.Fail: too big") != std::string::npos);
    // The VM is dead now, cleanly.
    auto again = vm.call<int64_t>("Check", 1);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == govm::Error::Kind::Panic);
}

TEST_CASE("runtime panics carry the script stack", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    govm::VM vm(mustCompile(config, R"(package main

func At(xs []int, i int) int { return xs[i] }

func Outer(i int) int {
	xs := []int{1, 2, 3}
	return At(xs, i)
}
)"),
                config);
    auto r = vm.call<int64_t>("Outer", 5);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == govm::Error::Kind::Panic);
    CHECK(r.error().message == "runtime error: index out of range [5] with length 3");
    REQUIRE(r.error().stack.size() == 2);
    CHECK(r.error().stack[0].function == "main.At");
    CHECK(r.error().stack[0].line == 3);
    CHECK(r.error().stack[1].function == "main.Outer");
    CHECK(r.error().stack[1].line == 7);
}

// What a program that must fail writes to its error sink.
static std::string failedRunStderr(const std::string& source) {
    Captured io;
    govm::Config config = io.config();
    govm::VM vm(mustCompile(config, source), config);
    REQUIRE_FALSE(vm.run());
    return io.err;
}

// What go1.19 prints before the trace. gc's signal line carries machine
// words (code, addr, pc) that govm writes as a plain nil load's.
TEST_CASE("an uncaught panic chain prints the signal line after it, as gc does", "[embed]") {
    const std::string signal = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
    auto report = [](const char* mainBody) {
        std::string err = failedRunStderr(std::string("package main\n\nfunc deref() {\n\tvar p *int\n\tprintln(*p)\n}\n\n"
                                                      "func index() {\n\tvar a []int\n\t_ = a[5]\n}\n\nfunc main() {\n") +
                                          mainBody + "}\n");
        return err.substr(0, err.find("\ngoroutine 1"));
    };
    const std::string nilText = "panic: runtime error: invalid memory address or nil pointer dereference";
    const std::string indexText = "panic: runtime error: index out of range [5] with length 0";
    SECTION("a nil dereference") { CHECK(report("\tderef()\n") == nilText + "\n" + signal); }
    SECTION("a nil dereference whose deferred call panics again") {
        CHECK(report("\tdefer func() { recover(); index() }()\n\tderef()\n") ==
              nilText + " [recovered]\n\t" + indexText + "\n" + signal);
    }
    SECTION("a deferred call's nil dereference during another panic") {
        CHECK(report("\tdefer func() { deref() }()\n\tindex()\n") == indexText + "\n\t" + nilText + "\n" + signal);
    }
    SECTION("recovered inside a deferred call while another panic runs: still signalled") {
        CHECK(report("\tdefer func() {\n\t\tdefer func() { recover() }()\n\t\tderef()\n\t}()\n\tindex()\n") ==
              indexText + "\n" + signal);
    }
    SECTION("recovered with no panic left: the signal is over") {
        CHECK(report("\tfunc() {\n\t\tdefer func() { recover() }()\n\t\tderef()\n\t}()\n\tindex()\n") ==
              indexText + "\n");
    }
}

// go1.19's trace headers; a one-case select is gc's plain channel operation.
TEST_CASE("a deadlock's trace gives the goroutine's wait reason in gc's words", "[embed]") {
    auto header = [](const char* mainBody) {
        std::string err = failedRunStderr(std::string("package main\n\nfunc main() {\n\tvar nilCh chan int\n"
                                                      "\tch := make(chan int)\n\t_, _ = nilCh, ch\n") +
                                          mainBody + "}\n");
        REQUIRE(err.rfind("fatal error: all goroutines are asleep - deadlock!\n\n", 0) == 0);
        size_t start = err.find("goroutine 1 [");
        return err.substr(start, err.find('\n', start) - start);
    };
    CHECK(header("\t<-nilCh\n") == "goroutine 1 [chan receive (nil chan)]:");
    CHECK(header("\tselect {\n\tcase <-nilCh:\n\t}\n") == "goroutine 1 [chan receive (nil chan)]:");
    CHECK(header("\tselect {\n\tcase ch <- 1:\n\t}\n") == "goroutine 1 [chan send]:");
    CHECK(header("\tselect {\n\tcase nilCh <- 1:\n\t}\n") == "goroutine 1 [chan send (nil chan)]:");
    CHECK(header("\tselect {\n\tcase <-ch:\n\tcase ch <- 1:\n\t}\n") == "goroutine 1 [select]:");
    CHECK(header("\tselect {}\n") == "goroutine 1 [select (no cases)]:");
}

TEST_CASE("os.Exit ends the script, not the host", "[embed]") {
    govm::Config config;
    govm::Program program = mustCompile(config, "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(3) }\n");
    govm::VM vm(program, config);
    auto r = vm.run();
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == govm::Error::Kind::Exit);
    CHECK(r.error().exitCode == 3);

    govm::VM zero(mustCompile(config, "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(0) }\n"), config);
    CHECK(zero.run());
}

TEST_CASE("the environment and standard input are the host's to give", "[embed]") {
    constexpr std::string_view kSource = R"(package main

import (
	"fmt"
	"os"
)

func main() {
	v, ok := os.LookupEnv("GREETING")
	fmt.Printf("%q %v %q %d\n", v, ok, os.Getenv("HOME"), len(os.Environ()))
	var name string
	var age int
	n, err := fmt.Scan(&name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Scanln(&name)
	fmt.Println(n, err, name)
}
)";
    Captured sandboxed;
    govm::Config config = sandboxed.config();
    govm::VM vm(mustCompile(config, kSource), config);
    REQUIRE(vm.run());
    CHECK(sandboxed.out == "\"\" false \"\" 0\n0 EOF  0\n0 EOF \n");

    Captured given;
    config = given.config();
    config.env = {"GREETING=hello=world", "HOME=/home/script", "GREETING=shadowed", "NOEQUALS"};
    std::string input = "ada 36\nlovelace\nunread";
    size_t readCalls = 0;
    config.in = [&](char* buffer, size_t size) {
        ++readCalls;
        size_t n = std::min(size, input.size());
        input.copy(buffer, n);
        input.erase(0, n);
        return n;
    };
    govm::VM vm2(mustCompile(config, kSource), config);
    REQUIRE(vm2.run());
    CHECK(given.out == "\"hello=world\" true \"/home/script\" 3\n2 <nil> ada 36\n1 <nil> lovelace\n");
    CHECK(input == "unread");  // the scanners read no further than they look
    CHECK(readCalls == std::string_view("ada 36\nlovelace\n").size());
}

TEST_CASE("values kept by the host survive garbage collection", "[embed]") {
    govm::Config config;
    govm::VM vm(mustCompile(config, R"(package main

type Counter struct {
	name string
	hits []int
}

func NewCounter(name string) *Counter { return &Counter{name: name} }

func Hit(c *Counter, n int) int {
	c.hits = append(c.hits, n)
	return len(c.hits)
}

func Describe(c *Counter) string {
	s := 0
	for _, h := range c.hits {
		s += h
	}
	return c.name + ":" + string(rune('0'+s))
}

func Garbage() int {
	n := 0
	for i := 0; i < 2000; i++ {
		b := make([]byte, 1024)
		n += len(b)
	}
	return n
}
)"),
                config);
    auto counter = vm.call<govm::Value>("NewCounter", "c1");
    REQUIRE(counter);
    CHECK(counter->typeName() == "*main.Counter");
    govm::Value c = std::move(*counter);
    CHECK(*vm.call<int64_t>("Hit", c, 2) == 1);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(vm.call<int64_t>("Garbage"));
        vm.collectGarbage();
    }
    CHECK(*vm.call<int64_t>("Hit", c, 3) == 2);
    vm.collectGarbage();
    CHECK(*vm.call<std::string>("Describe", c) == "c1:5");
    CHECK(vm.stats().heap.gcCycles >= 3);

    auto wrong = vm.call<int64_t>("Hit", 5, 1);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().kind == govm::Error::Kind::BadCall);
}

TEST_CASE("limits end runaway scripts cleanly while the host keeps running", "[embed]") {
    Captured io;
    govm::Config config = io.config();
    config.limits.instructions = 5'000'000;
    config.limits.heapBytes = 64 << 20;
    config.limits.callDepth = 10'000;
    govm::Program program = mustCompile(config, R"(package main

func Spin() int {
	n := 0
	for {
		n++
	}
}

func Bomb() int {
	var keep [][]byte
	for {
		keep = append(keep, make([]byte, 1<<20))
	}
}

func Down(n int) int { return Down(n+1) + 1 }

func Ok() int { return 7 }
)");
    {
        govm::VM vm(program, config);
        auto r = vm.call<int64_t>("Spin");
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == govm::Error::Kind::InstructionLimit);
        CHECK(r.error().stack.at(0).function == "main.Spin");
    }
    {
        govm::VM vm(program, config);
        auto r = vm.call<int64_t>("Bomb");
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == govm::Error::Kind::OutOfMemory);
        CHECK(r.error().stack.at(0).function == "main.Bomb");
    }
    {
        govm::VM vm(program, config);
        auto r = vm.call<int64_t>("Down", 0);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == govm::Error::Kind::StackOverflow);
        CHECK(r.error().stack.at(0).function == "main.Down");
        auto after = vm.call<int64_t>("Ok");  // dead, not corrupted
        REQUIRE_FALSE(after);
        CHECK(after.error().kind == govm::Error::Kind::StackOverflow);
    }
    govm::VM fresh(program, config);
    CHECK(*fresh.call<int64_t>("Ok") == 7);
}

TEST_CASE("interrupt from another thread stops an infinite loop", "[embed]") {
    govm::Config config;
    govm::VM vm(mustCompile(config, "package main\n\nfunc Spin() {\n\tfor {\n\t}\n}\n"), config);
    std::thread stopper([&vm] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        vm.interrupt();
    });
    auto r = vm.call<void>("Spin");
    stopper.join();
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == govm::Error::Kind::Interrupted);
    CHECK(r.error().stack.at(0).function == "main.Spin");
}

TEST_CASE("interrupt wakes a script asleep in time.Sleep", "[embed]") {
    govm::Config config;
    govm::VM vm(mustCompile(config, "package main\n\nimport \"time\"\n\nfunc Nap() { time.Sleep(time.Hour) }\n"), config);
    std::thread stopper([&vm] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        vm.interrupt();
    });
    auto r = vm.call<void>("Nap");  // without the wake-up this would take an hour
    stopper.join();
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == govm::Error::Kind::Interrupted);
}

TEST_CASE("VMs in parallel threads share one Program", "[embed]") {
    govm::Config config;
    govm::Program program = mustCompile(config, R"(package main

var state = map[string]int{}

func Work(seed int) int {
	for i := 0; i < 2000; i++ {
		key := string(rune('a' + (seed+i)%26))
		state[key] += i
	}
	s := 0
	for _, v := range state {
		s += v
	}
	return s
}
)");
    constexpr int kThreads = 4;
    std::vector<int64_t> results(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            govm::VM vm(program, config);
            int64_t last = 0;
            for (int round = 0; round < 20; ++round) last = *vm.call<int64_t>("Work", t);
            results[size_t(t)] = last;
        });
    for (auto& th : threads) th.join();
    // Each VM has its own globals: every thread sees 20 rounds of its own work.
    for (int64_t r : results) CHECK(r == 20 * (1999 * 2000 / 2));
}

TEST_CASE("throwErrors makes failures exceptions", "[embed]") {
    govm::Config config;
    config.throwErrors = true;
    CHECK_THROWS_AS(govm::compile(config, "package main\nfunc main() { undefined() }\n"), govm::Exception);
    govm::VM vm(mustCompile(config, "package main\n\nfunc Boom() { panic(\"boom\") }\n"), config);
    try {
        vm.call<void>("Boom");
        FAIL("no exception");
    } catch (const govm::Exception& e) {
        CHECK(e.error().kind == govm::Error::Kind::Panic);
        CHECK(e.error().message == "boom");
    }
}

TEST_CASE("C functions through libffi only when the Config allows them", "[embed][ffi]") {
    const char* source = R"(package main

//govm:cimport "libm.so.6"

//extern cos
func cos(x float64) float64

func Cos(x float64) float64 { return cos(x) }
)";
    govm::Config config;
    auto refused = govm::compile(config, source);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == govm::Error::Kind::Compile);
    CHECK(refused.error().line == 6);
    CHECK(refused.error().message.find("ffiAllowAll") != std::string::npos);

    config.ffiLibraries = {"libm.so.6"};
    govm::VM vm(mustCompile(config, source), config);
    auto c = vm.call<double>("Cos", 0.5);
    REQUIRE(c);
    CHECK(*c == std::cos(0.5));
}

TEST_CASE("the allocator hook supplies heap spans and arena chunks", "[embed]") {
    struct Ledger {
        std::atomic<int64_t> live{0};
        std::atomic<int64_t> allocations{0};
    } ledger;
    govm::Config config;
    config.allocator.user = &ledger;
    config.allocator.allocate = [](void* user, size_t bytes, size_t align) -> void* {
        auto* l = static_cast<Ledger*>(user);
        l->live += int64_t(bytes);
        l->allocations++;
        return std::aligned_alloc(align, bytes);
    };
    config.allocator.release = [](void* user, void* memory, size_t bytes) {
        static_cast<Ledger*>(user)->live -= int64_t(bytes);
        std::free(memory);
    };
    govm::Program program = mustCompile(config, R"(package main

var keep [][]int

func Work(n int) int {
	local := make([]int, n)
	keep = append(keep, make([]int, n))
	for i := range local {
		local[i] = i
	}
	return len(local) + len(keep)
}
)");
    {
        govm::VM vm(program, config);
        for (int i = 0; i < 50; ++i) REQUIRE(vm.call<int64_t>("Work", 1000));
        vm.collectGarbage();
        CHECK(vm.stats().arena.objects == 50);
        CHECK(ledger.allocations > 1);  // heap spans and at least one arena chunk
        CHECK(ledger.live >= 50 * 8000);
    }
    CHECK(ledger.live == 0);  // everything went back through the hook
}
