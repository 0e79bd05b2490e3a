// The fmt engine (runtime/fmt.hpp) against go1.19: tests/lib/fmt_cases.go
// prints each case's expected output into tests/lib/fmt_cases.txt; this file
// builds the same operands from hand-made TypeDescs and compares.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lib_fake.hpp"
#include "runtime/fmt.hpp"
#include "runtime/strconv.hpp"

namespace govm::test {
namespace {

std::map<std::string, std::string> loadExpectations() {
    std::map<std::string, std::string> cases;
    std::ifstream in(std::string(GOVM_TEST_DATA_DIR) + "/lib/fmt_cases.txt");
    std::string line;
    while (std::getline(in, line)) {
        size_t tab = line.find('\t');
        std::string value;
        REQUIRE(tab != std::string::npos);
        REQUIRE(rt::unquote(std::string_view(line).substr(tab + 1), value));
        cases[line.substr(0, tab)] = value;
    }
    return cases;
}

// The program's types (tests/lib/fmt_cases.go) and operand builders.
struct Fixture {
    TypeUniverse u;
    FakeContext ctx{u};

    const TypeDesc* pointT = u.structure("main.Point", {{"X", u.intT}, {"Y", u.intT}});
    const TypeDesc* ptrPointT = u.pointer(pointT, "*main.Point");
    TypeDesc* tempT = u.named(u.intT, "main.Temp");
    TypeDesc* myIntT = u.named(u.intT, "main.MyInt");
    TypeDesc* badT = u.named(u.intT, "main.Bad");
    const TypeDesc* eT = u.structure("main.E", {{"msg", u.stringT, false}});
    TypeDesc* ptrET = const_cast<TypeDesc*>(u.pointer(eT, "*main.E"));
    TypeDesc* bytesNamedT = u.named(u.bytesT, "main.Bytes");
    const TypeDesc* baseT = u.structure("main.Base", {{"ID", u.intT}});
    const TypeDesc* derivedT = u.structure("main.Derived", {{"Base", baseT, true, true}, {"Name", u.stringT}});
    const TypeDesc* holderT = u.structure("main.Holder", {{"V", u.anyT}});
    const TypeDesc* hiddenT =
        u.structure("main.Hidden", {{"n", u.intT, false}, {"T", tempT}, {"t", tempT, false}});
    const TypeDesc* arr3IntT = u.array(u.intT, 3, "[3]int");
    const TypeDesc* arr2StrT = u.array(u.stringT, 2, "[2]string");
    const TypeDesc* anysT = u.slice(u.anyT, "[]interface {}");
    const TypeDesc* pointsT = u.slice(pointT, "[]main.Point");
    const TypeDesc* ptrPointsT = u.slice(ptrPointT, "[]*main.Point");
    const TypeDesc* tempsT = u.slice(tempT, "[]main.Temp");
    const TypeDesc* badsT = u.slice(badT, "[]main.Bad");
    const TypeDesc* errorsT = u.slice(u.errorT, "[]error");
    const TypeDesc* mapStrIntT = u.map(u.stringT, u.intT, "map[string]int");
    const TypeDesc* mapIntStrT = u.map(u.intT, u.stringT, "map[int]string");
    const TypeDesc* mapPointBoolT = u.map(pointT, u.boolT, "map[main.Point]bool");
    const TypeDesc* mapTempTempT = u.map(tempT, tempT, "map[main.Temp]main.Temp");
    const TypeDesc* mapFloatIntT = u.map(u.float64T, u.intT, "map[float64]int");
    const TypeDesc* mapBoolIntT = u.map(u.boolT, u.intT, "map[bool]int");
    const TypeDesc* ptrIntsT = u.pointer(u.intsT, "*[]int");
    const TypeDesc* ptrArr2StrT = u.pointer(arr2StrT, "*[2]string");
    const TypeDesc* ptrMapT = u.pointer(mapStrIntT, "*map[string]int");

    Fixture() {
        u.addStringMethod(tempT, "String", [](Iface v) { return std::to_string(int64_t(v.data)) + "°"; });
        u.addStringMethod(badT, "String", [this](Iface) -> std::string { throw FakePanic{ctx.s("boom"), {}}; });
        u.addStringMethod(ptrET, "Error", [](Iface v) -> std::string {
            if (v.data == 0) throw FakePanic{{}, "nil dereference"};
            return std::string(reinterpret_cast<const rt::String*>(v.data)->view());
        });
    }

    template <typename T>
    Iface val(const TypeDesc* t, T v) {
        return ctx.box(t, &v);
    }
    Iface i(int64_t v) { return ctx.i(v); }
    Iface s(std::string_view v) { return ctx.s(v); }
    Iface f(double v) { return ctx.f(v); }
    Iface b(bool v) { return val<uint8_t>(u.boolT, v); }
    Iface f32(float v) { return val(u.float32T, v); }
    Iface bytes(const TypeDesc* t, std::string_view v) { return val(t, ctx.sliceOf(u.uint8T, v.data(), v.size())); }
    Iface nilOf(const TypeDesc* t) {
        std::vector<unsigned char> zero(t->size, 0);
        return ctx.box(t, zero.data());
    }
    Iface ints(std::vector<int64_t> v) { return val(u.intsT, ctx.sliceOf(u.intT, v.data(), v.size())); }
    Iface anys(std::vector<Iface> v) { return val(anysT, ctx.sliceOf(u.anyT, v.data(), v.size())); }
    struct Point {
        int64_t x, y;
    };
    Iface point(int64_t x, int64_t y) { return val(pointT, Point{x, y}); }
    Iface pointPtr(int64_t x, int64_t y) {
        void* p = ctx.allocate(pointT, 1);
        Point pt{x, y};
        std::memcpy(p, &pt, sizeof pt);
        return Iface{ptrPointT, reinterpret_cast<uint64_t>(p)};
    }
    Iface errPtr(std::string_view msg) {
        void* p = ctx.allocate(eT, 1);
        rt::String s = ctx.str(msg);
        std::memcpy(p, &s, sizeof s);
        return Iface{ptrET, reinterpret_cast<uint64_t>(p)};
    }
    template <typename K, typename V>
    Iface mapOf(const TypeDesc* t, std::vector<std::pair<K, V>> entries) {
        std::vector<std::pair<const void*, const void*>> raw;
        for (auto& [k, v] : entries) raw.emplace_back(&k, &v);
        return Iface{t, reinterpret_cast<uint64_t>(ctx.mapOf(t, raw))};
    }
    Iface ptrTo(const TypeDesc* ptrType, Iface boxed) { return Iface{ptrType, boxed.data}; }

    std::string sprintf(std::string_view format, std::vector<Iface> args) {
        std::string out;
        rt::fmtSprintf(ctx, out, format, args.data(), args.size());
        return out;
    }
    std::string sprint(std::vector<Iface> args) {
        std::string out;
        rt::fmtSprint(ctx, out, args.data(), args.size());
        return out;
    }
    std::string sprintln(std::vector<Iface> args) {
        std::string out;
        rt::fmtSprintln(ctx, out, args.data(), args.size());
        return out;
    }
};

class Checker {
public:
    Checker() : expected_(loadExpectations()) {}
    void check(const std::string& name, const std::string& actual) {
        INFO("case: " << name);
        auto it = expected_.find(name);
        REQUIRE(it != expected_.end());
        CHECK(actual == it->second);
        checked_.insert(name);
    }
    size_t unchecked() const { return expected_.size() - checked_.size(); }

private:
    std::map<std::string, std::string> expected_;
    std::set<std::string> checked_;
};

const char* const kIntFormats[] = {"%d",   "%5d",  "%-5d|", "%05d", "%+d",  "% d",  "%x",   "%X",  "%#x",
                                   "%o",   "%#o",  "%O",    "%b",   "%c",   "%q",   "%U",   "%#U", "%v",
                                   "%.3d", "%8.3d", "%+08d", "%-08d|", "%#b", "% x",  "%.0d", "%5.0d|", "%z"};
const char* const kFloatFormats[] = {"%v",    "%f",   "%.2f",  "%e",   "%E",    "%g",    "%G",   "%8.3f|",
                                     "%-8.3f|", "%+.1e", "%x",  "%X",   "%b",    "%#g",   "%#.3x", "%08.3f",
                                     "% .2f", "%6.2v|", "%.0f", "%#.0f", "%.3g", "%10.4e|", "%F",   "%d"};
const char* const kStringFormats[] = {"%s",   "%q",    "%#q",  "%x",    "%X",   "% x",  "%# x", "%10s|", "%-10s|",
                                      "%.2s", "%5.1s|", "%v",  "%#v",   "%d",   "%010s", "%+q", "%.3q",  "%8q|"};
const char* const kBytesFormats[] = {"%s", "%x", "%X", "% x", "%v", "%#v", "%q", "%d", "%5s|", "%.2s", "%t", "%o"};

}  // namespace

TEST_CASE("fmt: numbers, strings, bools and nil match go1.19", "[fmt]") {
    Fixture fx;
    Checker c;
    for (const char* f : kIntFormats) {
        c.check(std::string("int42 ") + f, fx.sprintf(f, {fx.i(42)}));
        c.check(std::string("int-255 ") + f, fx.sprintf(f, {fx.i(-255)}));
    }
    c.check("int0 %.0d", fx.sprintf("%.0d", {fx.i(0)}));
    c.check("int8 %d", fx.sprintf("%d %x", {fx.val<int8_t>(fx.u.int8T, -128), fx.val<int8_t>(fx.u.int8T, -1)}));
    Iface u200 = fx.val<uint8_t>(fx.u.uint8T, 200);
    c.check("uint8 %v", fx.sprintf("%v %#v %x", {u200, u200, u200}));
    c.check("int64min", fx.sprintf("%d %x %b", {fx.val<int64_t>(fx.u.int64T, INT64_MIN),
                                                fx.val<int64_t>(fx.u.int64T, INT64_MIN),
                                                fx.val<int64_t>(fx.u.int64T, -1)}));
    Iface umax = fx.val<uint64_t>(fx.u.uint64T, UINT64_MAX);
    c.check("uint64max", fx.sprintf("%d %x %#v %o", {umax, umax, umax, umax}));
    c.check("runes", fx.sprintf("%c %q %U %#U %q %c %x", {fx.i(0x1F600), fx.i(0x1F600), fx.i(0x1F600), fx.i(0x1F600),
                                                         fx.i(0x110000), fx.i(-1),
                                                         fx.val<int32_t>(fx.u.int32T, 0xE9)}));
    c.check("myint", fx.sprintf("%v %d %x %s %T", {fx.val<int64_t>(fx.myIntT, 7), fx.val<int64_t>(fx.myIntT, 7),
                                                  fx.val<int64_t>(fx.myIntT, 255), fx.val<int64_t>(fx.myIntT, 7),
                                                  fx.val<int64_t>(fx.myIntT, 7)}));
    for (const char* f : kFloatFormats) {
        c.check(std::string("float3.14159 ") + f, fx.sprintf(f, {fx.f(3.14159)}));
        c.check(std::string("float-1234.5678 ") + f, fx.sprintf(f, {fx.f(-1234.5678)}));
    }
    double nan = std::nan(""), inf = INFINITY;
    c.check("float specials", fx.sprintf("%v %v %v %v %f %5.1f| %+v %08v| %-8v| % v",
                                         {fx.f(nan), fx.f(inf), fx.f(-inf), fx.f(-0.0), fx.f(inf), fx.f(nan),
                                          fx.f(inf), fx.f(-inf), fx.f(nan), fx.f(nan)}));
    c.check("float big", fx.sprintf("%v %v %v %v %v", {fx.f(1e21), fx.f(1e20), fx.f(1e-5), fx.f(123456789.0),
                                                      fx.f(0.000001234)}));
    c.check("float32", fx.sprintf("%v %v %g %.10f %T", {fx.f32(0.1f), fx.f32(1e20f), fx.f32(3.4e38f), fx.f32(0.1f),
                                                        fx.f32(1)}));
    for (const char* f : kStringFormats) {
        c.check(std::string("str héllo ") + f, fx.sprintf(f, {fx.s("héllo")}));
        c.check(std::string("str tab ") + f, fx.sprintf(f, {fx.s("a\tb\"c")}));
    }
    c.check("str empty", fx.sprintf("[%x] [%5x] [%q] [%s]", {fx.s(""), fx.s(""), fx.s(""), fx.s("")}));
    c.check("str invalid", fx.sprintf("%q %+q %x %s %5s|",
                                      {fx.s("a\xff" "b"), fx.s("☺\x80"), fx.s("\xff"), fx.s("\xfe"), fx.s("\xff")}));
    c.check("bool", fx.sprintf("%t %v %5t| %-6v| %d %s",
                               {fx.b(true), fx.b(false), fx.b(true), fx.b(false), fx.b(true), fx.b(false)}));
    c.check("nil", fx.sprintf("%v %d %T %s %5v| %p", {Iface{}, Iface{}, Iface{}, Iface{}, Iface{}, Iface{}}));
}

TEST_CASE("fmt: composites, maps and methods match go1.19", "[fmt]") {
    Fixture fx;
    Checker c;
    for (const char* f : kBytesFormats) {
        c.check(std::string("bytes ") + f, fx.sprintf(f, {fx.bytes(fx.u.bytesT, "hi!")}));
        c.check(std::string("namedbytes ") + f, fx.sprintf(f, {fx.bytes(fx.bytesNamedT, "hi!")}));
    }
    Iface nilBytes = fx.nilOf(fx.u.bytesT);
    c.check("nilbytes", fx.sprintf("%v %#v %s|%x|", {nilBytes, nilBytes, nilBytes, nilBytes}));
    c.check("[]int", fx.sprintf("%v %#v %d %x %3d %s %q",
                                {fx.ints({1, 2, 3}), fx.ints({1, 2, 3}), fx.ints({1, 2}), fx.ints({255, 16}),
                                 fx.ints({1, 22}), fx.ints({1}), fx.ints({65})}));
    c.check("[]int nil", fx.sprintf("%v %#v %d", {fx.nilOf(fx.u.intsT), fx.nilOf(fx.u.intsT), fx.ints({})}));
    Iface ab = fx.val(fx.u.stringsT, fx.ctx.strings({"a", "b c"}));
    c.check("[]string", fx.sprintf("%v %q %#v %x", {ab, ab, fx.val(fx.u.stringsT, fx.ctx.strings({"a"})),
                                                     fx.val(fx.u.stringsT, fx.ctx.strings({"hi", "yo"}))}));
    int64_t arr[3] = {1, 2, 3};
    c.check("[3]int", fx.sprintf("%v %#v", {fx.ctx.box(fx.arr3IntT, arr), fx.ctx.box(fx.arr3IntT, arr)}));
    c.check("[]any", fx.sprintf("%v %#v %d", {fx.anys({fx.i(1), fx.s("a"), Iface{}, fx.f(2.5)}),
                                              fx.anys({fx.i(1), fx.s("a"), Iface{}}), fx.anys({fx.i(1), fx.s("x")})}));
    Iface p = fx.point(1, -2);
    c.check("Point", fx.sprintf("%v %+v %#v %d %x %s %T", {p, p, p, p, p, p, p}));
    Iface pp = fx.pointPtr(1, -2);
    c.check("*Point", fx.sprintf("%v %+v %#x %T", {pp, pp, fx.pointPtr(255, 16), pp}));
    Iface ints12 = fx.ints({1, 2});
    rt::String ab2[2] = {fx.ctx.str("a"), fx.ctx.str("b")};
    Iface arrAB = fx.ctx.box(fx.arr2StrT, ab2);
    Iface mk = fx.mapOf<rt::String, int64_t>(fx.mapStrIntT, {{fx.ctx.str("k"), 1}});
    rt::Map* mkPtr = reinterpret_cast<rt::Map*>(mk.data);
    void* mapCell = fx.ctx.allocate(fx.mapStrIntT, 1);
    std::memcpy(mapCell, &mkPtr, 8);
    c.check("&[]int", fx.sprintf("%v %v %v %#v", {fx.ptrTo(fx.ptrIntsT, ints12), fx.ptrTo(fx.ptrArr2StrT, arrAB),
                                                  Iface{fx.ptrMapT, reinterpret_cast<uint64_t>(mapCell)},
                                                  fx.ptrTo(fx.ptrIntsT, fx.ints({3}))}));
    struct Derived {
        int64_t id;
        rt::String name;
    } d{7, fx.ctx.str("x")};
    Iface dv = fx.ctx.box(fx.derivedT, &d);
    c.check("Derived", fx.sprintf("%v %+v %#v", {dv, dv, dv}));
    Iface h0 = fx.nilOf(fx.holderT);
    Iface i42 = fx.i(42), sS = fx.s("s");
    c.check("Holder", fx.sprintf("%v %+v %#v %v %#v", {h0, h0, h0, fx.ctx.box(fx.holderT, &i42),
                                                      fx.ctx.box(fx.holderT, &sS)}));
    int64_t hidden[3] = {1, 2, 3};
    Iface hv = fx.ctx.box(fx.hiddenT, hidden);
    c.check("Hidden", fx.sprintf("%v %+v %d", {hv, hv, hv}));
    int64_t pts[4] = {1, 2, 3, 4};
    c.check("[]Point", fx.sprintf("%v %+v", {fx.val(fx.pointsT, fx.ctx.sliceOf(fx.pointT, pts, 2)),
                                             fx.nilOf(fx.ptrPointsT)}));
    Iface m = fx.mapOf<rt::String, int64_t>(
        fx.mapStrIntT, {{fx.ctx.str("b"), 2}, {fx.ctx.str("a"), 1}, {fx.ctx.str("c"), 3}});
    c.check("map[string]int", fx.sprintf("%v %#v %d %x %T", {m, m, m, m, m}));
    c.check("map[int]string",
            fx.sprintf("%v %q", {fx.mapOf<int64_t, rt::String>(
                                     fx.mapIntStrT, {{3, fx.ctx.str("c")}, {-1, fx.ctx.str("z")}, {2, fx.ctx.str("b")}}),
                                 fx.mapOf<int64_t, rt::String>(fx.mapIntStrT, {{1, fx.ctx.str("x")}})}));
    c.check("map nil", fx.sprintf("%v %#v %d", {fx.nilOf(fx.mapStrIntT), fx.nilOf(fx.mapStrIntT), fx.i(0)}));
    c.check("map[Point]bool", fx.sprintf("%v", {fx.mapOf<Fixture::Point, uint8_t>(
                                                   fx.mapPointBoolT, {{{2, 1}, 1}, {{1, 5}, 0}, {{1, 2}, 1}})}));
    Iface mt = fx.mapOf<int64_t, int64_t>(fx.mapTempTempT, {{3, 4}, {1, 2}});
    c.check("map[Temp]Temp", fx.sprintf("%v %d", {mt, mt}));
    c.check("map[float64]int", fx.sprintf("%v", {fx.mapOf<double, int64_t>(
                                                    fx.mapFloatIntT, {{2.5, 1}, {-1, 2}, {INFINITY, 3}, {NAN, 4}})}));
    c.check("map[bool]int", fx.sprintf("%v", {fx.mapOf<uint8_t, int64_t>(fx.mapBoolIntT, {{1, 1}, {0, 0}})}));
    Iface t21 = fx.val<int64_t>(fx.tempT, 21), t5 = fx.val<int64_t>(fx.tempT, 5);
    c.check("Temp", fx.sprintf("%v %s %d %q %x %X %5v| %-5s| %#v %T", {t21, t21, t21, t21, t21, t21, t5, t5, t21, t21}));
    int64_t temps[2] = {1, 2};
    Iface ts = fx.val(fx.tempsT, fx.ctx.sliceOf(fx.tempT, temps, 2));
    c.check("[]Temp", fx.sprintf("%v %d", {ts, ts}));
    c.check("error", fx.sprintf("%v %s %q %x %d", {fx.errPtr("bad"), fx.errPtr("bad"), fx.errPtr("bad"),
                                                   fx.errPtr("ab"), fx.errPtr("bad")}));
    Iface nilE{fx.ptrET, 0};
    c.check("nil *E", fx.sprintf("%v %s %d", {nilE, nilE, nilE}));
    Iface errs[2] = {fx.errPtr("wrapped"), Iface{}};
    c.check("error iface", fx.sprintf("%v|%v", {fx.errPtr("wrapped"),
                                                fx.val(fx.errorsT, fx.ctx.sliceOf(fx.u.errorT, errs, 2))}));
    int64_t bad3 = 3;
    c.check("Bad", fx.sprintf("%v %d %s", {fx.val<int64_t>(fx.badT, 1), fx.val<int64_t>(fx.badT, 2),
                                           fx.val(fx.badsT, fx.ctx.sliceOf(fx.badT, &bad3, 1))}));
}

TEST_CASE("fmt: argument errors, Sprint spacing and Errorf match go1.19", "[fmt]") {
    Fixture fx;
    Checker c;
    c.check("missing", fx.sprintf("%d %d %s", {fx.i(1)}));
    c.check("extra", fx.sprintf("%d", {fx.i(1), fx.s("a"), Iface{}, fx.f(2.5)}));
    c.check("extra none", fx.sprintf("hi", {fx.i(1)}));
    c.check("index", fx.sprintf("%[2]d %[1]d %d", {fx.i(1), fx.i(2)}));
    c.check("index bad", fx.sprintf("%[5]d %[0]d %[x]d %[2]*d", {fx.i(1), fx.i(2)}));
    c.check("index width", fx.sprintf("%[2]*[1]d|%[1]*d|%*[2]d", {fx.i(12), fx.i(4)}));
    c.check("star", fx.sprintf("%*d|%-*d|%.*f|%*d|%.*d|%*s|", {fx.i(5), fx.i(1), fx.i(5), fx.i(2), fx.i(2),
                                                              fx.f(3.14159), fx.i(-4), fx.i(7), fx.i(-1), fx.i(9),
                                                              fx.s("x"), fx.i(3)}));
    c.check("star bad", fx.sprintf("%*d|%.*d|", {fx.s("a"), fx.i(1), fx.f(2.5), fx.i(2)}));
    c.check("star huge", fx.sprintf("%*d|", {fx.i(10000000), fx.i(1)}));
    c.check("noverb", fx.sprintf("abc%", {}));
    c.check("noverb2", fx.sprintf("abc%-", {}));
    c.check("percent", fx.sprintf("%% %5% %-%d", {fx.i(3)}));
    c.check("bad verbs", fx.sprintf("%z %s %d %t %x", {fx.i(5), fx.i(5), fx.s("hi"), fx.f(1.5), fx.b(true)}));
    c.check("bad verb struct", fx.sprintf("%z", {fx.point(1, 2)}));
    c.check("unicode verb", fx.sprintf("%☺ %é", {fx.i(1), fx.s("a")}));
    c.check("%T", fx.sprintf("%T %T %T %T %T %T %T", {fx.i(1), fx.s("s"), fx.ints({}), fx.nilOf(fx.mapStrIntT),
                                                      fx.pointPtr(1, 2), fx.point(1, 2), fx.anys({})}));
    c.check("Sprint", fx.sprint({fx.s("a"), fx.i(1), fx.i(2), fx.s("b"), fx.f(3.5), Iface{}, fx.b(true), fx.s("c"),
                                 fx.s("d"), fx.val<int64_t>(fx.tempT, 1), fx.val<int64_t>(fx.myIntT, 2)}));
    c.check("Sprint nums", fx.sprint({fx.i(1), fx.i(2), fx.i(3)}));
    c.check("Sprint strs", fx.sprint({fx.s("x"), fx.s("y"), fx.i(1), fx.s("z")}));
    c.check("Sprint empty", fx.sprint({}));
    c.check("Sprintln", fx.sprintln({fx.s("a"), fx.i(1), fx.i(2), fx.s("b"), Iface{}, fx.ints({1})}));
    c.check("Sprintln empty", fx.sprintln({}));

    // Errorf: the engine's text and wrapped operand; fmt.go picks the type.
    auto errorf = [&](std::string_view format, std::vector<Iface> args) {
        std::string out;
        int64_t wrapped = rt::fmtErrorf(fx.ctx, out, format, args.data(), args.size());
        if (wrapped < 0) return out + "|*errors.errorString";
        std::string inner;
        REQUIRE(fx.ctx.callStringMethod(args[size_t(wrapped)], "Error", inner));
        return out + "|*fmt.wrapError|" + inner;
    };
    c.check("Errorf w", errorf("ctx: %w", {fx.errPtr("inner")}));
    c.check("Errorf ww", errorf("two: %w %w", {fx.errPtr("a"), fx.errPtr("b")}));
    c.check("Errorf w int", errorf("non-error: %w", {fx.i(5)}));
    c.check("Errorf plain", errorf("plain %d", {fx.i(5)}));
    c.check("Errorf w nil", errorf("nil: %w", {Iface{}}));
    c.check("Sprintf w", fx.sprintf("%w", {fx.errPtr("x")}));
}

TEST_CASE("fmt: every go1.19 expectation is exercised", "[fmt]") {
    // Catches a case added to fmt_cases.go but not to this file.
    std::map<std::string, std::string> all = loadExpectations();
    CHECK(all.size() == 230);
}

}  // namespace govm::test
