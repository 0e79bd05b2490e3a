// Range over an integer (Go 1.22), which go1.19 cannot run to record an
// expected output: each loop must print what the three-clause loop the
// spec defines it as prints (the three-clause loops are checked against
// go1.19 in tests/go/counted_loops.go).
#include <string>

#include "embed_util.hpp"

namespace {

std::string runMain(const std::string& body) {
    Captured captured;
    govm::Config config = captured.config();
    govm::VM vm(mustCompile(config, "package main\n\nimport \"fmt\"\n\nfunc main() {\n" + body + "}\n"), config);
    REQUIRE(vm.run());
    return captured.out;
}

}  // namespace

TEST_CASE("range over an int is the counted loop it stands for", "[vm][loops]") {
    struct Case {
        const char* ranged;
        const char* counted;
    };
    const Case cases[] = {
        {"s := 0\nfor i := range 10 { s += i * i }\nfmt.Println(s)\n",
         "s := 0\nfor i := 0; i < 10; i++ { s += i * i }\nfmt.Println(s)\n"},
        {"n := 0\nfor range 7 { n++ }\nfmt.Println(n)\n",
         "n := 0\nfor i := 0; i < 7; i++ { n++ }\nfmt.Println(n)\n"},
        // The count is evaluated once: changing n in the body changes nothing.
        {"n := 4\nc := 0\nfor i := range n { n = 100; c += i }\nfmt.Println(c, n)\n",
         "n := 4\nc := 0\nfor i, m := 0, n; i < m; i++ { n = 100; c += i }\nfmt.Println(c, n)\n"},
        {"var b uint8 = 200\nc := 0\nfor i := range b { c += int(i) }\nfmt.Println(c)\n",
         "var b uint8 = 200\nc := 0\nfor i := uint8(0); i < b; i++ { c += int(i) }\nfmt.Println(c)\n"},
        {"var m int32 = -3\nc := 0\nfor range m { c++ }\nfmt.Println(c)\n",
         "var m int32 = -3\nc := 0\nfor i := int32(0); i < m; i++ { c++ }\nfmt.Println(c)\n"},
        {"c := 0\nfor i := range 10 { if i == 3 { continue }; if i == 7 { break }; c += i }\nfmt.Println(c)\n",
         "c := 0\nfor i := 0; i < 10; i++ { if i == 3 { continue }; if i == 7 { break }; c += i }\nfmt.Println(c)\n"},
        {"var fs []func() int\nfor i := range 3 { fs = append(fs, func() int { return i }) }\n"
         "for _, f := range fs { fmt.Print(f()) }\nfmt.Println()\n",
         "var fs []func() int\nfor i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }\n"
         "for _, f := range fs { fmt.Print(f()) }\nfmt.Println()\n"},
    };
    for (const Case& c : cases) {
        INFO(c.ranged);
        std::string expected = runMain(c.counted);
        REQUIRE_FALSE(expected.empty());
        CHECK(runMain(c.ranged) == expected);
    }
}
