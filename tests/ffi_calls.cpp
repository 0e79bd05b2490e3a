// C functions called through libffi (compiler/ffi.hpp, runtime/ffi.hpp):
// libm and libc calls, C strings both ways, integer widths, pointers to Go
// memory, the sample, every run mode, threads sharing one Program, and the
// libraries' lifetime. Expected outputs come from `go run` of twin programs
// that compute the same values in Go (math.Cos for cos, strings.IndexByte
// for strlen...); C-only facts (strerror's text, zlib's version) come from
// calling the same C function directly.
#include <catch2/catch.hpp>

#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "ffi_util.hpp"
#include "test_support.hpp"

namespace {

using namespace govm;
using namespace govm::test;

constexpr const char* kLibmSource = R"(package main

//govm:cimport "libm.so.6"

import "fmt"

//extern cos
func cos(x float64) float64

//extern pow
func pow(x, y float64) float64

//extern floor
func floor(x float64) float64

//go:linkname squareRoot sqrt
func squareRoot(x float64) float64

//extern sqrtf
func sqrtf(x float32) float32

//extern fabsf
func fabsf(x float32) float32

//extern ldexp
func ldexp(x float64, exp int32) float64

//extern frexp
func frexp(x float64, exp *int32) float64

//govm:noescape
//extern modf
func modf(x float64, ip *float64) float64

type Celsius float64

//extern fabs
func fabs(x Celsius) Celsius

func main() {
	fmt.Println(cos(0), cos(1), cos(0.5))
	fmt.Println(pow(2, 10), pow(2, 0.5), pow(10, -3))
	fmt.Println(floor(2.7), floor(-2.5), floor(3))
	fmt.Println(squareRoot(2), squareRoot(144))
	fmt.Println(sqrtf(2), fabsf(-1.25))
	fmt.Println(ldexp(0.75, 5), ldexp(1, -3))
	var e int32
	m := frexp(40, &e)
	fmt.Println(m, e)
	var ip float64
	frac := modf(-3.25, &ip)
	fmt.Println(frac, ip)
	fmt.Println(fabs(-21.5))
}
)";

// go1.19, the same program with math.Cos, math.Pow, math.Floor, math.Sqrt,
// math.Ldexp, math.Frexp, math.Modf and math.Abs.
constexpr const char* kLibmOutput = R"(1 0.5403023058681398 0.8775825618903728
1024 1.4142135623730951 0.001
2 -3 3
1.4142135623730951 12
1.4142135 1.25
24 0.125
0.625 6
-0.25 -3
21.5
)";

// No //govm:cimport: symbols come from the process (RTLD_DEFAULT).
constexpr const char* kLibcSource = R"(package main

import "fmt"

//govm:noescape
//extern strlen
func strlen(s string) uint64

//extern getenv
func getenv(name string) string

//extern strchr
func strchr(s string, c int32) string

//extern abs
func abs(x int32) int32

//extern labs
func labs(x int64) int64

//extern toupper
func toupper(c int32) int32

//extern toupper
func toupperByte(c int32) uint8

//extern abs
func absNarrow(x int16) int8

//extern abs
func absUnsigned(x int32) uint32

//extern abs
func absBool(b bool) int32

//extern abs
func isNonZero(x int32) bool

//extern strtoull
func strtoull(s string, end *uintptr, base int32) uint64

//extern strtoll
func strtoll(s string, end *uintptr, base int32) int64

//extern memset
func memset(p *[4]byte, c int32, n uint) uintptr

type Point struct{ X, Y int32 }

//extern memset
func clearPoint(p *Point, c int32, n uintptr) uintptr

func main() {
	fmt.Println(strlen("hello, world"), strlen(""), strlen("ab\x00cd"))
	fmt.Printf("%q %q\n", getenv("GOVM_FFI_TEST"), getenv("GOVM_FFI_TEST_UNSET"))
	fmt.Printf("%q %q\n", strchr("hello", 'l'), strchr("hello", 'z'))
	fmt.Println(abs(-5), abs(7), labs(-1<<40), toupper('a'), toupperByte('q'))
	fmt.Println(absNarrow(-200), absNarrow(-300), absUnsigned(-7))
	fmt.Println(absBool(true), absBool(false), isNonZero(1), isNonZero(0))
	fmt.Println(strtoull("18446744073709551615", nil, 10), strtoll("-42", nil, 10))
	var end uintptr
	fmt.Println(strtoll("  17xyz", &end, 10), end != 0)
	var buf [4]byte
	r := memset(&buf, 'x', 4)
	fmt.Println(string(buf[:]), r != 0)
	p := Point{3, 4}
	clearPoint(&p, 0, 8)
	fmt.Println(p)
}
)";

// go1.19 with GOVM_FFI_TEST="from the host", the same program in Go: strlen
// up to the first NUL, os.Getenv, strchr by strings.IndexByte, abs/labs,
// unicode.ToUpper, the narrow results as Go conversions of abs's int
// (int8(300) = 44), strconv.ParseUint/ParseInt, memset as a loop.
constexpr const char* kLibcOutput = R"(12 0 2
"from the host" ""
"llo" ""
5 7 1099511627776 65 81
-56 44 7
1 0 true false
18446744073709551615 -42
17 true
xxxx true
{0 0}
)";

// What go1.19 prints for samples/ffi_cos.go with math.Cos in place of cos.
constexpr const char* kSampleOutput = R"(cos(0*pi/4) = 1.000000
cos(1*pi/4) = 0.707107
cos(2*pi/4) = 0.000000
cos(3*pi/4) = -0.707107
cos(4*pi/4) = -1.000000
cos(5*pi/4) = -0.707107
cos(6*pi/4) = -0.000000
cos(7*pi/4) = 0.707107
cos(8*pi/4) = 1.000000
sum: 841.7007635323785
1 0.5403023058681398 -0.8011436155469337 0.873119622676856
)";

void setTestEnvironment() { setenv("GOVM_FFI_TEST", "from the host", 1); }

}  // namespace

TEST_CASE("ffi: libm functions through //govm:cimport") {
    FfiRun run = runFfi(kLibmSource, allowOnly({"libm.so.6"}));
    INFO(run.err);
    CHECK(run.status == 0);
    CHECK(run.out == kLibmOutput);
    // Allowing everything works the same.
    CHECK(runFfi(kLibmSource, allowAll()).out == kLibmOutput);
}

TEST_CASE("ffi: C strings both ways, integer widths and pointers to Go memory") {
    setTestEnvironment();
    FfiRun run = runFfi(kLibcSource, allowAll());
    INFO(run.err);
    CHECK(run.status == 0);
    CHECK(run.out == kLibcOutput);
}

TEST_CASE("ffi: a C string result is copied into a Go string") {
    const char* source = R"(package main

//extern strerror
func strerror(errnum int32) string

func main() {
	println(strerror(2))
	msg := strerror(22)
	println(len(msg), msg)
}
)";
    FfiRun run = runFfi(source, allowAll());
    INFO(run.err);
    REQUIRE(run.status == 0);
    std::string enoent = std::strerror(2);
    std::string einval = std::strerror(22);
    CHECK(run.err == enoent + "\n" + std::to_string(einval.size()) + " " + einval + "\n");
}

TEST_CASE("ffi: samples/ffi_cos.go prints what go run prints with math.Cos") {
    std::string source = readFile(std::string(GOVM_TEST_DATA_DIR) + "/../samples/ffi_cos.go");
    REQUIRE(!source.empty());
    FfiRun run = runFfi(source, allowOnly({"libm.so.6"}));
    INFO(run.err);
    CHECK(run.status == 0);
    CHECK(run.out == kSampleOutput);
}

TEST_CASE("ffi: every run mode") {
    setTestEnvironment();
    for (EscapeMode mode : {EscapeMode::Govm, EscapeMode::Go, EscapeMode::Off}) {
        for (int variant = 0; variant < 3; ++variant) {
            vm::VMConfig config;
            if (variant == 1) config.dispatch = vm::Dispatch::Switch;
            if (variant == 2) {
                config.heap.stress = true;
                config.checkArena = true;
            }
            INFO("escape mode " << int(mode) << ", variant " << variant);
            FfiRun libc = runFfi(kLibcSource, allowAll(), config, mode);
            CHECK(libc.err == "");
            CHECK(libc.out == kLibcOutput);
            FfiRun libm = runFfi(kLibmSource, allowAll(), config, mode);
            CHECK(libm.out == kLibmOutput);
        }
    }
}

TEST_CASE("ffi: one Program runs in VMs on two threads at once") {
    FfiCompiled compiled = compileFfi(kLibmSource, allowOnly({"libm.so.6"}));
    REQUIRE(compiled.program);
    // One binding (one prepared ffi_cif) per declaration, however often it is called.
    CHECK(compiled.program->bindings.size() == 10);
    constexpr int kRuns = 20;
    std::vector<std::string> outputs[2];
    std::vector<std::thread> threads;
    for (auto& out : outputs)
        threads.emplace_back([&compiled, &out] {
            for (int i = 0; i < kRuns; ++i) out.push_back(runCompiled(*compiled.program).out);
        });
    for (std::thread& t : threads) t.join();
    for (auto& out : outputs) {
        REQUIRE(out.size() == size_t(kRuns));
        for (const std::string& o : out) CHECK(o == kLibmOutput);
    }
}

TEST_CASE("ffi: libraries are opened once per Program and closed with it") {
    const char* source = R"(package main

//govm:cimport "libz.so.1"

//extern zlibVersion
func zlibVersion() string

//extern zlibVersion
func version2() string

func main() { println(zlibVersion() == version2(), zlibVersion()) }
)";
    constexpr const char* kLib = "libz.so.1";
    if (void* already = dlopen(kLib, RTLD_LAZY | RTLD_NOLOAD)) {
        dlclose(already);
        WARN("libz.so.1 is already loaded in this process; lifetime not observable");
        return;
    }
    std::string expected;
    {
        FfiCompiled compiled = compileFfi(source, allowOnly({kLib}));
        REQUIRE(compiled.program);
        void* loaded = dlopen(kLib, RTLD_LAZY | RTLD_NOLOAD);
        CHECK(loaded != nullptr);
        if (loaded) {
            using VersionFn = const char* (*)();
            auto fn = reinterpret_cast<VersionFn>(dlsym(loaded, "zlibVersion"));
            REQUIRE(fn);
            expected = std::string("true ") + fn() + "\n";
            dlclose(loaded);
        }
        FfiRun run = runCompiled(*compiled.program);
        CHECK(run.status == 0);
        CHECK(run.err == expected);
    }
    CHECK(dlopen(kLib, RTLD_LAZY | RTLD_NOLOAD) == nullptr);
}

TEST_CASE("ffi: //govm:noescape keeps pointer arguments out of the heap") {
    const char* source = R"(package main

//govm:cimport "libm.so.6"

//extern frexp
func frexp(x float64, exp *int32) float64

//govm:noescape
//extern frexp
func frexpLocal(x float64, exp *int32) float64

func main() {
	var e int32
	m := frexp(8, &e)
	var e2 int32
	m2 := frexpLocal(8, &e2)
	println(m, e, m2, e2)
}
)";
    FfiCompiled compiled = compileFfi(source, allowAll(), EscapeMode::Govm, 1);
    REQUIRE(compiled.program);
    auto has = [&](const std::string& line) {
        for (const std::string& l : compiled.escapeLines)
            if (l == line) return true;
        return false;
    };
    CHECK(has("prog.go:13:6: moved to heap: e"));
    CHECK_FALSE(has("prog.go:15:6: moved to heap: e2"));
    FfiRun run = runCompiled(*compiled.program);
    CHECK(run.err == "+5.000000e-001 4 +5.000000e-001 4\n");
}

TEST_CASE("ffi: the binder leaves functions without //extern to other binders") {
    FfiCompiled compiled = compileFfi(kLibmSource, allowAll());
    REQUIRE(compiled.checked);
    types::Package* fmtPkg = compiled.checked->package("fmt");
    REQUIRE(fmtPkg);
    auto* println = fmtPkg->scope->lookup("Println")->as<types::Func>();
    REQUIRE(println);
    NativeBinder binder = ffiBinder(*compiled.checked, allowAll());
    std::string error = "stale";
    CHECK(binder(*println, error) == nullptr);
    CHECK(error.empty());
}

TEST_CASE("ffi: --allow-ffi flags") {
    FfiPolicy p;
    CHECK_FALSE(p.allowed);
    CHECK_FALSE(p.allowsLibrary("libm.so.6"));
    CHECK(parseAllowFfiFlag("--allow-ffi", p));
    CHECK(p.allowsAll());
    CHECK(p.allowsLibrary("anything.so"));

    FfiPolicy list;
    CHECK(parseAllowFfiFlag("--allow-ffi=libm.so.6,libc.so.6", list));
    CHECK(list.allowed);
    CHECK_FALSE(list.allowsAll());
    CHECK(list.libraries == std::vector<std::string>{"libm.so.6", "libc.so.6"});
    CHECK(list.allowsLibrary("libc.so.6"));
    CHECK_FALSE(list.allowsLibrary("libz.so.1"));
    CHECK(parseAllowFfiFlag("--allow-ffi=libz.so.1", list));
    CHECK(list.allowsLibrary("libz.so.1"));
    // A bare flag already allows everything; a list does not narrow it.
    CHECK(parseAllowFfiFlag("--allow-ffi=libz.so.1", p));
    CHECK(p.allowsAll());

    FfiPolicy bad;
    CHECK_FALSE(parseAllowFfiFlag("--allow-ffi=", bad));
    CHECK_FALSE(parseAllowFfiFlag("--allow-ffi=a.so,,b.so", bad));
    CHECK_FALSE(parseAllowFfiFlag("--allow-ffi=a.so,", bad));
    CHECK_FALSE(parseAllowFfiFlag("--allow-ffix", bad));
    CHECK_FALSE(parseAllowFfiFlag("--gc-stress", bad));
    CHECK_FALSE(bad.allowed);
}
