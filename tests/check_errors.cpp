// Golden tests of the type checker's diagnostics.
//
// tests/check/NAME.go holds a program with errors and NAME.err the exact
// output of go1.19's `go build NAME.go` run in that folder (minus the
// `# command-line-arguments` line; tests/check/regen rewrites them).
// tests/check/govm/ holds programs Go accepts but govm rejects (complex
// numbers, generics, unsafe, unknown imports); their .err files are
// govm's own wording, written by hand.
#include <catch2/catch.hpp>

#include "check_util.hpp"

using namespace govm;

namespace {

void checkGolden(const std::string& dir) {
    std::vector<std::string> files = test::listFiles(dir, ".go");
    REQUIRE(!files.empty());
    for (const std::string& path : files) {
        std::string name = test::baseName(path);
        std::string stem = name.substr(0, name.size() - 3);
        std::string expected = test::readFile(dir + "/" + stem + ".err");
        test::Checked c = test::check(test::readFile(path), "./" + name);
        INFO(name);
        CHECK(test::joinLines(c.errors) == expected);
        CHECK(!c.program);
    }
}

// A main that calls `count` undefined functions, one per line from line 4.
std::string undefinedCalls(int count) {
    std::string src = "package main\n\nfunc main() {\n";
    for (int i = 0; i < count; ++i) src += "\tundefined" + std::to_string(i) + "()\n";
    return src + "}\n";
}

}  // namespace

TEST_CASE("check errors: gc's diagnostics") { checkGolden(std::string(GOVM_TEST_DATA_DIR) + "/check"); }

TEST_CASE("check errors: govm's unsupported features") {
    checkGolden(std::string(GOVM_TEST_DATA_DIR) + "/check/govm");
}

TEST_CASE("check errors: at most 10 errors") {
    test::Checked c = test::check(undefinedCalls(12));
    REQUIRE(c.errors.size() == 11);
    CHECK(c.errors[0] == "prog.go:4:2: undefined: undefined0");
    CHECK(c.errors[10] == "prog.go:13:2: too many errors");  // go1.19: the position of the 10th error
}

TEST_CASE("check errors: the tenth error reported ends the list, whatever its position") {
    test::Checked exactlyTen = test::check(undefinedCalls(10));
    REQUIRE(exactlyTen.errors.size() == 11);
    CHECK(exactlyTen.errors[10] == "prog.go:13:2: too many errors");

    // go1.19 reports unused variables after their function's body and unused
    // imports after every body, so neither x nor "strings" makes the cut.
    test::Checked c = test::check(R"(package main

import "strings"

func g() {
	a := 1
	b := 2
}

func main() {
	x := 1
	var y int = "s"
	u1()
	u2()
	u3()
	u4()
	u5()
	u6()
	u7()
	u8()
}
)");
    std::vector<std::string> expected = {
        "prog.go:6:2: a declared but not used",
        "prog.go:7:2: b declared but not used",
        "prog.go:12:14: cannot use \"s\" (untyped string constant) as int value in variable declaration",
        "prog.go:13:2: undefined: u1",
        "prog.go:14:2: undefined: u2",
        "prog.go:15:2: undefined: u3",
        "prog.go:16:2: undefined: u4",
        "prog.go:17:2: undefined: u5",
        "prog.go:18:2: undefined: u6",
        "prog.go:19:2: undefined: u7",
        "prog.go:19:2: too many errors",
    };
    CHECK(c.errors == expected);
}
