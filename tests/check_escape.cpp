// Escape analysis tests (compiler/escape*). Expected -m lines of the Go
// programs below come from go1.19.8: `go build -gcflags='-m -l' prog.go`
// (ESCAPE.md §5 snippets and the rules of §1); govm-mode decisions (Tier 1)
// are asserted directly.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "check_util.hpp"
#include "compiler/escape.hpp"

namespace {

using govm::EscapeMode;

// Go's rules over one file: ESCAPE.md §5 cases 1-24 and extra checks.
constexpr const char* kRulesA = R"GO(package main

import "fmt"

var gp *int
var sinkS []int

type T struct{ a, b int }

type I interface{ M(*int) }

func use(p *int) int { return *p }

func c01() int {
	s := make([]int, 0, 128)
	s = append(s, 1)
	return len(s)
}

func c02(n int) int {
	s := make([]int, n)
	return len(s)
}

func c03() []int {
	s := make([]int, 10)
	return s
}

func c07() int {
	p := new(int)
	*p = 3
	return *p
}

func c08() *int { return new(int) }

func c09() *T { return &T{1, 2} }

func c10() *int {
	x := 5
	return &x
}

func c12(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i
		p = &x
	}
	return *p
}

func c14() int {
	m := make(map[int]*int)
	x := 1
	m[0] = &x
	return len(m)
}

func c16() int {
	s := []int{1, 2, 3}
	sinkS = []int{4, 5}
	return s[0]
}

func c17() int {
	x := 1
	f := func() int { return x }
	return f()
}

func c18() func() int {
	x := 1
	return func() int { x++; return x }
}

func c19(f func(*int)) {
	x := 1
	f(&x)
}

func c21a() {
	x := 1
	defer use(&x)
}

func c22(x int, s []int) {
	fmt.Println(x, s)
}

func c23id(p *int) *int { return p }

func c23() int {
	x := 1
	return *c23id(&x)
}

func c24(v I) {
	x := 1
	v.M(&x)
}

func ev(n int, p *int) int {
	if n == 0 {
		return *p
	}
	return od(n-1, p)
}

func od(n int, p *int) int {
	if n == 0 {
		return *p
	}
	return ev(n-1, p)
}

type B struct{ buf []byte }

func (b *B) f(n, m int) { b.buf = b.buf[n:m] }

func named() (r int) {
	gp = &r
	return
}

func t1(p **int) **int { gp = *p; return p }

func big() int {
	p := new([70000]byte)
	return len(p)
}

func strs(b []byte, s string) int {
	x := string(b)
	y := []byte(s)
	z := s + x
	return len(x) + len(y) + len(z)
}

func main() {}
)GO";

constexpr const char* kRulesAExpected = R"M(prog.go:12:10: p does not escape
prog.go:15:11: make([]int, 0, 128) does not escape
prog.go:21:11: make([]int, n) escapes to heap
prog.go:26:11: make([]int, 10) escapes to heap
prog.go:31:10: new(int) does not escape
prog.go:36:29: new(int) escapes to heap
prog.go:38:24: &T{...} escapes to heap
prog.go:41:2: moved to heap: x
prog.go:48:3: moved to heap: x
prog.go:55:11: make(map[int]*int) does not escape
prog.go:56:2: moved to heap: x
prog.go:62:12: []int{...} does not escape
prog.go:63:15: []int{...} escapes to heap
prog.go:69:7: func literal does not escape
prog.go:74:2: moved to heap: x
prog.go:75:9: func literal escapes to heap
prog.go:78:10: f does not escape
prog.go:79:2: moved to heap: x
prog.go:88:17: leaking param: s
prog.go:89:13: ... argument does not escape
prog.go:89:13: s escapes to heap
prog.go:89:13: x escapes to heap
prog.go:92:12: leaking param: p to result ~r0 level=0
prog.go:99:10: leaking param: v
prog.go:100:2: moved to heap: x
prog.go:104:16: p does not escape
prog.go:111:16: p does not escape
prog.go:120:7: b does not escape
prog.go:120:33: (*B).f ignoring self-assignment in b.buf = b.buf[n:m]
prog.go:122:15: moved to heap: r
prog.go:127:9: leaking param content: p
prog.go:127:9: leaking param: p to result ~r0 level=0
prog.go:130:10: new([70000]byte) escapes to heap
prog.go:134:11: b does not escape
prog.go:134:21: s does not escape
prog.go:135:13: string(b) does not escape
prog.go:136:13: ([]byte)(s) does not escape
prog.go:137:9: s + x does not escape
)M";

// Closures, go/defer, goto loops, ClosureCalled, method values, self-assignment.
constexpr const char* kRulesB = R"GO(package main

var gp *int

type S struct{ v int }

func (s *S) keep() { gp = &s.v }

func (s S) get() int { return s.v }

func use(p *int) int { return *p }

func capVal(c bool) func() int {
	x := 0
	if c {
		x = 1
	}
	return func() int { return x }
}

func capRef() func() int {
	x := 0
	f := func() int { return x }
	x = 2
	return f
}

func goStmt() {
	x := 1
	go func() { x++ }()
}

func deferLoop(n int) {
	for i := 0; i < n; i++ {
		x := i
		defer use(&x)
	}
}

func gotoLoop(n int) int {
	var p *int
	i := 0
loop:
	x := i
	p = &x
	i++
	if i < n {
		goto loop
	}
	return *p
}

func calledClosure() int {
	u := 0
	*(func() *int { return &u }()) = 42
	return u
}

func keepRecv() {
	var s S
	s.keep()
}

func methodValue() func() int {
	s := S{1}
	return s.get
}

func swap(a []*int, i, j int) { a[i], a[j] = a[j], a[i] }

func rangeContent(ss [][]int) int {
	var p *int
	for _, s := range ss {
		for _, v := range s {
			p = &v
		}
	}
	return *p
}

func staticFunc() int {
	f := func(p *int) int { return *p }
	return f(new(int))
}

func main() {}
)GO";

constexpr const char* kRulesBExpected = R"M(prog.go:7:7: leaking param: s
prog.go:11:10: p does not escape
prog.go:18:9: func literal escapes to heap
prog.go:22:2: moved to heap: x
prog.go:23:7: func literal escapes to heap
prog.go:29:2: moved to heap: x
prog.go:30:5: func literal escapes to heap
prog.go:35:3: moved to heap: x
prog.go:44:2: moved to heap: x
prog.go:55:4: func literal does not escape
prog.go:60:6: moved to heap: s
prog.go:66:10: s.get escapes to heap
prog.go:69:11: a does not escape
prog.go:69:44: swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
prog.go:69:44: swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
prog.go:71:19: leaking param content: ss
prog.go:74:10: moved to heap: v
prog.go:82:7: func literal does not escape
prog.go:82:12: p does not escape
prog.go:83:14: new(int) does not escape
)M";

struct Analysed {
    govm::test::Checked checked;
    govm::EscapeResult result;
};

Analysed analyse(const std::string& text, EscapeMode mode, int mLevel = 1) {
    Analysed a;
    a.checked = govm::test::check(text);
    REQUIRE(a.checked.errors.empty());
    REQUIRE(a.checked.program);
    a.result = govm::analyzeEscapes(*a.checked.file->root, *a.checked.program, mode, mLevel, "prog.go");
    return a;
}

std::multiset<std::string> splitLines(const std::string& text) {
    std::multiset<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty()) out.insert(line);
    return out;
}

std::set<std::string> asSet(const std::vector<std::string>& lines) { return {lines.begin(), lines.end()}; }

bool hasLine(const govm::EscapeResult& r, const std::string& line) {
    return std::find(r.lines.begin(), r.lines.end(), line) != r.lines.end();
}

}  // namespace

TEST_CASE("escape: go1.19 rules (locations, holes, calls, tags, placement)") {
    Analysed a = analyse(kRulesA, EscapeMode::Go);
    auto want = splitLines(kRulesAExpected);
    CHECK(asSet(a.result.lines) == std::set<std::string>(want.begin(), want.end()));
}

TEST_CASE("escape: go1.19 closures, go/defer, goto loops, self-assignment") {
    Analysed a = analyse(kRulesB, EscapeMode::Go);
    auto want = splitLines(kRulesBExpected);
    CHECK(asSet(a.result.lines) == std::set<std::string>(want.begin(), want.end()));
}

TEST_CASE("escape: lines are sorted by position") {
    Analysed a = analyse(kRulesA, EscapeMode::Go);
    auto key = [](const std::string& l) {
        size_t c1 = l.find(':'), c2 = l.find(':', c1 + 1), c3 = l.find(':', c2 + 1);
        return std::make_pair(std::stoi(l.substr(c1 + 1, c2 - c1 - 1)), std::stoi(l.substr(c2 + 1, c3 - c2 - 1)));
    };
    for (size_t i = 1; i < a.result.lines.size(); ++i) CHECK(key(a.result.lines[i - 1]) <= key(a.result.lines[i]));
}

TEST_CASE("escape: example_four in go and govm modes") {
    const char* src = R"GO(package main

func SliceEscape(n int) int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i*2)
	}
	return len(s)
}

func MapEscape(n int) any {
	m := make(map[int]int, n)
	return m
}

func main() {}
)GO";
    Analysed go = analyse(src, EscapeMode::Go);
    CHECK(hasLine(go.result, "prog.go:4:11: make([]int, 0, n) escapes to heap"));
    CHECK(hasLine(go.result, "prog.go:12:11: make(map[int]int, n) escapes to heap"));
    Analysed govm = analyse(src, EscapeMode::Govm);
    // T1a: variable-size make stays in the arena; T1c: append growth too.
    CHECK(hasLine(govm.result, "prog.go:4:11: make([]int, 0, n) does not escape"));
    CHECK(hasLine(govm.result, "prog.go:6:13: append does not escape"));
    CHECK(hasLine(govm.result, "prog.go:12:11: make(map[int]int, n) escapes to heap"));
}

TEST_CASE("escape: govm Tier 1 placement") {
    const char* src = R"GO(package main

import "fmt"

type T struct{ a int }

func (t T) String() string { return "t" }

func big() int {
	s := make([]byte, 256<<10)
	return len(s)
}

func printIt(x int, s []int) {
	fmt.Println(x, s)
}

func printStringer(t T) {
	fmt.Println(t)
}

func returned() []int {
	s := make([]int, 4)
	return append(s, 1)
}

func main() {}
)GO";
    Analysed go = analyse(src, EscapeMode::Go);
    CHECK(hasLine(go.result, "prog.go:10:11: make([]byte, 256 << 10) escapes to heap"));
    CHECK(hasLine(go.result, "prog.go:14:21: leaking param: s"));
    CHECK(hasLine(go.result, "prog.go:15:13: x escapes to heap"));
    Analysed govm = analyse(src, EscapeMode::Govm);
    // T1b: larger constant sizes.
    CHECK(hasLine(govm.result, "prog.go:10:11: make([]byte, 256 << 10) does not escape"));
    // T1e: fmt's summary keeps method-free arguments local.
    CHECK(hasLine(govm.result, "prog.go:14:21: s does not escape"));
    CHECK(hasLine(govm.result, "prog.go:15:13: ... argument does not escape"));
    CHECK(hasLine(govm.result, "prog.go:15:14: x does not escape"));
    // ... but not when fmt may call a method of the argument.
    CHECK(hasLine(govm.result, "prog.go:19:14: t escapes to heap"));
    // Returned append growth still escapes.
    CHECK(hasLine(govm.result, "prog.go:24:15: append escapes to heap"));
}

TEST_CASE("escape: lookup API for codegen") {
    const char* src = R"GO(package main

var gp *int

func f() int {
	x := 1
	y := 2
	gp = &x
	p := &y
	return *p
}

func main() {}
)GO";
    Analysed a = analyse(src, EscapeMode::Go, 0);
    CHECK(a.result.lines.empty());
    const govm::types::Var* x = nullptr;
    const govm::types::Var* y = nullptr;
    for (const auto& [id, obj] : a.checked.program->info.defs) {
        if (!obj || obj->kind != govm::types::ObjectKind::Var) continue;
        if (obj->name == "x") x = static_cast<const govm::types::Var*>(obj);
        if (obj->name == "y") y = static_cast<const govm::types::Var*>(obj);
    }
    REQUIRE(x);
    REQUIRE(y);
    CHECK(a.result.movedToHeap(x));
    CHECK_FALSE(a.result.movedToHeap(y));
    Analysed off = analyse(src, EscapeMode::Off, 0);
    for (const auto& [id, obj] : off.checked.program->info.defs)
        if (obj && obj->kind == govm::types::ObjectKind::Var && obj->name == "y")
            CHECK(off.result.movedToHeap(static_cast<const govm::types::Var*>(obj)));
}

TEST_CASE("escape: off mode puts every site on the heap") {
    const char* src = R"GO(package main

func f() int {
	p := new(int)
	s := []int{1, 2}
	return *p + s[0]
}

func main() {}
)GO";
    Analysed a = analyse(src, EscapeMode::Off);
    CHECK(hasLine(a.result, "prog.go:4:10: new(int) escapes to heap"));
    CHECK(hasLine(a.result, "prog.go:5:12: []int{...} escapes to heap"));
    for (const govm::EscapeSite& s : a.result.sites)
        if (s.kind != govm::EscapeSiteKind::Variable) CHECK(s.heap);
}

TEST_CASE("escape: -m=2 explains flows") {
    const char* src = R"GO(package main

func f() []int {
	s := make([]int, 10)
	return s
}

func main() {}
)GO";
    Analysed a = analyse(src, EscapeMode::Go, 2);
    CHECK(hasLine(a.result, "prog.go:4:11: make([]int, 10) escapes to heap:"));
    CHECK(hasLine(a.result, "prog.go:4:11:   flow: s = &{storage for make([]int, 10)}:"));
    CHECK(hasLine(a.result, "prog.go:4:11:   flow: ~r0 = s:"));
    CHECK(hasLine(a.result, "prog.go:4:11: make([]int, 10) escapes to heap"));
}

TEST_CASE("escape: parseEscapeMode") {
    EscapeMode m = EscapeMode::Off;
    CHECK(govm::parseEscapeMode("go", m));
    CHECK(m == EscapeMode::Go);
    CHECK(govm::parseEscapeMode("govm", m));
    CHECK(m == EscapeMode::Govm);
    CHECK_FALSE(govm::parseEscapeMode("fast", m));
}

// Callers are analysed with go1.19's tags for the library (escape_tags.cpp),
// so govm's Go bodies must not leak a parameter further than its tag says,
// or a caller's arena object could be kept by the library.
TEST_CASE("escape: the library's Go bodies leak no more than their go1.19 tags") {
    const char* program = R"(package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

func main() {
	_ = atomic.AddInt32
	_ = bufio.NewScanner
	_ = log.New
	_ = bytes.NewBuffer
	_ = sync.NewCond
	_ = errors.New
	_ = fmt.Sprint
	_ = io.EOF
	_ = math.Pi
	_ = os.Args
	_ = sort.Ints
	_ = strconv.Itoa
	_ = strings.Join
	_ = unicode.IsUpper
	_ = utf8.RuneLen
}
)";
    for (EscapeMode mode : {EscapeMode::Go, EscapeMode::Govm}) {
        Analysed a = analyse(program, mode, 0);
        CHECK(a.result.packages.size() > 5);
        for (const std::string& conflict : a.result.tagConflicts) FAIL_CHECK(conflict);
    }
}

// gc's -m with -l for this program (go1.19.8): the library's tags are found
// under the package path ("unicode/utf8.DecodeLastRuneInString").
TEST_CASE("escape: calls into unicode/utf8 use its go1.19 tags") {
    Analysed a = analyse(R"(package main

import "unicode/utf8"

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func main() {
	println(lastIndexFunc("abc", func(r rune) bool { return r == 'b' }, true))
}
)",
                         EscapeMode::Go);
    CHECK(asSet(a.result.lines) == std::set<std::string>{"prog.go:5:20: s does not escape", "prog.go:5:30: f does not escape",
                                                         "prog.go:17:31: func literal does not escape"});
}
