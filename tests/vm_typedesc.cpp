// Type descriptors built by the code generator (compiler/codegen_types.cpp)
// for types of a checked program: reflect names, gc layout, canonical
// identity, recursive types and method sets. Expected names, sizes, offsets
// and (exported) method sets are go1.19's: reflect.Type.String/Size/Align/
// Comparable/Method and unsafe.Offsetof on the same declarations; the
// unexported methods (which reflect hides but gc's method tables hold) follow
// the spec's method-set rules.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "compiler/codegen_impl.hpp"
#include "parser/parse.hpp"

namespace {

using namespace govm;
using codegen::SlotTag;

constexpr const char* kSource = R"(package main

import (
	"fmt"
	"shapes"
)

type Point struct{ X, Y int }

func (p Point) String() string { return "" }
func (p *Point) Move(dx int)    {}

type List struct {
	next *List
	val  int
}

type Inner struct{ a int8 }

func (Inner) Hello()          {}
func (*Inner) PtrHello()      {}
func (Inner) quiet(x int) int { return x }

type Outer struct {
	Inner
	*Point
	b   bool
	s   string
	arr [3]int16
}

type Tagged struct {
	X int `json:"x"`
	y string
}

type Z struct {
	a int64
	b struct{}
}

type I interface {
	M()
	m(int) string
	Error() string
}

type Celsius float64

func (c Celsius) String() string { return "" }

type Fn func(int, ...string) (int, error)

type A1 struct{ Inner }
type A2 struct{ Inner }
type Amb struct {
	A1
	A2
}
type WithIface struct {
	fmt.Stringer
	n int
}
type Shadow struct {
	Inner
	Hello int
}

type (
	T1  = map[string]int
	T2  = []*List
	T3  = [4]byte
	T4  = func(int, string) (int, error)
	T5  = func(...int)
	T6  = struct {
		X int
		Y string
	}
	T7  = struct{}
	T8  = interface{}
	T9  = any
	T10 = interface {
		B(int) string
		A()
	}
	T11 = chan (<-chan int)
	T12 = chan<- rune
	T14 = struct {
		Point
		*Inner
		z int "tag\x01"
	}
	T15 = func() (x int)
	T16 = []error
	T17 = map[Point][2][]interface{ M() }
	T18 = func(interface{}, ...interface{})
	T19 = [0]int
	T20 = struct {
		a bool
		b int64
		c bool
	}
	T21 = struct {
		a int32
		b struct{}
	}
	T22 = *Point
	T23 = <-chan <-chan uint
	T24 = []struct{ a, b uintptr }
	T25 = []uint8
	T26 = []byte
	T27 = map[string]func(...int32) rune
	T28 = shapes.Box
	T29 = error
	T30 = struct{ X int }
	T31 = struct {
		X int `json:"x"`
	}
	T32 = struct {
		pad [1 << 32]byte
		p   *int
	}
)

type Local1 = int

func f() {
	type L struct{ q int }
	var _ L
}

func g() {
	type L struct{ q int }
	var _ L
}

func main() {}
)";

constexpr const char* kFmtStub = R"(package fmt

type Stringer interface {
	String() string
}
)";

constexpr const char* kShapesStub = R"(package shapes

type Box struct{ W int }

type Shape interface {
	Area() float64
	id() int
}
)";

struct Fixture {
    SourceFile source{"prog.go", kSource};
    Diagnostics diags{"prog.go"};
    std::unique_ptr<ParsedFile> file;
    std::unique_ptr<types::Program> program;
    std::unique_ptr<codegen::Codegen> gen;

    Fixture() {
        file = parseFile(source, diags);
        REQUIRE_FALSE(diags.hasErrors());
        types::CheckOptions options;
        options.stdlibSource = [](std::string_view path) -> std::string_view {
            if (path == "fmt") return kFmtStub;
            if (path == "shapes") return kShapesStub;
            return {};
        };
        program = types::checkProgram(*file, diags, options);
        for (const std::string& line : diags.formatted()) INFO(line);
        REQUIRE(program);
        gen = std::make_unique<codegen::Codegen>(*program, diags);
        gen->out = std::make_unique<vm::Program>();
    }

    types::Type* type(std::string_view name, types::Package* pkg = nullptr) {
        if (!pkg) pkg = program->mainPackage();
        types::Object* obj = pkg->scope->lookup(name);
        REQUIRE(obj);
        REQUIRE(obj->kind == types::ObjectKind::TypeName);
        return obj->type;
    }

    const rt::TypeDesc* desc(std::string_view name) { return gen->typeDesc(type(name)); }
};

std::vector<std::string> methodNames(const rt::TypeDesc* d) {
    std::vector<std::string> names;
    for (uint32_t i = 0; i < d->methodCount; ++i) names.emplace_back(d->methods[i].name);
    return names;
}

}  // namespace

TEST_CASE("typedesc: reflect names match go1.19 %T", "[typedesc]") {
    Fixture fx;
    struct Case {
        const char* type;
        const char* name;
    };
    // go1.19: fmt.Printf("%T") / reflect.Type.String() of the same types.
    const Case cases[] = {
        {"T1", "map[string]int"},
        {"T2", "[]*main.List"},
        {"T3", "[4]uint8"},
        {"T4", "func(int, string) (int, error)"},
        {"T5", "func(...int)"},
        {"T6", "struct { X int; Y string }"},
        {"T7", "struct {}"},
        {"T8", "interface {}"},
        {"T9", "interface {}"},
        {"T10", "interface { A(); B(int) string }"},
        {"T11", "chan (<-chan int)"},
        {"T12", "chan<- int32"},
        {"T14", "struct { main.Point; *main.Inner; z int \"tag\\x01\" }"},
        {"T15", "func() int"},
        {"T16", "[]error"},
        {"T17", "map[main.Point][2][]interface { M() }"},
        {"T18", "func(interface {}, ...interface {})"},
        {"T19", "[0]int"},
        {"T20", "struct { a bool; b int64; c bool }"},
        {"T21", "struct { a int32; b struct {} }"},
        {"T22", "*main.Point"},
        {"T23", "<-chan <-chan uint"},
        {"T24", "[]struct { a uintptr; b uintptr }"},
        {"T27", "map[string]func(...int32) int32"},
        {"T28", "shapes.Box"},
        {"T29", "error"},
        {"T31", "struct { X int \"json:\\\"x\\\"\" }"},
        {"I", "main.I"},
        {"Fn", "main.Fn"},
        {"Point", "main.Point"},
        {"Celsius", "main.Celsius"},
        {"Local1", "int"},
    };
    for (const Case& c : cases) {
        INFO(c.type);
        CHECK(fx.gen->rtypeName(fx.type(c.type)) == c.name);
        CHECK(fx.desc(c.type)->name == c.name);
    }
    // go1.19 prints unexported interface methods qualified by package name.
    types::Type* iface = types::under(fx.type("I"));
    CHECK(fx.gen->rtypeName(iface) == "interface { Error() string; M(); main.m(int) string }");
    types::Type* shape = types::under(fx.type("Shape", fx.program->package("shapes")));
    CHECK(fx.gen->rtypeName(shape) == "interface { Area() float64; shapes.id() int }");

    const types::Universe& u = fx.program->universe;
    CHECK(fx.gen->rtypeName(u.byteType) == "uint8");
    CHECK(fx.gen->rtypeName(u.runeType) == "int32");
    CHECK(fx.gen->rtypeName(u.basic(types::BasicKind::UntypedRune)) == "int32");
    CHECK(fx.gen->rtypeName(u.basic(types::BasicKind::UntypedFloat)) == "float64");
    CHECK(fx.gen->rtypeName(u.basic(types::BasicKind::UnsafePointer)) == "unsafe.Pointer");
}

TEST_CASE("typedesc: sizes, alignment, offsets and flags match gc", "[typedesc]") {
    Fixture fx;
    struct Case {
        const char* type;
        uint64_t size;
        unsigned align;
        bool comparable;
        rt::Kind kind;
    };
    // go1.19 reflect Size/Align/Comparable.
    const Case cases[] = {
        {"T1", 8, 8, false, rt::Kind::Map},         {"T2", 24, 8, false, rt::Kind::Slice},
        {"T3", 4, 1, true, rt::Kind::Array},        {"T4", 8, 8, false, rt::Kind::Func},
        {"T6", 24, 8, true, rt::Kind::Struct},      {"T7", 0, 1, true, rt::Kind::Struct},
        {"T8", 16, 8, true, rt::Kind::Interface},   {"T11", 8, 8, true, rt::Kind::Chan},
        {"T14", 32, 8, true, rt::Kind::Struct},     {"T19", 0, 8, true, rt::Kind::Array},
        {"T20", 24, 8, true, rt::Kind::Struct},     {"T21", 8, 4, true, rt::Kind::Struct},
        {"T22", 8, 8, true, rt::Kind::Pointer},     {"T24", 24, 8, false, rt::Kind::Slice},
        {"I", 16, 8, true, rt::Kind::Interface},    {"Fn", 8, 8, false, rt::Kind::Func},
        {"Point", 16, 8, true, rt::Kind::Struct},   {"List", 16, 8, true, rt::Kind::Struct},
        {"Outer", 48, 8, true, rt::Kind::Struct},   {"Tagged", 24, 8, true, rt::Kind::Struct},
        {"Z", 16, 8, true, rt::Kind::Struct},       {"Celsius", 8, 8, true, rt::Kind::Float64},
        {"Amb", 2, 1, true, rt::Kind::Struct},      {"WithIface", 24, 8, true, rt::Kind::Struct},
        {"Inner", 1, 1, true, rt::Kind::Struct},
    };
    for (const Case& c : cases) {
        INFO(c.type);
        const rt::TypeDesc* d = fx.desc(c.type);
        CHECK(d->size == c.size);
        CHECK(d->align == c.align);
        CHECK(d->comparable == c.comparable);
        CHECK(d->kind == c.kind);
    }

    // unsafe.Offsetof in go1.19.
    auto offsets = [&](const char* name) {
        std::vector<uint64_t> out;
        const rt::TypeDesc* d = fx.desc(name);
        for (uint32_t i = 0; i < d->fieldCount; ++i) out.push_back(d->fields[i].offset);
        return out;
    };
    CHECK(offsets("Outer") == std::vector<uint64_t>{0, 8, 16, 24, 40});
    CHECK(offsets("T20") == std::vector<uint64_t>{0, 8, 16});
    CHECK(offsets("T14") == std::vector<uint64_t>{0, 16, 24});
    CHECK(offsets("Tagged") == std::vector<uint64_t>{0, 8});
    CHECK(offsets("Z") == std::vector<uint64_t>{0, 8});
    // Past 4 GiB: the GC finds p where it is.
    CHECK(offsets("T32") == std::vector<uint64_t>{0, uint64_t(1) << 32});

    const rt::TypeDesc* outer = fx.desc("Outer");
    REQUIRE(outer->fieldCount == 5);
    CHECK(outer->fields[0].name == "Inner");
    CHECK(outer->fields[0].embedded);
    CHECK(outer->fields[0].exported);
    CHECK(outer->fields[0].type == fx.desc("Inner"));
    CHECK(outer->fields[1].name == "Point");
    CHECK(outer->fields[1].type == fx.desc("T22"));
    CHECK(outer->fields[2].name == "b");
    CHECK_FALSE(outer->fields[2].exported);
    CHECK_FALSE(outer->fields[2].embedded);
    CHECK(outer->fields[4].type->name == "[3]int16");
    CHECK(outer->fields[4].type->length == 3);
    CHECK(outer->fields[4].type->size == 6);
    CHECK(outer->fields[4].type->align == 2);

    // Pointer-ness and interface directness.
    CHECK_FALSE(fx.desc("Inner")->hasPointers);
    CHECK_FALSE(fx.desc("Point")->hasPointers);
    CHECK_FALSE(fx.desc("T20")->hasPointers);
    CHECK(fx.desc("List")->hasPointers);
    CHECK(fx.desc("Outer")->hasPointers);
    CHECK(fx.desc("T6")->hasPointers);
    CHECK(fx.desc("T8")->hasPointers);
    CHECK(fx.desc("T1")->hasPointers);
    CHECK(fx.desc("Celsius")->direct);
    CHECK(fx.desc("T22")->direct);
    CHECK(fx.desc("T1")->direct);
    CHECK(fx.desc("Fn")->direct);
    CHECK_FALSE(fx.desc("Inner")->direct);  // aggregates are never direct, even when small
    CHECK_FALSE(fx.desc("T3")->direct);
    CHECK_FALSE(fx.desc("T7")->direct);
    CHECK_FALSE(fx.desc("T6")->direct);
    CHECK_FALSE(fx.desc("T8")->direct);
    CHECK_FALSE(fx.desc("T2")->direct);

    // Named-ness and composite structure.
    CHECK(fx.desc("Point")->isNamed);
    CHECK(fx.desc("T29")->isNamed);
    CHECK_FALSE(fx.desc("T6")->isNamed);
    const rt::TypeDesc* m = fx.desc("T1");
    CHECK(m->key->name == "string");
    CHECK(m->elem->name == "int");
    const rt::TypeDesc* fn = fx.desc("Fn");
    REQUIRE(fn->paramCount == 2);
    CHECK(fn->params[0]->name == "int");
    CHECK(fn->params[1]->name == "[]string");
    CHECK(fn->variadic);
    REQUIRE(fn->resultCount == 2);
    CHECK(fn->results[1]->name == "error");
    CHECK(fn->results[1]->kind == rt::Kind::Interface);
    const rt::TypeDesc* iface = fx.desc("I");
    REQUIRE(iface->ifaceMethodCount == 3);
    CHECK(iface->ifaceMethods[0].name == "Error");
    CHECK(iface->ifaceMethods[0].signature == "func() string");
    CHECK(iface->ifaceMethods[1].name == "M");
    CHECK(iface->ifaceMethods[1].signature == "func()");
    CHECK(iface->ifaceMethods[2].name == "m");
    CHECK(iface->ifaceMethods[2].signature == "func(int) string");
    CHECK(fx.desc("T8")->ifaceMethodCount == 0);
}

TEST_CASE("typedesc: identical types share one descriptor", "[typedesc]") {
    Fixture fx;
    const types::Universe& u = fx.program->universe;
    CHECK(fx.desc("T25") == fx.desc("T26"));  // []uint8 and []byte
    CHECK(fx.gen->typeDesc(u.byteType) == fx.gen->typeDesc(u.basic(types::BasicKind::Uint8)));
    CHECK(fx.gen->typeDesc(u.runeType) == fx.gen->typeDesc(u.basic(types::BasicKind::Int32)));
    CHECK(fx.gen->typeDesc(u.basic(types::BasicKind::UntypedInt)) == fx.gen->typeDesc(u.basic(types::BasicKind::Int)));
    CHECK(fx.desc("T8") == fx.desc("T9"));  // interface{} and any
    CHECK(fx.desc("T6") != fx.desc("T30"));
    CHECK(fx.desc("T30") != fx.desc("T31"));  // tags matter
    CHECK(fx.desc("T22")->elem == fx.desc("Point"));
    CHECK(fx.desc("Local1") == fx.gen->typeDesc(u.basic(types::BasicKind::Int)));
    CHECK(fx.desc("T29") == fx.gen->typeDesc(u.errorType));
    // A written interface{ M() } inside T17 and a fresh one elsewhere.
    const rt::TypeDesc* elemIface = fx.desc("T17")->elem->elem->elem;
    CHECK(elemIface->name == "interface { M() }");
    CHECK(elemIface->kind == rt::Kind::Interface);
    // Named types differ from their underlying types.
    CHECK(fx.desc("Celsius") != fx.gen->typeDesc(u.basic(types::BasicKind::Float64)));
    CHECK(fx.desc("Celsius")->kind == rt::Kind::Float64);

    // Two local types both called L: distinct descriptors, same printed name.
    std::vector<types::Type*> locals;
    for (const auto& [ident, obj] : fx.program->info.defs)
        if (obj && obj->kind == types::ObjectKind::TypeName && obj->name == "L") locals.push_back(obj->type);
    REQUIRE(locals.size() == 2);
    const rt::TypeDesc* l0 = fx.gen->typeDesc(locals[0]);
    const rt::TypeDesc* l1 = fx.gen->typeDesc(locals[1]);
    CHECK(l0 != l1);
    CHECK(l0->name == "main.L");
    CHECK(l1->name == "main.L");

    // Asking again returns the same index; the table holds no duplicates.
    uint32_t index = fx.gen->typeIndex(fx.type("T2"));
    size_t count = fx.gen->out->types.size();
    CHECK(fx.gen->typeIndex(fx.type("T2")) == index);
    CHECK(fx.gen->out->types.size() == count);
    for (size_t i = 0; i < fx.gen->out->types.size(); ++i)
        for (size_t j = i + 1; j < fx.gen->out->types.size(); ++j)
            if (fx.gen->out->types[i]->name != "main.L") CHECK(fx.gen->out->types[i]->name != fx.gen->out->types[j]->name);
}

TEST_CASE("typedesc: recursive types", "[typedesc]") {
    Fixture fx;
    const rt::TypeDesc* list = fx.desc("List");
    REQUIRE(list->fieldCount == 2);
    const rt::TypeDesc* next = list->fields[0].type;
    CHECK(next->name == "*main.List");
    CHECK(next->kind == rt::Kind::Pointer);
    CHECK(next->elem == list);
    CHECK(list->fields[1].offset == 8);
    CHECK(fx.desc("T2")->elem == next);
}

TEST_CASE("typedesc: register shapes", "[typedesc]") {
    Fixture fx;
    const types::Universe& u = fx.program->universe;
    using V = std::vector<SlotTag>;
    CHECK(codegen::shapeOf(u.basic(types::BasicKind::Int)) == V{SlotTag::Scalar});
    CHECK(codegen::shapeOf(u.basic(types::BasicKind::UntypedString)) == V{SlotTag::Pointer, SlotTag::Scalar});
    CHECK(codegen::shapeOf(u.basic(types::BasicKind::UntypedNil)) == V{SlotTag::Pointer});
    CHECK(codegen::shapeOf(fx.type("T2")) == V{SlotTag::Pointer, SlotTag::Scalar, SlotTag::Scalar});
    CHECK(codegen::shapeOf(fx.type("I")) == V{SlotTag::IfaceType, SlotTag::IfaceData});
    CHECK(codegen::shapeOf(fx.type("Outer")) == V{SlotTag::Pointer});
    CHECK(codegen::shapeOf(fx.type("T3")) == V{SlotTag::Pointer});
    CHECK(codegen::shapeOf(fx.type("Celsius")) == V{SlotTag::Scalar});
    CHECK(codegen::shapeOf(fx.type("Fn")) == V{SlotTag::Pointer});
    CHECK(codegen::slotCount(fx.type("T2")) == 3);
    CHECK(codegen::slotCount(fx.type("T8")) == 2);
    CHECK(codegen::slotCount(u.basic(types::BasicKind::String)) == 2);
    CHECK(codegen::slotCount(fx.type("Outer")) == 1);
    CHECK(codegen::isAggregate(fx.type("Outer")));
    CHECK(codegen::isAggregate(fx.type("T19")));
    CHECK_FALSE(codegen::isAggregate(fx.type("T22")));
    CHECK(codegen::gcKind(SlotTag::IfaceData) == vm::SlotKind::Scalar);
    CHECK(codegen::gcKind(SlotTag::IfaceType) == vm::SlotKind::IfaceType);
    CHECK(codegen::gcKind(SlotTag::Pointer) == vm::SlotKind::Pointer);
    CHECK(codegen::gcKind(SlotTag::Free) == vm::SlotKind::Scalar);
}

TEST_CASE("typedesc: synthesized struct boxes", "[typedesc]") {
    Fixture fx;
    const types::Universe& u = fx.program->universe;
    std::vector<types::Type*> fields{u.basic(types::BasicKind::Bool), u.basic(types::BasicKind::String),
                                     fx.type("Point")};
    uint32_t a = fx.gen->structTypeFor(fields);
    uint32_t b = fx.gen->structTypeFor(fields);
    CHECK(a == b);
    const rt::TypeDesc* d = fx.gen->out->types[a];
    CHECK(d->name == "struct { F0 bool; F1 string; F2 main.Point }");
    CHECK(d->size == 40);
    REQUIRE(d->fieldCount == 3);
    CHECK(d->fields[1].offset == 8);
    CHECK(d->fields[2].offset == 24);
    CHECK(d->hasPointers);
    CHECK(fx.gen->structTypeFor({}) != a);
    CHECK(fx.gen->out->types[fx.gen->structTypeFor({})]->name == "struct {}");
}

// Method tables need Codegen::wrapperFor (the lead's codegen_func.cpp).
TEST_CASE("typedesc: method sets with embedding", "[typedesc]") {
    Fixture fx;
    using S = std::vector<std::string>;
    struct Case {
        const char* type;
        S methods;
    };
    // go1.19 reflect lists the exported ones; the unexported `quiet` is in
    // gc's method tables too.
    const Case cases[] = {
        {"Point", {"String"}},
        {"T22", {"Move", "String"}},
        {"Inner", {"Hello", "quiet"}},
        {"Outer", {"Hello", "Move", "String", "quiet"}},
        {"Celsius", {"String"}},
        {"Amb", {}},
        {"WithIface", {"String"}},
        {"Shadow", {"quiet"}},
        {"T14", {"Hello", "PtrHello", "String", "quiet"}},
        {"List", {}},
        {"I", {}},
    };
    std::vector<const rt::TypeDesc*> descs;
    for (const Case& c : cases) descs.push_back(fx.desc(c.type));
    const types::Universe& u = fx.program->universe;
    (void)u;
    auto ptrTo = [&](const char* name) {
        auto* p = new types::Pointer(fx.type(name));
        fx.gen->synthTypes.emplace_back(p);
        return fx.gen->typeDesc(p);
    };
    const rt::TypeDesc* pInner = ptrTo("Inner");
    const rt::TypeDesc* pOuter = ptrTo("Outer");
    const rt::TypeDesc* pCelsius = ptrTo("Celsius");
    const rt::TypeDesc* pAmb = ptrTo("Amb");
    const rt::TypeDesc* pShadow = ptrTo("Shadow");
    const rt::TypeDesc* pWithIface = ptrTo("WithIface");
    fx.gen->fillMethodTables();
    CHECK(fx.gen->methodTablesToFill.empty());

    for (size_t i = 0; i < std::size(cases); ++i) {
        INFO(cases[i].type);
        CHECK(methodNames(descs[i]) == cases[i].methods);
    }
    CHECK(methodNames(pInner) == S{"Hello", "PtrHello", "quiet"});
    CHECK(methodNames(pOuter) == S{"Hello", "Move", "PtrHello", "String", "quiet"});
    CHECK(methodNames(pCelsius) == S{"String"});
    CHECK(methodNames(pAmb) == S{});
    CHECK(methodNames(pShadow) == S{"PtrHello", "quiet"});
    CHECK(methodNames(pWithIface) == S{"String"});

    const rt::TypeDesc* point = fx.desc("Point");
    REQUIRE(point->methodCount == 1);
    CHECK(point->methods[0].signature == "func() string");
    CHECK(point->methods[0].fn != nullptr);
    CHECK(rt::implements(point, fx.gen->typeDesc(fx.program->package("fmt")->scope->lookup("Stringer")->type)));
    CHECK_FALSE(rt::implements(fx.desc("Inner"), fx.desc("I")));
    const rt::MethodDesc* quiet = rt::findMethod(fx.desc("Outer"), "quiet");
    REQUIRE(quiet);
    CHECK(quiet->signature == "func(int) int");
}
