// Malformed programs: every case in tests/syntax must be reported where
// go1.19 reports it, in the same words (see tests/syntax/README.md): all of
// gc's lines, or its first line for the cases in first_line_only.txt.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>

#include "tests/test_support.hpp"

TEST_CASE("syntax errors match go1.19", "[syntax]") {
    auto programs = govm::test::listFiles(GOVM_SOURCE_DIR "/tests/syntax", ".go");
    REQUIRE(programs.size() >= 80);
    std::set<std::string> firstLineOnly;
    std::istringstream listed(govm::test::readFile(GOVM_SOURCE_DIR "/tests/syntax/first_line_only.txt"));
    for (std::string line; std::getline(listed, line);)
        if (!line.empty() && line[0] != '#') firstLineOnly.insert(line);
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
        if (firstLineOnly.count(name)) CHECK(all != expected);  // else it moves out of the list
        else CHECK(all == expected);
    }
}
