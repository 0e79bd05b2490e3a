// fmt's scanner (runtime/lib/fmt_scan.hpp) on hand-made operands: what the
// golden programs tests/go/fmt_sscan.go and fmt_scan_stdin.go cannot reach,
// namely the raw result codes, a nil pointer, and input that never ends.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "lib_fake.hpp"
#include "runtime/lib/fmt_scan.hpp"

namespace govm::test {
namespace {

struct ScanFixture {
    TypeUniverse u;
    FakeContext ctx{u};
    const TypeDesc* intPtr = u.pointer(u.intT, "*int");
    const TypeDesc* stringPtr = u.pointer(u.stringT, "*string");
    const TypeDesc* int8Ptr = u.pointer(u.int8T, "*int8");

    Iface pointerTo(const TypeDesc* pointer, void* target) { return {pointer, reinterpret_cast<uint64_t>(target)}; }

    rt::lib::ScanResult scan(std::string_view input, rt::lib::ScanMode mode, std::string_view format,
                             std::initializer_list<Iface> args) {
        return rt::lib::scanValues(ctx, {.text = input}, mode, format, args.begin(), args.size());
    }
};

TEST_CASE("scan: values land in memory form, errors as codes", "[lib][fmt]") {
    ScanFixture f;
    int64_t i = 0;
    rt::String s{};
    int8_t small = 0;
    auto r = f.scan("  -17 word 100", rt::lib::ScanMode::Space, "",
                    {f.pointerTo(f.intPtr, &i), f.pointerTo(f.stringPtr, &s), f.pointerTo(f.int8Ptr, &small)});
    CHECK(r.count == 3);
    CHECK(r.code == rt::lib::ScanCode::Ok);
    CHECK(i == -17);
    CHECK(s.view() == "word");
    CHECK(small == 100);

    r = f.scan("1000", rt::lib::ScanMode::Space, "", {f.pointerTo(f.int8Ptr, &small)});
    CHECK(r.count == 0);
    CHECK(r.code == rt::lib::ScanCode::Text);
    CHECK(r.text == "integer overflow on token 1000");

    r = f.scan("99999999999999999999", rt::lib::ScanMode::Space, "", {f.pointerTo(f.intPtr, &i)});
    CHECK(r.code == rt::lib::ScanCode::NumRange);
    CHECK(r.text == "ParseInt");
    CHECK(r.num == "99999999999999999999");

    r = f.scan("7", rt::lib::ScanMode::Space, "", {f.pointerTo(f.intPtr, &i), f.pointerTo(f.intPtr, &i)});
    CHECK(r.count == 1);
    CHECK(r.code == rt::lib::ScanCode::Eof);

    r = f.scan("a=", rt::lib::ScanMode::Format, "a=%d b", {f.pointerTo(f.intPtr, &i)});
    CHECK(r.count == 0);
    CHECK(r.code == rt::lib::ScanCode::Eof);
}

TEST_CASE("scan: a nil pointer panics after its token is read, as Go's store does", "[lib][fmt]") {
    ScanFixture f;
    try {
        f.scan("5", rt::lib::ScanMode::Space, "", {f.pointerTo(f.intPtr, nullptr)});
        FAIL("no panic");
    } catch (const FakePanic& p) {
        CHECK(p.text == "runtime error: invalid memory address or nil pointer dereference");
    }
    // A nil interface is for fmt.go to panic about, as Go's reflection does.
    int64_t i = 0;
    auto r = f.scan("5 6", rt::lib::ScanMode::Space, "", {f.pointerTo(f.intPtr, &i), Iface{nullptr, 0}});
    CHECK(r.count == 1);
    CHECK(r.code == rt::lib::ScanCode::NilOperand);
}

TEST_CASE("scan: a width bounds the runes an operand reads", "[lib][fmt]") {
    ScanFixture f;
    int64_t a = 0, b = 0;
    auto r = f.scan("123456", rt::lib::ScanMode::Format, "%1d%5d", {f.pointerTo(f.intPtr, &a), f.pointerTo(f.intPtr, &b)});
    CHECK(r.count == 2);
    CHECK(a == 1);
    CHECK(b == 23456);
}

}  // namespace
}  // namespace govm::test
