// The checker accepts every program of the shared corpus: the language
// conformance programs, the escape-analysis cases and the benchmarks.
#include <catch2/catch.hpp>

#include "check_util.hpp"

using namespace govm;

namespace {

void checkAll(const std::string& dir) {
    std::vector<std::string> files = test::listFiles(dir, ".go");
    REQUIRE(!files.empty());
    for (const std::string& path : files) {
        test::Checked c = test::check(test::readFile(path), test::baseName(path));
        INFO(path);
        CHECK(test::joinLines(c.errors) == "");
        CHECK(c.program != nullptr);
    }
}

}  // namespace

TEST_CASE("check corpus: conformance/lang") { checkAll(std::string(GOVM_SHARED_DIR) + "/conformance/lang"); }
TEST_CASE("check corpus: conformance/escape") { checkAll(std::string(GOVM_SHARED_DIR) + "/conformance/escape"); }
TEST_CASE("check corpus: bench") { checkAll(std::string(GOVM_SHARED_DIR) + "/bench"); }
