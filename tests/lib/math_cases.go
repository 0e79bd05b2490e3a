//go:build ignore

// math_cases prints, for every float function of package math and a fixed
// sample of inputs, the exact bits Go 1.19 returns on this amd64 machine:
// "Func<TAB>arg bits[,arg bits]<TAB>result bits" (hex). tests/lib_math.cpp
// calls govm's natives on the same inputs and compares bits.
//
// Regenerate: go run tests/lib/math_cases.go > tests/lib/math_cases.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	inputs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, 10, 100, 1e-300, 5e-324, 1e300, 1e308,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.Pi / 2, -math.Pi, 0.1, 0.7, 0.99, 1.5, 2.5, -2.5,
		1e10, 1 << 29, 1e20, 123456.789, 7.5, 0.25, 709.7, -745.2, 710, -1e-10, 1e-10, 0.3333333333333333}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 150; i++ {
		inputs = append(inputs, (r.Float64()-0.5)*math.Pow(10, float64(r.Intn(12)-4)))
	}
	unary := []struct {
		name string
		fn   func(float64) float64
	}{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh},
		{"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Ceil", math.Ceil}, {"Cos", math.Cos},
		{"Cosh", math.Cosh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", math.Floor}, {"Gamma", math.Gamma},
		{"Log", math.Log}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Log2", math.Log2}, {"Logb", math.Logb},
		{"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Sin", math.Sin}, {"Sinh", math.Sinh},
		{"Sqrt", math.Sqrt}, {"Tan", math.Tan}, {"Tanh", math.Tanh}, {"Trunc", math.Trunc},
		{"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, f := range unary {
		for _, x := range inputs {
			fmt.Printf("%s\t%x\t%x\n", f.name, math.Float64bits(x), math.Float64bits(f.fn(x)))
		}
	}
	binary := []struct {
		name string
		fn   func(float64, float64) float64
	}{
		{"Atan2", math.Atan2}, {"Pow", math.Pow}, {"Hypot", math.Hypot}, {"Mod", math.Mod},
		{"Remainder", math.Remainder}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim},
		{"Copysign", math.Copysign}, {"Nextafter", math.Nextafter},
	}
	second := []float64{0, math.Copysign(0, -1), 1, -1, 2, -3, 0.5, 3.7, -2.25, 1e-5, 100, math.Inf(1), math.Inf(-1), math.NaN(), 1e300}
	for _, f := range binary {
		for i, x := range inputs {
			if i%3 != 0 && i > 40 {
				continue
			}
			for _, y := range second {
				fmt.Printf("%s\t%x,%x\t%x\n", f.name, math.Float64bits(x), math.Float64bits(y), math.Float64bits(f.fn(x, y)))
			}
		}
	}
	// Jn and Yn take (n int, x float64): n's bits come first.
	orders := []int{-7, -2, -1, 0, 1, 2, 3, 10, 50, 400}
	for _, f := range []struct {
		name string
		fn   func(int, float64) float64
	}{{"Jn", math.Jn}, {"Yn", math.Yn}} {
		for i, x := range inputs {
			if i%3 != 0 && i > 40 {
				continue
			}
			for _, n := range orders {
				fmt.Printf("%s\t%x,%x\t%x\n", f.name, uint64(n), math.Float64bits(x), math.Float64bits(f.fn(n, x)))
			}
		}
	}
}
