// Counted loops (`for i := a; i < n; i++`, `i <= n`, `i += step`) and range
// loops over slices and arrays (range over int: tests/vm_loops.cpp): bounds and steps that change in the
// body, break and continue, empty loops, the counter's value after the
// loop, and wrap-around at the ends of int64.
package main

import (
	"fmt"
	"math"
)

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("basic", sum)

	n := 5
	count := 0
	for i := 0; i < n; i++ {
		if i == 2 {
			n = 8 // the bound is read every iteration
		}
		count++
	}
	fmt.Println("moving bound", count, n)

	xs := []int{1, 2, 3}
	visited := 0
	for i := 0; i < len(xs); i++ {
		if len(xs) < 6 {
			xs = append(xs, i*10)
		}
		visited++
	}
	fmt.Println("len bound", visited, xs)

	var j int
	for j = 7; j < 3; j++ {
		fmt.Println("never")
	}
	fmt.Println("after empty loop", j)
	for j = 0; j <= 4; j++ {
	}
	fmt.Println("after <= loop", j)

	step := 1
	trace := []int{}
	for i := 0; i < 40; i += step {
		trace = append(trace, i)
		step *= 2 // the step is read every iteration
	}
	fmt.Println("growing step", trace)

	odd := 0
	for i := 1; i <= 99; i += 2 {
		if i%3 == 0 {
			continue
		}
		if i > 90 {
			break
		}
		odd += i
	}
	fmt.Println("step 2 with continue/break", odd)

	skip := 0
	for i := 0; i < 20; i++ {
		if i%4 == 0 {
			i++ // the body may move the counter
		}
		skip += i
	}
	fmt.Println("body moves counter", skip)

	wraps := 0
	var k int64
	for k = math.MaxInt64 - 2; k <= math.MaxInt64-1; k++ {
		wraps++
	}
	fmt.Println("near max", wraps, k == math.MaxInt64)
	low := 0
	for i := math.MinInt64; i < math.MinInt64+3; i++ {
		low++
	}
	fmt.Println("from min", low)

	arr := [4]string{"a", "b", "c", "d"}
	s := ""
	for i, v := range arr {
		if i == 1 {
			arr[2] = "X" // ranging over an array ranges over a copy
		}
		s += v
	}
	fmt.Println("range array", s, arr)

	ys := []int{5, 6, 7}
	got := []int{}
	for i, v := range ys {
		if i == 0 {
			ys = append(ys, 100) // the length is fixed when the loop starts
			ys[1] = 60
		}
		got = append(got, v)
	}
	fmt.Println("range slice", got, len(ys))

	nested := 0
	for a := 0; a < 30; a++ {
		for b := a; b < 30; b += 3 {
			nested += a ^ b
		}
	}
	fmt.Println("nested", nested)

	funcs := []func() int{}
	for i := 0; i < 3; i++ { // per-iteration
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
