// The AST: golden dumps of representative programs, node positions, and the
// constructs whose parse depends on LBody or on gc's grouping rules.
#include <catch2/catch.hpp>

#include "tests/test_support.hpp"

using govm::test::dump;
using govm::test::parseErrors;
using Lines = std::vector<std::string>;

TEST_CASE("golden AST dumps", "[parser]") {
    auto programs = govm::test::listFiles(GOVM_SOURCE_DIR "/tests/ast", ".go");
    REQUIRE(programs.size() >= 4);
    for (const std::string& program : programs) {
        INFO(program);
        std::string expected = govm::test::readFile(program.substr(0, program.size() - 3) + ".ast");
        CHECK(dump(govm::test::readFile(program)) == expected);
    }
}

TEST_CASE("operations sit at their operator, as in gc", "[parser]") {
    std::string out = dump("package main\n\nfunc main() {\n\tx := f(a.b[1], T{2})\n}\n");
    CHECK(out.find("Assign := @4:4") != std::string::npos);
    CHECK(out.find("Call @4:8") != std::string::npos);
    CHECK(out.find("Selector .b @4:10") != std::string::npos);
    CHECK(out.find("Index @4:12") != std::string::npos);
    CHECK(out.find("CompositeLit @4:18") != std::string::npos);
}

TEST_CASE("composite literals in statement headers", "[parser]") {
    // Parenthesized, or of a non-name type: a literal.
    CHECK(dump("package main\nfunc f() {\n\tif x == (T{}) {\n\t}\n}\n").find("CompositeLit") != std::string::npos);
    CHECK(dump("package main\nfunc f() {\n\tfor _, v := range []int{1, 2} {\n\t\t_ = v\n\t}\n}\n")
              .find("CompositeLit") != std::string::npos);
    CHECK(dump("package main\nfunc f() {\n\tif s := struct{ a int }{1}; s.a > 0 {\n\t}\n}\n").find("StructType") !=
          std::string::npos);
    CHECK(dump("package main\nfunc f() {\n\tif func() bool { return true }() {\n\t}\n}\n").find("FuncLit") !=
          std::string::npos);
    // A bare type name: the brace opens the block, as in gc.
    CHECK(parseErrors("package main\nfunc f() {\n\tif p == T{1, 2} {\n\t}\n}\n").front() ==
          "prog.go:3:16: syntax error: unexpected }, expecting := or = or comma");
}

TEST_CASE("parameter grouping", "[parser]") {
    std::string out = dump("package main\nfunc f(a, b int, c ...string) (x int, err error)\n");
    CHECK(out.find("Field a, b @2:8") != std::string::npos);
    CHECK(out.find("Field c @2:18") != std::string::npos);
    CHECK(out.find("Field x, err") == std::string::npos);
    CHECK(out.find("Field x @2:32") != std::string::npos);
    CHECK(parseErrors("package main\nfunc f(a int, []int)\n").front() ==
          "prog.go:2:15: syntax error: mixed named and unnamed parameters");
}

TEST_CASE("statement forms", "[parser]") {
    std::string out = dump(
        "package main\n"
        "func f(ch chan int, v interface{}) {\n"
        "outer:\n"
        "\tfor i := range 10 {\n"
        "\t\tselect {\n"
        "\t\tcase x, ok := <-ch:\n"
        "\t\t\t_, _ = x, ok\n"
        "\t\tcase ch <- i:\n"
        "\t\tdefault:\n"
        "\t\t\tbreak outer\n"
        "\t\t}\n"
        "\t}\n"
        "\tswitch t := v.(type) {\n"
        "\tcase int, string:\n"
        "\t\t_ = t\n"
        "\t\tfallthrough\n"
        "\t}\n"
        "\tgo func() {}()\n"
        "\tdefer close(ch)\n"
        "\tgoto outer\n"
        "}\n");
    CHECK(out.find("Labeled outer @3:1") != std::string::npos);
    CHECK(out.find("Range := @4:2") != std::string::npos);
    CHECK(out.find("Comm @6:3") != std::string::npos);
    CHECK(out.find("Send @8:11") != std::string::npos);
    CHECK(out.find("Branch break outer @10:4") != std::string::npos);
    CHECK(out.find("TypeSwitch t @13:2") != std::string::npos);
    CHECK(out.find("Branch fallthrough") != std::string::npos);
    CHECK(out.find("Go @18:2") != std::string::npos);
    CHECK(out.find("Branch goto outer") != std::string::npos);
}

TEST_CASE("type parameters and instantiation parse", "[parser]") {
    std::string out = dump(
        "package main\n"
        "type Number interface{ ~int | ~float64 }\n"
        "type List[T any] struct{ items []T }\n"
        "type Pair[K comparable, V any] struct{}\n"
        "type Array [N]int\n"
        "func Sum[T Number](xs []T) T { var s T; return s }\n"
        "func main() { _ = Sum[int]([]int{1}); var p Pair[string, int]; _ = p }\n");
    CHECK(out.find("Type List @3:6\n      typeParams:\n        Field T") != std::string::npos);
    CHECK(out.find("Type Pair") != std::string::npos);
    CHECK(out.find("Type Array @5:6\n      ArrayType") != std::string::npos);
    CHECK(out.find("Unary ~") != std::string::npos);
}

TEST_CASE("imaginary literals are lexed, then refused by name", "[parser]") {
    CHECK(parseErrors("package main\nvar c = 1 + 2.5i\n") ==
          Lines{"prog.go:2:13: imaginary literal 2.5i not supported: govm has no complex numbers"});
}

TEST_CASE("declarations and directives", "[parser]") {
    std::string out = dump(
        "package main\n"
        "import (\n\tf \"fmt\"\n\t. \"math\"\n\t_ \"os\"\n)\n"
        "const (\n\tA = iota\n\tB\n)\n"
        "type Alias = int\n"
        "//go:noinline\n"
        "func g() {}\n"
        "//extern cos\n"
        "func cos(x float64) float64\n");
    CHECK(out.find("Import f \"fmt\"") != std::string::npos);
    CHECK(out.find("Import . \"math\"") != std::string::npos);
    CHECK(out.find("Value B (iota 1)") != std::string::npos);
    CHECK(out.find("Alias Alias") != std::string::npos);
    CHECK(out.find("Func g @13:1\n    Directive //go:noinline") != std::string::npos);
    CHECK(out.find("Func cos @15:1\n    Directive //extern cos") != std::string::npos);
}
