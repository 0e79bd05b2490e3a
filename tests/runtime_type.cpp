// TypeDesc helpers: kind names, method lookup, interface satisfaction.
#include <catch2/catch.hpp>

#include "runtime/type.hpp"
#include "tests/runtime_types.hpp"

using namespace govm::rt;

TEST_CASE("kindName", "[type]") {
    REQUIRE(kindName(Kind::Bool) == "Bool");
    REQUIRE(kindName(Kind::Interface) == "Interface");
    REQUIRE(kindName(Kind::Raw) == "Raw");
    REQUIRE(kindName(Kind(200)) == "?");
}

TEST_CASE("findMethod and implements on sorted method sets", "[type]") {
    static const int fnA = 0, fnB = 0, fnC = 0;
    MethodDesc methods[] = {
        {"Close", "func() error", &fnA},
        {"Read", "func([]uint8) (int, error)", &fnB},
        {"String", "func() string", &fnC},
    };
    govm::test::Types t;
    TypeDesc file = t.pairT;
    file.methods = methods;
    file.methodCount = 3;
    REQUIRE(findMethod(&file, "Read") == &methods[1]);
    REQUIRE(findMethod(&file, "Close") == &methods[0]);
    REQUIRE(findMethod(&file, "String")->fn == &fnC);
    REQUIRE(findMethod(&file, "Write") == nullptr);
    REQUIRE(findMethod(&file, "") == nullptr);
    REQUIRE(findMethod(&t.intT, "String") == nullptr);
    REQUIRE(findMethod(nullptr, "String") == nullptr);

    IfaceMethodDesc stringer[] = {{"String", "func() string"}};
    IfaceMethodDesc readCloser[] = {{"Close", "func() error"}, {"Read", "func([]uint8) (int, error)"}};
    IfaceMethodDesc writer[] = {{"Write", "func([]uint8) (int, error)"}};
    IfaceMethodDesc badSig[] = {{"String", "func() int"}};
    auto iface = [&](IfaceMethodDesc* m, uint32_t n) {
        TypeDesc d = t.anyT;
        d.ifaceMethods = m;
        d.ifaceMethodCount = n;
        return d;
    };
    TypeDesc stringerT = iface(stringer, 1), readCloserT = iface(readCloser, 2), writerT = iface(writer, 1),
             badT = iface(badSig, 1);
    std::string_view missing;
    REQUIRE(implements(&file, &stringerT));
    REQUIRE(implements(&file, &readCloserT, &missing));
    REQUIRE(implements(&file, &t.anyT));  // interface{}: everything
    REQUIRE(implements(&t.intT, &t.anyT));
    REQUIRE_FALSE(implements(&file, &writerT, &missing));
    REQUIRE(missing == "Write");
    REQUIRE_FALSE(implements(&file, &badT, &missing));  // same name, other signature
    REQUIRE(missing == "String");
    REQUIRE_FALSE(implements(&t.intT, &stringerT, &missing));
    REQUIRE(missing == "String");
}
