package main

import (
	"fmt"
	"math"
)

var xs = []float64{
	0, math.Copysign(0, -1), 1e-300, 1e-20, 7e-9, 1e-5, 1e-4, 0.1, 0.5, 0.9, 1, 1.5, 1.9999,
	2, 2.5, 2.8571, 3, 4, 4.5454, 5, 7.9, 8, 10, 12.5, 20, 33.3, 50, 100, 1000, 1e5, 1e10,
	1e20, 1e38, 7e38, 1e100, 1e200, 1e300, math.MaxFloat64 / 2, math.MaxFloat64,
	-1e-20, -1e-5, -0.5, -1, -3, -10, -1e10, -1e300,
	math.Inf(1), math.Inf(-1), math.NaN(),
}

var ns = []int{0, 1, 2, 3, 5, 10, 33, 34, 50, 100, 1000, -1, -2, -3, -7, -100}

func show(name string, v float64) {
	fmt.Printf("%s %v %.17g %x\n", name, v, v, math.Float64bits(v))
}

func main() {
	for _, x := range xs {
		show(fmt.Sprintf("J0(%v)", x), math.J0(x))
		show(fmt.Sprintf("J1(%v)", x), math.J1(x))
		show(fmt.Sprintf("Y0(%v)", x), math.Y0(x))
		show(fmt.Sprintf("Y1(%v)", x), math.Y1(x))
	}
	for _, n := range ns {
		for _, x := range []float64{0, 1e-20, 0.5, 3, 50, 1e300, -3, math.NaN()} {
			show(fmt.Sprintf("Jn(%d,%v)", n, x), math.Jn(n, x))
			show(fmt.Sprintf("Yn(%d,%v)", n, x), math.Yn(n, x))
		}
		// The other points by an FNV hash of their bits: any one-bit slip changes it.
		h := uint64(14695981039346656037)
		for _, x := range xs {
			h = (h ^ math.Float64bits(math.Jn(n, x))) * 1099511628211
			h = (h ^ math.Float64bits(math.Yn(n, x))) * 1099511628211
		}
		fmt.Printf("n=%d hash %x\n", n, h)
	}
	// A smooth sweep catches any polynomial or range-boundary slip.
	for _, n := range []int{0, 1, 2, 7, -4} {
		h := uint64(14695981039346656037)
		for i := 0; i < 4000; i++ {
			x := float64(i)*0.0173 - 3
			h = (h ^ math.Float64bits(math.Jn(n, x))) * 1099511628211
			h = (h ^ math.Float64bits(math.Yn(n, x))) * 1099511628211
		}
		fmt.Printf("sweep n=%d hash %x\n", n, h)
	}
}
