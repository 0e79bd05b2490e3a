// Any input at all gets diagnostics or a clean limit error: never a crash,
// a hang, or unbounded memory. (Run under ASan+UBSan with GOVM_SANITIZE.)
#include <catch2/catch.hpp>

#include <random>

#include "tests/test_support.hpp"

using govm::test::parseErrors;

namespace {

bool mentions(const std::vector<std::string>& errors, const std::string& text) {
    for (const std::string& e : errors)
        if (e.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("every .go file of the shared corpus and benchmarks parses", "[corpus]") {
    auto files = govm::test::listFiles(GOVM_SHARED_DIR "/conformance", ".go", true);
    auto bench = govm::test::listFiles(GOVM_SHARED_DIR "/bench", ".go");
    files.insert(files.end(), bench.begin(), bench.end());
    if (files.empty()) WARN("no ../shared folder beside the repository: nothing to parse");
    for (const std::string& file : files) {
        INFO(file);
        CHECK(parseErrors(govm::test::readFile(file)).empty());
    }
}

TEST_CASE("random bytes", "[robustness]") {
    std::mt19937 random(20261121);
    for (int round = 0; round < 300; ++round) {
        std::string junk(random() % 2048, '\0');
        for (char& c : junk) c = char(random());
        if (round % 2) junk = "package main\nfunc main() {\n" + junk;
        CHECK(!parseErrors(junk).empty());
    }
}

TEST_CASE("mutated corpus programs", "[robustness]") {
    auto files = govm::test::listFiles(GOVM_SHARED_DIR "/conformance/lang", ".go");
    if (files.size() > 40) files.resize(40);
    std::mt19937 random(7);
    const std::string alphabet = "{}()[];,.:=+-*/<>!&|^\"'`\n\t xyz0123456789func if for go chan \xff\x00";
    for (const std::string& file : files) {
        std::string original = govm::test::readFile(file);
        for (int round = 0; round < 25; ++round) {
            std::string text = original;
            for (int edits = 1 + int(random() % 4); edits > 0; --edits) {
                size_t at = random() % (text.size() + 1);
                switch (random() % 3) {
                case 0: text.erase(at, random() % 8); break;
                case 1: text.insert(at, 1, alphabet[random() % alphabet.size()]); break;
                default: text.insert(at, text.substr(random() % text.size(), random() % 16)); break;
                }
            }
            parseErrors(text);  // must return, whatever it reports
        }
    }
    SUCCEED("no crash on " << files.size() * 25 << " mutants");
}

TEST_CASE("deep nesting ends with a limit error", "[robustness]") {
    const int depth = 100000;
    std::string parens = "package main\nvar x = " + std::string(depth, '(') + "1" + std::string(depth, ')') + "\n";
    CHECK(mentions(parseErrors(parens), "nested too deeply"));
    std::string blocks = "package main\nfunc main() " + std::string(depth, '{') + std::string(depth, '}') + "\n";
    CHECK(mentions(parseErrors(blocks), "nested too deeply"));
    std::string types = "package main\nvar x ";
    for (int i = 0; i < depth; ++i) types += "[]";
    types += "int\n";
    CHECK(mentions(parseErrors(types), "nested too deeply"));
}

TEST_CASE("long operator chains end with a limit error", "[robustness]") {
    std::string sum = "package main\nvar x = 1";
    for (int i = 0; i < 100000; ++i) sum += " + 1";
    CHECK(mentions(parseErrors(sum + "\n"), "expression nested too deeply"));
    std::string negations = "package main\nvar x = " + std::string(100000, '^') + "1\n";
    CHECK(mentions(parseErrors(negations), "expression nested too deeply"));
    std::string selectors = "package main\nvar x = a";
    for (int i = 0; i < 100000; ++i) selectors += ".b";
    CHECK(mentions(parseErrors(selectors + "\n"), "expression nested too deeply"));
}

TEST_CASE("oversized and degenerate files", "[robustness]") {
    std::string huge = "package main\n// " + std::string(50u << 20, 'x') + "\n";
    CHECK(parseErrors(huge) == std::vector<std::string>{"prog.go:1:1: file too large (52428817 bytes; limit 16 MiB)"});
    CHECK(parseErrors(std::string(1000, '\0')).front() == "prog.go:1:1: invalid NUL character");
    std::string longString = "package main\nvar s = \"" + std::string(4u << 20, 'a') + "\"\n";
    CHECK(parseErrors(longString).empty());
}
