// Package math's natives (compiler/stdlib/math.go).
//
// Exactness: Go's results are what programs print, so each function is one
// of (a) an exact IEEE operation, where any correct implementation agrees
// (Sqrt, Floor, Ceil, Trunc, Round, Mod, Remainder, Abs, Copysign, Ldexp,
// Frexp), (b) a port of the code gc runs on amd64 (the assembly Exp -- FMA
// path, as on every AVX2 machine -- and Log; Go's own Pow, Log2, Log10,
// Hypot, Modf, RoundToEven, Max, Min, Cbrt, Sin, Cos, Tan, Atan, Asin, Acos,
// Atan2, the hyperbolic functions, Exp2, Expm1, Gamma, Lgamma, Nextafter, Erf, Erfc,
// Erfinv: math_port.cpp; J0, J1, Jn, Y0, Y1, Yn: math_bessel.cpp), or (c) libm, where tests/lib_math.cpp found no
// difference from Go on its sample (Log1p).
#include <cmath>
#include <cstring>
#include <iterator>

#include "runtime/lib/math_port.hpp"
#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {
namespace {

using Unary = double (*)(double);
using Binary = double (*)(double, double);

template <Unary fn>
void unary(NativeContext&, const Slot* a, Slot* r) {
    r[0].f = fn(a[0].f);
}

template <Binary fn>
void binary(NativeContext&, const Slot* a, Slot* r) {
    r[0].f = fn(a[0].f, a[1].f);
}

double absF(double x) { return std::fabs(x); }
double ceilF(double x) { return std::ceil(x); }
double floorF(double x) { return std::floor(x); }
double truncF(double x) { return std::trunc(x); }
double roundF(double x) { return std::round(x); }
double sqrtF(double x) { return std::sqrt(x); }
double copysignF(double x, double y) { return std::copysign(x, y); }
double modF(double x, double y) { return std::fmod(x, y); }
double remainderF(double x, double y) { return std::remainder(x, y); }
double dimF(double x, double y) {
    double v = x - y;
    return v <= 0 ? 0 : v;
}
double log1pF(double x) { return std::log1p(x); }
double logbF(double x) {
    if (x == 0) return -INFINITY;
    if (std::isinf(x)) return INFINITY;
    if (std::isnan(x)) return x;
    return double(std::ilogb(x));
}

void frexpNative(NativeContext&, const Slot* a, Slot* r) {
    int e = 0;
    double x = a[0].f;
    if (x == 0 || std::isinf(x) || std::isnan(x)) {
        r[0].f = x;
        r[1].i = 0;
        return;
    }
    r[0].f = std::frexp(x, &e);
    r[1].i = e;
}

void ldexpNative(NativeContext&, const Slot* a, Slot* r) {
    int64_t e = a[1].i;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    r[0].f = std::ldexp(a[0].f, int(e));
}

void modfNative(NativeContext&, const Slot* a, Slot* r) {
    double frac = 0;
    r[0].f = goModf(a[0].f, &frac);
    r[1].f = frac;
}

void sincosNative(NativeContext&, const Slot* a, Slot* r) {
    r[0].f = goSin(a[0].f);
    r[1].f = goCos(a[0].f);
}

void lgammaNative(NativeContext&, const Slot* a, Slot* r) {
    int sign = 1;
    r[0].f = goLgamma(a[0].f, sign);
    r[1].i = sign;
}

// Jn(n int, x float64) and Yn.
template <double (*fn)(int64_t, double)>
void besselN(NativeContext&, const Slot* a, Slot* r) {
    r[0].f = fn(a[0].i, a[1].f);
}

void ilogbNative(NativeContext&, const Slot* a, Slot* r) {
    double x = a[0].f;
    if (x == 0) r[0].i = INT32_MIN;
    else if (std::isnan(x) || std::isinf(x)) r[0].i = INT32_MAX;
    else r[0].i = std::ilogb(x);
}

void fmaNative(NativeContext&, const Slot* a, Slot* r) { r[0].f = std::fma(a[0].f, a[1].f, a[2].f); }

void float64bits(NativeContext&, const Slot* a, Slot* r) { r[0].u = a[0].u; }
void float64frombits(NativeContext&, const Slot* a, Slot* r) { r[0].u = a[0].u; }

void float32bits(NativeContext&, const Slot* a, Slot* r) {
    float f = float(a[0].f);
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    r[0].u = bits;
}

void float32frombits(NativeContext&, const Slot* a, Slot* r) {
    uint32_t bits = uint32_t(a[0].u);
    float f;
    std::memcpy(&f, &bits, sizeof f);
    r[0].f = double(f);
}

void infNative(NativeContext&, const Slot* a, Slot* r) { r[0].f = a[0].i >= 0 ? INFINITY : -INFINITY; }

void isInfNative(NativeContext&, const Slot* a, Slot* r) {
    double f = a[0].f;
    int64_t sign = a[1].i;
    r[0].i = (sign >= 0 && f > 1.7976931348623157e308) || (sign <= 0 && f < -1.7976931348623157e308);
}

void isNaNNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = a[0].f != a[0].f; }

void nanNative(NativeContext&, const Slot*, Slot* r) { r[0].u = 0x7FF8000000000001ull; }

void signbitNative(NativeContext&, const Slot* a, Slot* r) { r[0].i = (a[0].u >> 63) != 0; }

void nextafter32Native(NativeContext&, const Slot* a, Slot* r) {
    float x = float(a[0].f), y = float(a[1].f);
    if (std::isnan(x) || std::isnan(y)) {
        uint32_t bits = 0x7FC00000;  // Go: float32(NaN())
        float f;
        std::memcpy(&f, &bits, sizeof f);
        r[0].f = double(f);
        return;
    }
    r[0].f = double(std::nextafter(x, y));
}

void pow10Native(NativeContext&, const Slot* a, Slot* r) { r[0].f = goPow10(a[0].i); }

const NativeEntry kNatives[] = {
    {"math.Abs", unary<absF>},
    {"math.Acos", unary<goAcos>},
    {"math.Acosh", unary<goAcosh>},
    {"math.Asin", unary<goAsin>},
    {"math.Asinh", unary<goAsinh>},
    {"math.Atan", unary<goAtan>},
    {"math.Atan2", binary<goAtan2>},
    {"math.Atanh", unary<goAtanh>},
    {"math.Cbrt", unary<goCbrt>},
    {"math.Ceil", unary<ceilF>},
    {"math.Copysign", binary<copysignF>},
    {"math.Cos", unary<goCos>},
    {"math.Cosh", unary<goCosh>},
    {"math.Dim", binary<dimF>},
    {"math.Erf", unary<goErf>},
    {"math.Erfc", unary<goErfc>},
    {"math.Erfcinv", unary<goErfcinv>},
    {"math.Erfinv", unary<goErfinv>},
    {"math.Exp", unary<goExp>},
    {"math.Exp2", unary<goExp2>},
    {"math.Expm1", unary<goExpm1>},
    {"math.FMA", fmaNative},
    {"math.Float32bits", float32bits},
    {"math.Float32frombits", float32frombits},
    {"math.Float64bits", float64bits},
    {"math.Float64frombits", float64frombits},
    {"math.Floor", unary<floorF>},
    {"math.Frexp", frexpNative},
    {"math.Gamma", unary<goGamma>},
    {"math.Hypot", binary<goHypot>},
    {"math.Ilogb", ilogbNative},
    {"math.Inf", infNative},
    {"math.IsInf", isInfNative},
    {"math.IsNaN", isNaNNative},
    {"math.J0", unary<goJ0>},
    {"math.J1", unary<goJ1>},
    {"math.Jn", besselN<goJn>},
    {"math.Ldexp", ldexpNative},
    {"math.Lgamma", lgammaNative},
    {"math.Log", unary<goLog>},
    {"math.Log10", unary<goLog10>},
    {"math.Log1p", unary<log1pF>},
    {"math.Log2", unary<goLog2>},
    {"math.Logb", unary<logbF>},
    {"math.Max", binary<goMax>},
    {"math.Min", binary<goMin>},
    {"math.Mod", binary<modF>},
    {"math.Modf", modfNative},
    {"math.NaN", nanNative},
    {"math.Nextafter", binary<goNextafter>},
    {"math.Nextafter32", nextafter32Native},
    {"math.Pow", binary<goPow>},
    {"math.Pow10", pow10Native},
    {"math.Remainder", binary<remainderF>},
    {"math.Round", unary<roundF>},
    {"math.RoundToEven", unary<goRoundToEven>},
    {"math.Signbit", signbitNative},
    {"math.Sin", unary<goSin>},
    {"math.Sincos", sincosNative},
    {"math.Sinh", unary<goSinh>},
    {"math.Sqrt", unary<sqrtF>},
    {"math.Tan", unary<goTan>},
    {"math.Tanh", unary<goTanh>},
    {"math.Trunc", unary<truncF>},
    {"math.Y0", unary<goY0>},
    {"math.Y1", unary<goY1>},
    {"math.Yn", besselN<goYn>},
};

}  // namespace

NativeTable mathNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
