// Positive tests of what the checker records: expression types and
// constant values (final types of untyped operands), objects, selections,
// implicit objects, initialization order, sizes and names.
#include <catch2/catch.hpp>

#include "check_util.hpp"
#include "parser/printer.hpp"

using namespace govm;
using namespace govm::types;

namespace {

test::Checked mustCheck(const std::string& src) {
    test::Checked c = test::check(src);
    INFO(test::joinLines(c.errors));
    REQUIRE(c.program);
    return c;
}

// The recorded type and value of the expression printed as `text` (the
// first one in source order).
TypeAndValue typeOf(const test::Checked& c, const std::string& text) {
    const ast::Expr* best = nullptr;
    TypeAndValue tv;
    for (const auto& [e, v] : c.program->info.types) {
        if (exprString(e) != text) continue;
        Pos p = startPos(e);
        if (!best || p < startPos(best)) {
            best = e;
            tv = v;
        }
    }
    INFO(text);
    REQUIRE(best);
    return tv;
}

std::string typeStr(const test::Checked& c, const std::string& text) { return typeString(typeOf(c, text).type); }

// The program's own identifiers only: the standard library's sources
// (loaded by the imports) have names and lines of their own.
const Object* useOf(const test::Checked& c, std::string_view name, uint32_t line) {
    for (const auto& [id, obj] : c.program->info.uses)
        if (id->name == name && id->pos.line == line && obj && obj->pkg == c.program->mainPackage()) return obj;
    return nullptr;
}

const Object* defOf(const test::Checked& c, std::string_view name) {
    for (const auto& [id, obj] : c.program->info.defs)
        if (id->name == name && obj && obj->pkg == c.program->mainPackage()) return obj;
    return nullptr;
}

}  // namespace

TEST_CASE("check info: untyped constants get their final type") {
    auto c = mustCheck(R"(package main

var x int8 = 1 + 2
var y = 1.5 * 2
var s uint = 1 << 3
const k = 10 / 4

func main() {
	var f float64 = 7 / 2
	_ = f
}
)");
    for (const char* e : {"1", "2", "1 + 2"}) CHECK(typeStr(c, e) == "int8");
    auto tv = typeOf(c, "1 + 2");
    CHECK(tv.mode == Mode::Constant);
    REQUIRE(tv.value);
    CHECK(tv.value->toString() == "3");
    CHECK(typeStr(c, "1.5 * 2") == "float64");
    CHECK(typeStr(c, "1 << 3") == "uint");
    CHECK(typeOf(c, "10 / 4").value->toString() == "2");
    CHECK(typeStr(c, "10 / 4") == "untyped int");
    // 7 / 2 is integer division of untyped constants, then converted.
    CHECK(typeOf(c, "7 / 2").value->toString() == "3");
    CHECK(typeStr(c, "7 / 2") == "float64");
}

TEST_CASE("check info: iota and typed constants") {
    auto c = mustCheck(R"(package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

func main() {}
)");
    auto* tuesday = defOf(c, "Tuesday");
    REQUIRE(tuesday);
    REQUIRE(tuesday->kind == ObjectKind::Const);
    CHECK(static_cast<const Const*>(tuesday)->value.toString() == "2");
    CHECK(typeString(tuesday->type) == "main.Weekday");
    CHECK(static_cast<const Const*>(defOf(c, "MB"))->value.toString() == "1048576");
    CHECK(typeString(defOf(c, "MB")->type) == "untyped int");
}

TEST_CASE("check info: initialization order follows dependencies") {
    auto c = mustCheck(R"(package main

var a = b + 1
var b = f()
var c = 3
var d, e = pair()

func f() int { return c * 2 }
func pair() (int, int) { return a, 0 }

func main() {}
)");
    std::vector<std::string> order;
    for (const Initializer& init : c.program->info.initOrder) {
        if (init.lhs[0]->pkg != c.program->mainPackage()) continue;
        std::string names;
        for (Var* v : init.lhs) names += std::string(v->name);
        order.push_back(names);
    }
    CHECK(order == std::vector<std::string>{"c", "b", "a", "de"});
}

TEST_CASE("check info: selections through embedded fields") {
    auto c = mustCheck(R"(package main

type Inner struct{ X int }

func (i *Inner) Bump() { i.X++ }

type Outer struct {
	name string
	*Inner
}

func main() {
	o := Outer{Inner: &Inner{}}
	o.X = 1
	o.Bump()
	f := (*Inner).Bump
	g := o.Bump
	_, _ = f, g
}
)");
    int seen = 0;
    for (const auto& [sel, s] : c.program->info.selections) {
        std::string text = exprString(sel);
        if (text == "o.X") {
            CHECK(s.kind == SelectionKind::FieldVal);
            CHECK(s.index == std::vector<int>{1, 0});
            CHECK(s.indirect);
            ++seen;
        } else if (text == "o.Bump" && sel->pos.line == 15) {
            CHECK(s.kind == SelectionKind::MethodVal);
            CHECK(s.index == std::vector<int>{1, 0});
            CHECK(s.obj->name == "Bump");
            ++seen;
        } else if (text == "(*Inner).Bump") {
            CHECK(s.kind == SelectionKind::MethodExpr);
            CHECK(typeString(s.type) == "func(*main.Inner)");
            ++seen;
        }
    }
    CHECK(seen == 3);
    CHECK(typeStr(c, "o.Bump") == "func()");
}

TEST_CASE("check info: defs, uses, owners and implicits") {
    auto c = mustCheck(R"(package main

import _ "strings"

func main() {
	x := 1
	f := func(y int) int { z := y; return z + x }
	_ = f
	var i interface{} = x
	switch v := i.(type) {
	case int:
		_ = v + 1
	case string, bool:
		_ = v
	}
}
)");
    const Object* x = defOf(c, "x");
    REQUIRE(x);
    CHECK(useOf(c, "x", 7) == x);
    auto* z = static_cast<const Var*>(defOf(c, "z"));
    auto* y = static_cast<const Var*>(defOf(c, "y"));
    REQUIRE(z);
    REQUIRE(y);
    CHECK(y->isParam);
    CHECK(z->owner == y->owner);
    CHECK(z->owner != static_cast<const Var*>(x)->owner);
    int clauses = 0, blankImports = 0;
    for (const auto& [node, obj] : c.program->info.implicits) {
        if (obj->kind == ObjectKind::PkgName && obj->name == "_") ++blankImports;
        if (obj->kind != ObjectKind::Var || obj->name != "v" || obj->pkg != c.program->mainPackage()) continue;
        std::string t = typeString(obj->type);
        CHECK((t == "int" || t == "interface{}"));
        ++clauses;
    }
    CHECK(clauses == 2);
    CHECK(blankImports == 1);
}

TEST_CASE("check info: comma-ok, builtins, nil and conversions") {
    auto c = mustCheck(R"(package main

func main() {
	m := map[string]int{}
	v, ok := m["a"]
	s := []int{1}
	n := len(s)
	var p *int = nil
	b := []byte("hi")
	lt := n < 2
	_, _, _, _, _ = v, ok, p, b, lt
}
)");
    CHECK(typeStr(c, "m[\"a\"]") == "(int, bool)");
    CHECK(typeOf(c, "m[\"a\"]").mode == Mode::MapIndex);
    CHECK(typeOf(c, "len").mode == Mode::Builtin);
    CHECK(typeStr(c, "len") == "func([]int) int");
    auto nilTv = typeOf(c, "nil");
    CHECK(nilTv.isNil());
    CHECK(typeString(nilTv.type) == "*int");
    CHECK(typeStr(c, "\"hi\"") == "string");
    CHECK(typeStr(c, "[]byte(\"hi\")") == "[]byte");
    CHECK(typeStr(c, "n < 2") == "bool");
    CHECK(typeStr(c, "2") == "int");
}

TEST_CASE("check info: names, sizes and lookups") {
    auto c = mustCheck(R"(package main

type T struct {
	a bool
	b int64
	c bool
}

type E struct{}

type U struct {
	x int32
	e E
}

func (T) M()  {}
func (*T) P() {}

func main() {}
)");
    Package* pkg = c.program->mainPackage();
    auto* t = static_cast<TypeName*>(pkg->scope->lookup("T"));
    REQUIRE(t);
    auto* st = under(t->type)->as<Struct>();
    REQUIRE(st);
    CHECK(sizeOf(t->type) == 24);
    CHECK(fieldOffsets(st) == std::vector<int64_t>{0, 8, 16});
    CHECK(sizeOf(pkg->scope->lookup("E")->type) == 0);
    CHECK(sizeOf(pkg->scope->lookup("U")->type) == 8);
    std::vector<std::string> names;
    for (Func* f : pkg->funcs) names.push_back(f->fullName());
    CHECK(names == std::vector<std::string>{"main.T.M", "main.(*T).P", "main.main"});
    LookupResult r = lookupFieldOrMethod(t->type, false, pkg, "P");
    CHECK(!r.obj);
    CHECK(r.notAddressable);
    r = lookupFieldOrMethod(t->type, true, pkg, "P");
    REQUIRE(r.obj);
    CHECK(r.index == std::vector<int>{1});
}

// Each type holds the one before twice: a DAG whose tree has 2^40 leaves.
// Measuring it field by field took exponential time, so `govm run` hung
// where gc (CalcSize memoizes) gives 16 TiB at once.
TEST_CASE("check info: sizes of a deep type DAG are measured once per type") {
    std::string src = "package main\n\ntype T0 struct{ a, b int }\n";
    for (int i = 1; i <= 40; ++i)
        src += "type T" + std::to_string(i) + " struct{ a, b T" + std::to_string(i - 1) + " }\n";
    src += "\nvar p *T40\n\nfunc main() { _ = p }\n";
    test::Checked c = mustCheck(src);
    Package* pkg = c.program->mainPackage();
    Type* t40 = pkg->scope->lookup("T40")->type;
    CHECK(sizeOf(t40) == int64_t(16) << 40);
    CHECK(alignOf(t40) == 8);
    CHECK(fieldOffsets(under(t40)->as<Struct>()) == std::vector<int64_t>{0, int64_t(8) << 40});
}

TEST_CASE("check info: standard library packages come first") {
    types::CheckOptions options;
    options.stdlibSource = [](std::string_view path) -> std::string_view {
        if (path == "fmt") return "package fmt\n\nimport \"io\"\n\nvar Out io.W\n\nfunc Println(a ...any) (n int, err error)\n";
        if (path == "io") return "package io\n\ntype W interface{ Write(p []byte) (int, error) }\n";
        return {};
    };
    test::Checked c = test::check("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1, \"a\") }\n",
                                  "prog.go", options);
    INFO(test::joinLines(c.errors));
    REQUIRE(c.program);
    std::vector<std::string> paths;
    for (Package* p : c.program->packages) paths.push_back(p->path);
    CHECK(paths == std::vector<std::string>{"io", "fmt", "main"});
    CHECK(typeStr(c, "fmt.Println") == "func(a ...any) (n int, err error)");
    Package* fmt = c.program->package("fmt");
    REQUIRE(fmt);
    CHECK(fmt->funcs[0]->isNative());
    CHECK(fmt->funcs[0]->fullName() == "fmt.Println");
}

TEST_CASE("check info: errors in a standard library file name it") {
    types::CheckOptions options;
    options.stdlibSource = [](std::string_view path) -> std::string_view {
        if (path == "fmt") return "package fmt\n\nfunc Println() { undefinedThing() }\n";
        return {};
    };
    test::Checked c = test::check("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n", "prog.go",
                                  options);
    CHECK(!c.program);
    CHECK(c.errors == std::vector<std::string>{"prog.go:3:8: in package fmt: fmt.go:3:18: undefined: undefinedThing"});
}
