// strings and unicode/utf8 natives against go1.19 (tests/lib/strings_cases.txt,
// made by tests/lib/strings_cases.go): every native on ASCII, multi-byte,
// invalid UTF-8 and case-folding inputs, including Split's capacity.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "lib_fake.hpp"
#include "runtime/strconv.hpp"

namespace govm::test {
namespace {

std::string quoted(std::string_view s) {
    std::string out;
    rt::quote(out, s);
    return out;
}

std::string quotedList(const rt::Slice& list) {
    std::string out = "[";
    const auto* items = static_cast<const rt::String*>(list.data);
    for (int64_t i = 0; i < list.len; ++i) {
        if (i > 0) out += ' ';
        out += quoted(items[i].view());
    }
    return out + "]";
}

void putString(Slot* at, const rt::String& s) {
    at[0].p = const_cast<uint8_t*>(s.data);
    at[1].i = s.len;
}

struct Call {
    std::string fn, s, t;
    int64_t n;
};

// Runs one case through the natives and renders the result like the Go side.
std::string run(FakeContext& ctx, const Call& c) {
    const rt::NativeEntry* e = rt::findNative("strings." + c.fn);
    if (e == nullptr) e = rt::findNative("unicode/utf8." + c.fn);
    REQUIRE(e != nullptr);
    Slot args[8] = {}, res[4] = {};
    rt::String s = ctx.str(c.s), t = ctx.str(c.t);
    putString(args, s);
    const std::string& f = c.fn;
    if (f == "Fields") {
        e->fn(ctx, args, res);
        return quotedList({res[0].p, res[1].i, res[2].i});
    }
    if (f == "RuneCountInString") {
        e->fn(ctx, args, res);
        return std::to_string(res[0].i);
    }
    if (f == "ValidString") {
        e->fn(ctx, args, res);
        return res[0].i ? "true" : "false";
    }
    if (f == "Repeat" || f == "IndexRune" || f == "ContainsRune" || f == "IndexByte" || f == "LastIndexByte") {
        args[2].i = c.n;
        e->fn(ctx, args, res);
        if (f == "Repeat") return quoted(rt::String{static_cast<uint8_t*>(res[0].p), res[1].i}.view());
        if (f == "ContainsRune") return res[0].i ? "true" : "false";
        return std::to_string(res[0].i);
    }
    if (f == "Join") {
        std::vector<rt::String> parts = {ctx.str("a"), ctx.str("b"), ctx.str("c")};
        rt::Slice list = ctx.sliceOf(ctx.typeOf("string"), parts.data(), parts.size());
        args[0].p = list.data;
        args[1].i = list.len;
        args[2].i = list.cap;
        putString(args + 3, t);
        e->fn(ctx, args, res);
        return quoted(rt::String{static_cast<uint8_t*>(res[0].p), res[1].i}.view());
    }
    putString(args + 2, t);
    if (f == "SplitN" || f == "SplitAfterN") {
        args[4].i = c.n;
        e->fn(ctx, args, res);
        rt::Slice list{res[0].p, res[1].i, res[2].i};
        return f == "SplitN" ? quotedList(list) + " " + std::to_string(list.cap) : quotedList(list);
    }
    if (f == "Replace") {
        putString(args + 4, ctx.str("<>"));
        args[6].i = c.n;
    }
    e->fn(ctx, args, res);
    static const char* const kIntResults[] = {"Index", "IndexAny", "LastIndex", "LastIndexAny", "Count"};
    for (const char* name : kIntResults)
        if (f == name) return std::to_string(res[0].i);
    if (f == "Contains" || f == "ContainsAny" || f == "EqualFold") return res[0].i ? "true" : "false";
    return quoted(rt::String{static_cast<uint8_t*>(res[0].p), res[1].i}.view());
}

}  // namespace

TEST_CASE("strings: natives match go1.19 on every case", "[strings]") {
    TypeUniverse u;
    FakeContext ctx(u);
    std::ifstream in(std::string(GOVM_TEST_DATA_DIR) + "/lib/strings_cases.txt");
    REQUIRE(in);
    std::string line;
    int total = 0;
    std::map<std::string, int> failures;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::istringstream fields(line);
        for (std::string part; std::getline(fields, part, '\t');) f.push_back(part);
        REQUIRE(f.size() == 5);
        Call c{f[0], {}, {}, std::stoll(f[3])};
        REQUIRE(rt::unquote(f[1], c.s));
        REQUIRE(rt::unquote(f[2], c.t));
        std::string got = run(ctx, c);
        ++total;
        if (got != f[4] && failures[c.fn]++ < 3)
            UNSCOPED_INFO(c.fn << "(" << f[1] << ", " << f[2] << ", " << c.n << ") = " << got << " want " << f[4]);
    }
    CHECK(total > 9000);
    for (const auto& [name, count] : failures) UNSCOPED_INFO(name << ": " << count << " mismatches");
    CHECK(failures.empty());
}

}  // namespace govm::test
