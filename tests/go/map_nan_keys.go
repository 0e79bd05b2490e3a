package main

import (
	"fmt"
	"math"
	"sort"
)

// NaN != NaN, so every NaN insert makes a new entry that lookups and
// deletes never find; +0 and -0 are the same key.
func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 1
	m[math.Copysign(nan, -1)] = 1
	m[1.5] = 2
	_, found := m[nan]
	delete(m, nan)
	fmt.Println(len(m), found, m[nan])
	fmt.Println(m)

	nanCount, sum := 0, 0
	for k, v := range m {
		if k != k {
			nanCount++
		}
		sum += v
	}
	fmt.Println(nanCount, sum)

	z := map[float64]string{}
	negZero := math.Copysign(0, -1)
	z[0.0] = "zero"
	z[negZero] = "negative zero"
	fmt.Println(len(z), z[0])
	for k := range z {
		fmt.Println(math.Signbit(k))
	}

	// Interface keys holding NaN behave the same; equal values of
	// different dynamic types are different keys.
	im := map[interface{}]string{}
	im[nan] = "a"
	im[nan] = "b"
	im[1] = "int"
	im[int64(1)] = "int64"
	im[1.0] = "float"
	fmt.Println(len(im), im[1], im[int64(1)], im[1.0])

	// Struct keys with a NaN field.
	type P struct{ X, Y float64 }
	pm := map[P]bool{{1, 2}: true, {nan, 0}: true, {nan, 0}: true}
	fmt.Println(len(pm), pm[P{1, 2}], pm[P{nan, 0}])

	keys := []float64{3, nan, -1, 2}
	sort.Float64s(keys)
	fmt.Println(keys)
}
