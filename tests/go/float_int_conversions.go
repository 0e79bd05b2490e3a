package main

import (
	"fmt"
	"math"
)

// Out of range, the spec leaves a float's conversion to an integer type to
// the implementation: gc on amd64 converts to 8, 16 and 32 bits through an
// int32 (CVTTSD2SL), to uint32 through an int64, and to 64-bit unsigned
// types with a sequence of its own.
func main() {
	vals := []float64{1e20, -1e20, 300.7, -300.7, 1e19, -1.0, 2147483647.9, 2147483648.0, -2147483648.9,
		-2147483649.0, 4294967295.5, 4294967296.0, 65535.9, 65536.0, 32767.9, -32768.9, 127.9, -129.0,
		9.3e18, 1.8446744073709552e19, 1e30, math.Inf(1), math.Inf(-1), math.NaN(), 0.0, -0.5}
	for _, f := range vals {
		g := float32(f)
		fmt.Println(f, int(f), int8(f), int16(f), int32(f), int64(f), uint(f), uint8(f), uint16(f), uint32(f),
			uint64(f), uintptr(f))
		fmt.Println("  float32", g, int(g), int8(g), int16(g), int32(g), int64(g), uint(g), uint8(g), uint16(g),
			uint32(g), uint64(g))
	}
}
