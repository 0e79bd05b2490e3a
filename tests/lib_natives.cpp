// The native registry and the small natives: every body-less function in
// compiler/stdlib/*.go is bound by findNative; sort's reflect helpers, errors.As's
// assignment, utf8 decoding and os writes behave as in Go.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <cctype>
#include <string>

#include "lib_fake.hpp"
#include "vm/builtin_natives.hpp"

namespace govm::test {
namespace {

// Go's runtime name of a body-less declaration line, or "" if the line is
// not one: "func Index(s, substr string) int" -> "strings.Index",
// "func (f *File) Write(b []byte) (n int, err error)" -> "os.(*File).Write".
std::string nativeName(const std::string& pkg, const std::string& line) {
    if (line.rfind("func ", 0) != 0 || line.find('{') != std::string::npos) return "";
    auto isWord = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    size_t at = 5;
    auto word = [&] {
        size_t start = at;
        while (at < line.size() && isWord(line[at])) ++at;
        return line.substr(start, at - start);
    };
    if (at < line.size() && line[at] == '(') {  // a method: func (r *T) Name(
        ++at;
        if (word().empty() || at >= line.size() || line[at] != ' ') return "";
        ++at;
        bool pointer = at < line.size() && line[at] == '*';
        if (pointer) ++at;
        std::string type = word();
        if (type.empty() || line.compare(at, 2, ") ") != 0) return "";
        at += 2;
        std::string name = word();
        if (name.empty() || at >= line.size() || line[at] != '(') return "";
        return pointer ? pkg + ".(*" + type + ")." + name : pkg + "." + type + "." + name;
    }
    std::string name = word();
    if (name.empty() || at >= line.size() || line[at] != '(') return "";
    return pkg + "." + name;
}

Slot* putIface(Slot* at, Iface v) {
    at[0].p = const_cast<TypeDesc*>(v.type);
    at[1].u = v.data;
    return at + 2;
}

}  // namespace

// Either a native or a scheduler intrinsic (vm/sched.cpp).
TEST_CASE("natives: every body-less stdlib function is registered", "[natives]") {
    namespace fs = std::filesystem;
    int count = 0;
    for (const auto& entry : fs::directory_iterator(std::string(GOVM_SOURCE_DIR) + "/compiler/stdlib")) {
        std::string pkg = entry.path().stem().string();
        for (char& c : pkg)
            if (c == '_') c = '/';
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);) {
            std::string name = nativeName(pkg, line);
            if (name.empty()) continue;
            INFO(name);
            CHECK((rt::findNative(name) != nullptr || vm::schedOpFor(name) >= 0));
            ++count;
        }
    }
    CHECK(count > 150);
    CHECK(rt::findNative("utf8.DecodeRuneInString") == rt::findNative("unicode/utf8.DecodeRuneInString"));
    CHECK(rt::findNative("strings.NoSuchThing") == nullptr);
}

TEST_CASE("natives: sort.sliceLen and sort.sliceSwap", "[natives]") {
    TypeUniverse u;
    FakeContext ctx(u);
    int64_t v[3] = {1, 2, 3};
    rt::Slice s = ctx.sliceOf(u.intT, v, 3);
    Iface x = ctx.box(u.intsT, &s);
    Slot args[4] = {}, res[1] = {};
    putIface(args, x);
    rt::findNative("sort.sliceLen")->fn(ctx, args, res);
    CHECK(res[0].i == 3);
    args[2].i = 0;
    args[3].i = 2;
    rt::findNative("sort.sliceSwap")->fn(ctx, args, res);
    CHECK(static_cast<int64_t*>(s.data)[0] == 3);
    CHECK(static_cast<int64_t*>(s.data)[2] == 1);
    args[3].i = 3;
    try {
        rt::findNative("sort.sliceSwap")->fn(ctx, args, res);
        FAIL("no panic");
    } catch (const FakePanic& p) {
        CHECK(reinterpret_cast<const rt::String*>(p.value.data)->view() == "reflect: slice index out of range");
    }
    putIface(args, ctx.i(5));
    try {
        rt::findNative("sort.sliceLen")->fn(ctx, args, res);
        FAIL("no panic");
    } catch (const FakePanic& p) {
        CHECK(reinterpret_cast<const rt::String*>(p.value.data)->view() == "reflect: call of Swapper on int Value");
    }
}

TEST_CASE("natives: errors.As target checks and assignment", "[natives]") {
    TypeUniverse u;
    FakeContext ctx(u);
    const TypeDesc* eT = u.structure("main.E", {{"msg", u.stringT, false}});
    TypeDesc* ptrET = const_cast<TypeDesc*>(u.pointer(eT, "*main.E"));
    u.addStringMethod(ptrET, "Error", [](Iface) { return std::string("e"); });
    const TypeDesc* ptrPtrET = u.pointer(ptrET, "**main.E");
    const TypeDesc* ptrErrorT = u.pointer(u.errorT, "*error");
    const TypeDesc* ptrIntT = u.pointer(u.intT, "*int");
    auto check = [&](Iface target) {
        Slot args[2] = {}, res[1] = {};
        putIface(args, target);
        rt::findNative("errors.checkAsTarget")->fn(ctx, args, res);
        return res[0].i;
    };
    void* cell = ctx.allocate(ptrET, 1);
    CHECK(check(Iface{ptrPtrET, reinterpret_cast<uint64_t>(cell)}) == 0);
    CHECK(check(Iface{ptrPtrET, 0}) == 1);
    CHECK(check(ctx.i(1)) == 1);
    CHECK(check(Iface{ptrIntT, reinterpret_cast<uint64_t>(ctx.allocate(u.intT, 1))}) == 2);

    Iface err{ptrET, reinterpret_cast<uint64_t>(ctx.allocate(eT, 1))};
    Slot args[4] = {}, res[1] = {};
    putIface(putIface(args, err), Iface{ptrPtrET, reinterpret_cast<uint64_t>(cell)});
    rt::findNative("errors.assignAs")->fn(ctx, args, res);
    CHECK(res[0].i == 1);
    CHECK(*static_cast<uint64_t*>(cell) == err.data);

    void* ifaceCell = ctx.allocate(u.errorT, 1);
    putIface(putIface(args, err), Iface{ptrErrorT, reinterpret_cast<uint64_t>(ifaceCell)});
    rt::findNative("errors.assignAs")->fn(ctx, args, res);
    CHECK(res[0].i == 1);
    CHECK(static_cast<Iface*>(ifaceCell)->type == ptrET);

    putIface(putIface(args, ctx.i(3)), Iface{ptrPtrET, reinterpret_cast<uint64_t>(cell)});
    rt::findNative("errors.assignAs")->fn(ctx, args, res);
    CHECK(res[0].i == 0);
}

TEST_CASE("natives: os writes and fmt.Println go to the context", "[natives]") {
    TypeUniverse u;
    FakeContext ctx(u);
    rt::String hi = ctx.str("hi\n");
    Slot args[4] = {}, res[3] = {};
    args[0].i = 2;
    args[1].p = const_cast<uint8_t*>(hi.data);
    args[2].i = hi.len;
    rt::findNative("os.writeString")->fn(ctx, args, res);
    CHECK(ctx.output[2] == "hi\n");
    CHECK(res[0].i == 3);

    Iface operands[2] = {ctx.s("n ="), ctx.i(42)};
    rt::Slice list = ctx.sliceOf(u.anyT, operands, 2);
    args[0].p = list.data;
    args[1].i = list.len;
    args[2].i = list.cap;
    rt::findNative("fmt.Println")->fn(ctx, args, res);
    CHECK(ctx.output[1] == "n = 42\n");
    CHECK(res[0].i == 7);
    CHECK(res[1].p == nullptr);
    try {
        args[0].i = 3;
        rt::findNative("os.Exit")->fn(ctx, args, res);
        FAIL("no exit");
    } catch (const FakeExit& e) {
        CHECK(e.code == 3);
    }
}

}  // namespace govm::test
