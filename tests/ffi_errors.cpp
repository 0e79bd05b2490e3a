// Diagnostics of C function declarations: refusal by the FfiPolicy, missing
// libraries and symbols, unsupported types, malformed directives, and gc's
// "missing function body" for body-less functions that bind nothing. Every
// error is a compile error at the declaration: no crash, no run.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ffi_util.hpp"

namespace {

using namespace govm;
using namespace govm::test;

using Lines = std::vector<std::string>;

Lines errorsOf(const std::string& source, const FfiPolicy& policy) {
    FfiCompiled compiled = compileFfi(source, policy);
    CHECK(compiled.program == nullptr);
    return compiled.errors;
}

constexpr const char* kCos = R"(package main

//govm:cimport "libm.so.6"

//extern cos
func cos(x float64) float64

func main() { println(cos(1)) }
)";

}  // namespace

TEST_CASE("ffi errors: refused unless allowed") {
    CHECK(errorsOf(kCos, FfiPolicy{}) ==
          Lines{"prog.go:6:6: govm: C function cos is not allowed: FFI is off (enable it with govm run --allow-ffi)"});
    FfiPolicy host;
    host.howToAllow = "Config::ffiAllowAll or Config::ffiLibraries";
    CHECK(errorsOf(kCos, host) == Lines{"prog.go:6:6: govm: C function cos is not allowed: FFI is off (enable it "
                                        "with Config::ffiAllowAll or Config::ffiLibraries)"});
}

TEST_CASE("ffi errors: a library outside the allow-list") {
    CHECK(errorsOf(kCos, allowOnly({"libc.so.6", "libz.so.1"})) ==
          Lines{"prog.go:6:6: govm: C library \"libm.so.6\" is not in the FFI allow-list (libc.so.6, libz.so.1)"});
    // Every cimported library must be allowed, not just the one defining the symbol.
    const char* two = R"(package main

//govm:cimport "libm.so.6"
//govm:cimport "libz.so.1"

//extern cos
func cos(x float64) float64

func main() { println(cos(1)) }
)";
    CHECK(errorsOf(two, allowOnly({"libm.so.6"})) ==
          Lines{"prog.go:7:6: govm: C library \"libz.so.1\" is not in the FFI allow-list (libm.so.6)"});
    CHECK(compileFfi(two, allowOnly({"libz.so.1", "libm.so.6"})).program != nullptr);
}

TEST_CASE("ffi errors: process-wide lookup needs everything allowed") {
    const char* source = R"(package main

//extern getenv
func getenv(name string) string

func main() { println(getenv("HOME")) }
)";
    CHECK(errorsOf(source, allowOnly({"libc.so.6"})) ==
          Lines{"prog.go:4:6: govm: C function getenv would be looked up in the whole process, which the FFI "
                "allow-list (libc.so.6) does not permit: name its library with //govm:cimport"});
    CHECK(compileFfi(source, allowAll()).program != nullptr);
}

TEST_CASE("ffi errors: missing symbol") {
    const char* source = R"(package main

//govm:cimport "libm.so.6"

//extern cos
func cos(x float64) float64

//extern govm_no_such_function
func missing(x float64) float64

func main() { println(cos(1), missing(2)) }
)";
    CHECK(errorsOf(source, allowAll()) ==
          Lines{"prog.go:9:6: govm: C symbol govm_no_such_function not found in libm.so.6"});
    const char* process = R"(package main

//go:linkname f govm_no_such_function
func f()

func main() { f() }
)";
    CHECK(errorsOf(process, allowAll()) ==
          Lines{"prog.go:4:6: govm: C symbol govm_no_such_function not found in the process"});
}

TEST_CASE("ffi errors: missing library") {
    const char* source = R"(package main

//govm:cimport "libm.so.6"
//govm:cimport "libgovm-no-such-library.so.7"

//extern cos
func cos(x float64) float64

//extern sin
func sin(x float64) float64

func main() { println(cos(1), sin(1)) }
)";
    Lines errors = errorsOf(source, allowAll());
    REQUIRE(errors.size() == 2);
    const std::string prefix = "govm: cannot load C library \"libgovm-no-such-library.so.7\": ";
    CHECK(errors[0].rfind("prog.go:7:6: " + prefix, 0) == 0);
    CHECK(errors[1].rfind("prog.go:10:6: " + prefix, 0) == 0);
    CHECK(errors[0].find("No such file") != std::string::npos);
}

TEST_CASE("ffi errors: unsupported parameter and result types") {
    const char* source = R"(package main

type Point struct{ X, Y int }
type Node struct{ next *Node }

//extern f1
func f1(xs []int) int

//extern f2
func f2(format string, args ...int) int

//extern f3
func f3(p *string)

//extern f4
func f4(m map[string]int)

//extern f5
func f5(fn func())

//extern f6
func f6(v any)

//extern f7
func f7(p Point)

//extern f8
func f8(n *Node)

//extern f9
func f9(a [2]int)

//extern f10
func f10(c chan int)

//extern r1
func r1() *int

//extern r2
func r2() (int, error)

//extern r3
func r3() []byte

//extern r4
func r4() Point

//extern r5
func r5() error

func main() {
	f1(nil)
	f2("")
	f3(nil)
	f4(nil)
	f5(nil)
	f6(nil)
	f7(Point{})
	f8(nil)
	f9([2]int{})
	f10(nil)
	r1()
	r2()
	r3()
	r4()
	r5()
}
)";
    // Type errors come before the policy: they are reported even when FFI is off.
    Lines expected = {
        "prog.go:7:6: govm: cannot pass []int to C function f1",
        "prog.go:10:6: govm: cannot pass ...int to C function f2 (C variadic functions are not supported)",
        "prog.go:13:6: govm: cannot pass *string to C function f3 (the memory it points to holds Go pointers)",
        "prog.go:16:6: govm: cannot pass map[string]int to C function f4",
        "prog.go:19:6: govm: cannot pass func() to C function f5",
        "prog.go:22:6: govm: cannot pass any to C function f6",
        "prog.go:25:6: govm: cannot pass Point to C function f7",
        "prog.go:28:6: govm: cannot pass *Node to C function f8 (the memory it points to holds Go pointers)",
        "prog.go:31:6: govm: cannot pass [2]int to C function f9",
        "prog.go:34:6: govm: cannot pass chan int to C function f10",
        "prog.go:34:6: too many errors",
    };
    CHECK(errorsOf(source, FfiPolicy{}) == expected);

    const char* results = R"(package main

type Point struct{ X, Y int }

//extern r1
func r1() *int

//extern r2
func r2() (int, error)

//extern r3
func r3() []byte

//extern r4
func r4() Point

//extern r5
func r5() error

func main() {
	r1()
	r2()
	r3()
	r4()
	r5()
}
)";
    CHECK(errorsOf(results, allowAll()) ==
          Lines{
              "prog.go:6:6: govm: cannot return *int from C function r1 (C memory is not Go memory: declare the "
              "result uintptr)",
              "prog.go:9:6: govm: C function r2 cannot return more than one result",
              "prog.go:12:6: govm: cannot return []byte from C function r3",
              "prog.go:15:6: govm: cannot return Point from C function r4",
              "prog.go:18:6: govm: cannot return error from C function r5",
          });
}

TEST_CASE("ffi errors: body-less functions without //extern keep gc's missing function body") {
    // go1.19: ./prog.go:3:6: missing function body
    const char* plain = R"(package main

func noBody(x int) int

func main() { println(noBody(1)) }
)";
    CHECK(errorsOf(plain, allowAll()) == Lines{"prog.go:3:6: missing function body"});

    // Other directives above it, a one-name //go:linkname, or an //extern
    // separated by a blank line bind nothing.
    const char* others = R"(package main

//govm:noescape
func a() int

//go:linkname b
func b() int

//extern c

func c() int

func main() { println(a(), b(), c()) }
)";
    CHECK(errorsOf(others, allowAll()) == Lines{"prog.go:4:6: missing function body", "prog.go:7:6: missing function body",
                                                "prog.go:11:6: missing function body"});
}

TEST_CASE("ffi errors: malformed directives") {
    const char* source = R"(package main

//govm:cimport libm.so.6
//govm:cimport "libm.so.6" extra
//govm:cimport ""

//extern a b
func f() int

func main() { println(f()) }
)";
    CHECK(errorsOf(source, allowAll()) ==
          Lines{
              "prog.go:3:1: govm: malformed //govm:cimport directive (want //govm:cimport \"libname.so\")",
              "prog.go:4:1: govm: malformed //govm:cimport directive (want //govm:cimport \"libname.so\")",
              "prog.go:5:1: govm: malformed //govm:cimport directive (want //govm:cimport \"libname.so\")",
              "prog.go:7:1: govm: malformed //extern directive (want //extern cname)",
          });
}

TEST_CASE("ffi errors: an unused C declaration costs nothing") {
    // Only functions the program reaches are bound, so an unreachable
    // declaration is neither refused nor looked up.
    const char* source = R"(package main

//extern govm_no_such_function
func unused() int

func main() { println("ok") }
)";
    FfiCompiled compiled = compileFfi(source, FfiPolicy{});
    CHECK(compiled.errors.empty());
    REQUIRE(compiled.program);
    CHECK(runCompiled(*compiled.program).err == "ok\n");
}
