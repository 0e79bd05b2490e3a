package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1, 2, 3, -1, -2, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.1, 0.2316, 0.7316, 0.9, 0.95, 1.2316, 1.7316, 1.9, 7.99, 8, 100, 1e10, 1e17, 1e18, 3e300, -3e300, 1e-20, 1e-25, -1e-25, -4.5e15, -7.3, math.Inf(1), math.Inf(-1), math.NaN(), 0.7316321449683623, 1.4616321449683622}
	for _, x := range xs {
		l, s := math.Lgamma(x)
		fmt.Println(x, l, s)
	}
	sum := 0.0
	bits := uint64(0)
	for i := -3000; i < 3000; i++ {
		x := float64(i)*0.0137 + 0.001
		l, s := math.Lgamma(x)
		sum += l * float64(s)
		bits ^= math.Float64bits(l)
	}
	fmt.Println(sum, bits)
}
