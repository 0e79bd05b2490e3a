// Closures inside a package variable's function literal capture that
// literal's parameters and locals, by value or by reference.
package main

import "fmt"

func sum(args ...int) int {
	s := 0
	for _, v := range args {
		s += v
	}
	return s
}

var sumLater = func(args ...int) func() int { return func() int { return sum(args...) } }

var counter = func() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}()

var adders = func(base int) []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ { // per-iteration
		fs = append(fs, func(x int) int { return base + i*x })
	}
	return fs
}(100)

var nested = func(a int) func(int) func() string {
	return func(b int) func() string {
		return func() string { return fmt.Sprint(a, b) }
	}
}

type point struct{ x, y int }

var moved = func() *point {
	p := point{1, 2}
	bump := func() { p.x += 10 }
	bump()
	return &p
}()

func main() {
	fmt.Println(sumLater(1, 2, 3)(), sumLater()())
	fmt.Println(counter(), counter(), counter())
	for _, f := range adders {
		fmt.Print(f(2), " ")
	}
	fmt.Println()
	fmt.Println(nested(1)(2)(), nested(3)(4)())
	fmt.Println(*moved)
}
