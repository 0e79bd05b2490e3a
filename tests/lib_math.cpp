// math natives against go1.19's exact result bits (tests/lib/math_cases.txt,
// made by tests/lib/math_cases.go): every function on a fixed sample of
// special, round and random inputs.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "lib_fake.hpp"

namespace govm::test {

TEST_CASE("math: natives return go1.19's bits", "[math]") {
    TypeUniverse u;
    FakeContext ctx(u);
    std::ifstream in(std::string(GOVM_TEST_DATA_DIR) + "/lib/math_cases.txt");
    REQUIRE(in);
    std::string line;
    std::map<std::string, int> failures;
    int total = 0;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string name, args, result;
        std::getline(fields, name, '\t');
        std::getline(fields, args, '\t');
        std::getline(fields, result, '\t');
        const rt::NativeEntry* e = rt::findNative("math." + name);
        REQUIRE(e != nullptr);
        Slot in2[2] = {};
        size_t comma = args.find(',');
        in2[0].u = std::strtoull(args.substr(0, comma).c_str(), nullptr, 16);
        if (comma != std::string::npos) in2[1].u = std::strtoull(args.substr(comma + 1).c_str(), nullptr, 16);
        Slot out[2] = {};
        e->fn(ctx, in2, out);
        uint64_t want = std::strtoull(result.c_str(), nullptr, 16);
        ++total;
        bool same = out[0].u == want;
        // Go's NaN payloads vary by operation; any NaN matches any NaN.
        double got = out[0].f, wantF;
        std::memcpy(&wantF, &want, 8);
        if (!same && got != got && wantF != wantF) same = true;
        if (!same) {
            if (failures[name]++ < 3) UNSCOPED_INFO(name << "(" << args << ") = " << std::hex << out[0].u << " want " << want);
        }
    }
    CHECK(total > 19000);
    for (const auto& [name, count] : failures) UNSCOPED_INFO(name << ": " << count << " mismatches");
    CHECK(failures.empty());
}

}  // namespace govm::test
