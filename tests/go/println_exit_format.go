package main

import "os"

// The first stderr line shows println's formatting: space separated,
// floats in %e form with sign, booleans, runes as numbers.
func main() {
	var f32 float32 = -0.125
	println(42, -7, 1.5, f32, 1e100, true, false, 'A', "text", uint64(1<<63), 0.0)
	println("second line is not compared")
	os.Exit(7)
}
