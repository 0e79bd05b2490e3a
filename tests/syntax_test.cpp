// Malformed programs: every case in tests/syntax must be reported first
// where go1.19 reports it, in the same words (see tests/syntax/README.md).
#include <catch2/catch.hpp>

#include <filesystem>

#include "tests/test_support.hpp"

TEST_CASE("syntax errors match go1.19", "[syntax]") {
    auto programs = govm::test::listFiles(GOVM_SOURCE_DIR "/tests/syntax", ".go");
    REQUIRE(programs.size() >= 80);
    int allLinesMatch = 0;
    for (const std::string& program : programs) {
        std::string base = program.substr(0, program.size() - 3);
        std::string name = std::filesystem::path(program).filename().string();
        std::string expected = govm::test::readFile(base + ".err");
        std::vector<std::string> got = govm::test::parseErrors(govm::test::readFile(program), name);
        INFO(program);
        REQUIRE(!got.empty());
        CHECK(got.front() + "\n" == expected.substr(0, expected.find('\n') + 1));
        std::string all;
        for (const std::string& line : got) all += line + "\n";
        if (all == expected) ++allLinesMatch;
    }
    WARN("all diagnostics identical to go's for " << allLinesMatch << " of " << programs.size() << " cases");
}
