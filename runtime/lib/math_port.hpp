// Ports of the math code gc 1.19 runs on amd64, where libm's last bit may
// differ from Go's: Go's own algorithms (sin.go, tan.go, trig_reduce.go,
// atan.go, asin.go, atan2.go, cbrt.go, pow.go, pow10.go, log10.go, modf.go,
// floor.go's RoundToEven, dim.go's Max/Min, erfinv.go, sinh.go, tanh.go,
// acosh.go, asinh.go, atanh.go, exp.go's Exp2, expm1.go, gamma.go, lgamma.go, nextafter.go, erf.go,
// j0.go, j1.go, jn.go) and the amd64
// assembly of Exp (its FMA path, which every AVX2+FMA machine takes), Log and
// Hypot. Each keeps Go's operation order; the build must not contract a*b+c
// into FMA where Go does not (x86-64 without -mfma never does).
#pragma once

#include <cstdint>

namespace govm::rt::lib {

double goSin(double x);
double goCos(double x);
double goTan(double x);
double goAtan(double x);
double goAsin(double x);
double goAcos(double x);
double goAtan2(double y, double x);
double goCbrt(double x);
double goExp(double x);
double goLog(double x);
double goLog2(double x);
double goLog10(double x);
double goPow(double x, double y);
double goPow10(int64_t n);
double goHypot(double p, double q);
double goModf(double f, double* frac);
double goRoundToEven(double x);
double goMax(double x, double y);
double goMin(double x, double y);
double goErfinv(double x);
double goSinh(double x);
double goCosh(double x);
double goTanh(double x);
double goAcosh(double x);
double goAsinh(double x);
double goAtanh(double x);
double goExp2(double x);
double goExpm1(double x);
double goGamma(double x);
double goNextafter(double x, double y);
double goErf(double x);
double goErfc(double x);
double goErfcinv(double x);
// Lgamma: the natural logarithm of |Gamma(x)|, and Gamma(x)'s sign.
double goLgamma(double x, int& sign);
// Bessel functions of the first and second kinds (j0.go, j1.go, jn.go; in
// math_bessel.cpp).
double goJ0(double x);
double goJ1(double x);
double goY0(double x);
double goY1(double x);
double goJn(int64_t n, double x);
double goYn(int64_t n, double x);

}  // namespace govm::rt::lib
