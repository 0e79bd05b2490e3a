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

}  // namespace

TEST_CASE("check errors: gc's diagnostics") { checkGolden(std::string(GOVM_TEST_DATA_DIR) + "/check"); }

TEST_CASE("check errors: govm's unsupported features") {
    checkGolden(std::string(GOVM_TEST_DATA_DIR) + "/check/govm");
}

TEST_CASE("check errors: at most 10 errors") {
    std::string src = "package main\n\nfunc main() {\n";
    for (int i = 0; i < 12; ++i) src += "\tundefined" + std::to_string(i) + "()\n";
    src += "}\n";
    test::Checked c = test::check(src);
    REQUIRE(c.errors.size() == 11);
    CHECK(c.errors[0] == "prog.go:4:2: undefined: undefined0");
    CHECK(c.errors[10] == "too many errors");
}
