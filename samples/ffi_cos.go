// Calls libm's cos through libffi: govm run --allow-ffi=libm.so.6 samples/ffi_cos.go
// prints what `go run` prints for the same computation with math.Cos.
package main

//govm:cimport "libm.so.6"

import "fmt"

//extern cos
func cos(x float64) float64

func main() {
	const pi = 3.141592653589793
	for i := 0; i <= 8; i++ {
		x := float64(i) * pi / 4
		fmt.Printf("cos(%d*pi/4) = %.6f\n", i, cos(x))
	}
	sum := 0.0
	for i := 0; i < 1000; i++ {
		sum += cos(float64(i) * 0.001)
	}
	fmt.Println("sum:", sum)
	fmt.Println(cos(0), cos(1), cos(-2.5), cos(1e10))
}
