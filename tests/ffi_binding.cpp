// rt::FfiBinding on its own (runtime/ffi.hpp): every FfiType in both
// directions through C++ functions with the C calling convention, the path
// for more than eight arguments, and FfiLibraries' lookups. The expected
// values are C's conversions, computed by the same C++ expressions.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>

#include "runtime/ffi.hpp"

namespace {

using namespace govm;
using rt::FfiType;
using rt::Slot;

// Only newString is needed: the bindings under test allocate nothing else.
class StubContext : public rt::NativeContext {
public:
    void* allocate(const rt::TypeDesc*, uint64_t) override { throw std::logic_error("allocate"); }
    rt::String newString(std::string_view bytes) override {
        const std::string& s = strings_.emplace_back(bytes);
        return {reinterpret_cast<const uint8_t*>(s.data()), int64_t(s.size())};
    }
    void invoke(const rt::Closure*, const Slot*, int, Slot*, int) override { throw std::logic_error("invoke"); }
    bool callStringMethod(rt::Iface, std::string_view, std::string&) override { return false; }
    void write(int, std::string_view) override {}
    rt::Slice osArgs() override { return {}; }
    const rt::TypeDesc* typeOf(std::string_view) override { return nullptr; }
    [[noreturn]] void panicRuntimeError(std::string_view text) override { throw std::runtime_error(std::string(text)); }
    [[noreturn]] void panicValue(rt::Iface) override { throw std::runtime_error("panic"); }
    [[noreturn]] void exit(int) override { throw std::runtime_error("exit"); }

private:
    std::deque<std::string> strings_;
};

// Ten arguments of every scalar kind; returns a checksum of what C received.
double tenArgs(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f, int64_t g, uint64_t h, float i,
               bool j) {
    return double(a) + double(b) * 2 + double(c) * 3 + double(d) * 4 + double(e) * 5 + double(f) * 6 +
           double(g) * 7 + double(h % 1000) * 8 + double(i) * 9 + (j ? 10 : 0);
}

const char* describe(const char* s, int32_t n, double* out) {
    *out = double(std::strlen(s)) + n;
    return n > 0 ? s + 1 : nullptr;
}

int8_t narrowInt8() { return -3; }
uint16_t narrowUint16() { return 65000; }
float aFloat() { return 1.1f; }
bool aBool() { return true; }
uint64_t bigUnsigned() { return ~uint64_t(0); }

std::shared_ptr<const rt::FfiBinding> bind(void* fn, std::vector<FfiType> params, FfiType result) {
    std::string error;
    auto libs = rt::FfiLibraries::open({}, error);
    REQUIRE(libs);
    auto b = rt::FfiBinding::create(libs, fn, "test", rt::FfiSignature{std::move(params), result}, error);
    INFO(error);
    REQUIRE(b);
    return b;
}

template <typename Fn>
void* address(Fn* fn) {
    return reinterpret_cast<void*>(fn);
}

}  // namespace

TEST_CASE("ffi binding: ten scalar arguments narrowed like C") {
    auto b = bind(address(tenArgs),
                  {FfiType::Int8, FfiType::Uint8, FfiType::Int16, FfiType::Uint16, FfiType::Int32, FfiType::Uint32,
                   FfiType::Int64, FfiType::Uint64, FfiType::Float32, FfiType::Bool},
                  FfiType::Float64);
    StubContext ctx;
    Slot args[10];
    args[0].i = -5;
    args[1].u = 200;
    args[2].i = -30000;
    args[3].u = 60000;
    args[4].i = -2000000000;
    args[5].u = 4000000000u;
    args[6].i = int64_t(1) << 40;
    args[7].u = ~uint64_t(0);
    args[8].f = double(0.1f);  // a float32 register holds an exact double
    args[9].u = 1;
    Slot result[1];
    b->call(ctx, args, result);
    CHECK(result[0].f == tenArgs(-5, 200, -30000, 60000, -2000000000, 4000000000u, int64_t(1) << 40, ~uint64_t(0),
                                 0.1f, true));
}

TEST_CASE("ffi binding: strings in, string out, pointer out-parameter") {
    auto b = bind(address(describe), {FfiType::String, FfiType::Int32, FfiType::Pointer}, FfiType::String);
    StubContext ctx;
    const char text[] = "hello";  // the Go string is "hel": no NUL after it in Go memory
    double out = 0;
    Slot args[4];
    args[0].p = const_cast<char*>(text);
    args[1].i = 3;
    args[2].i = 1;
    args[3].p = &out;
    Slot result[2];
    b->call(ctx, args, result);
    CHECK(out == 4);  // strlen saw the NUL-terminated copy "hel"
    CHECK(std::string_view(static_cast<const char*>(result[0].p), size_t(result[1].i)) == "el");
    args[2].i = 0;  // NULL result -> ""
    b->call(ctx, args, result);
    CHECK(result[1].i == 0);
    args[0].p = nullptr;  // the empty Go string may have no data pointer
    args[1].i = 0;
    args[2].i = 2;
    b->call(ctx, args, result);
    CHECK(out == 2);
}

TEST_CASE("ffi binding: narrow results are extended like Go registers") {
    StubContext ctx;
    Slot result[1];
    bind(address(narrowInt8), {}, FfiType::Int8)->call(ctx, nullptr, result);
    CHECK(result[0].i == -3);
    bind(address(narrowUint16), {}, FfiType::Uint16)->call(ctx, nullptr, result);
    CHECK(result[0].u == 65000);
    bind(address(aFloat), {}, FfiType::Float32)->call(ctx, nullptr, result);
    CHECK(result[0].f == double(1.1f));
    bind(address(aBool), {}, FfiType::Bool)->call(ctx, nullptr, result);
    CHECK(result[0].u == 1);
    bind(address(bigUnsigned), {}, FfiType::Uint64)->call(ctx, nullptr, result);
    CHECK(result[0].u == ~uint64_t(0));
}

TEST_CASE("ffi binding: library sets") {
    std::string error;
    auto process = rt::FfiLibraries::open({}, error);
    REQUIRE(process);
    CHECK(process->describe() == "the process");
    CHECK(process->lookup("strlen") != nullptr);
    CHECK(process->lookup("govm_no_such_function") == nullptr);

    auto libm = rt::FfiLibraries::open({"libm.so.6"}, error);
    REQUIRE(libm);
    CHECK(libm->describe() == "libm.so.6");
    CHECK(libm->lookup("cos") != nullptr);

    CHECK(rt::FfiLibraries::open({"libm.so.6", "libgovm-no-such-library.so.1"}, error) == nullptr);
    CHECK(error.rfind("govm: cannot load C library \"libgovm-no-such-library.so.1\": ", 0) == 0);
}
