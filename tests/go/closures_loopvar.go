package main

import "fmt"

// Closures capture variables, not values.  Go 1.22: each loop iteration
// has its own loop variable, so closures and pointers from different
// iterations see different variables.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ { // per-iteration
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var names []func() string
	for i, s := range []string{"a", "b", "c"} { // per-iteration
		names = append(names, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range names {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for k := range [3]struct{}{} { // per-iteration
		ptrs = append(ptrs, &k)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// A variable declared outside the loop is shared by all closures.
	shared := 0
	var incs []func()
	for j := 0; j < 3; j++ {
		incs = append(incs, func() { shared++ })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(shared)

	// A closure modifying a captured variable is seen by the enclosing scope.
	total := 0
	add := func(n int) { total += n }
	add(5)
	add(7)
	fmt.Println(total)

	// Each call of a constructor makes fresh variables.
	gen := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	g1, g2 := gen(), gen()
	fmt.Println(g1(), g1(), g1(), g2())

	// Closures in a loop that also capture a per-iteration local.
	var acc []func() int
	for i := 1; i <= 3; i++ { // per-iteration
		sq := i * i
		acc = append(acc, func() int { return sq + i })
	}
	for _, f := range acc {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Recursive closure through a declared variable.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
}
