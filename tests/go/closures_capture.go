// Closures capture a variable by value when nothing can tell the copy from
// the variable (never assigned after its declaration, address never taken),
// by reference otherwise. Every case below must print what Go prints.
package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

// Values of every register shape captured by value, and kept alive by the
// closures while the loop below allocates enough to run the GC.
func snapshot(n int, s string, xs []int, sh Shape, f float64, b bool, p *int, m map[string]int, r rune) func() string {
	return func() string {
		return fmt.Sprintf("%d %s %v %.1f %.2f %t %d %d %c", n, s, xs, sh.Area(), f, b, *p, m["k"], r)
	}
}

func counter() (func() int, func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

// A named result is assigned by return: a deferred closure sees the new value.
func namedResult() (r int) {
	defer func() { r *= 3 }()
	return 7
}

// Redeclared by :=, so captured by reference.
func redeclared() int {
	a, b := 1, 2
	get := func() int { return a*10 + b }
	a, c := 5, 6
	return get() + c
}

// Assigned only after the closure was made.
func assignedLater() string {
	msg := "before"
	show := func() string { return msg }
	msg = "after"
	return show()
}

// Address taken: the pointer and the closure share the variable.
func addressTaken() int {
	v := 1
	p := &v
	get := func() int { return v }
	*p = 42
	return get()
}

// Captured by a closure inside a closure.
func nested(base string) func(int) func() string {
	return func(i int) func() string {
		return func() string { return base + strings.Repeat("!", i) }
	}
}

func main() {
	seven := 7
	var fs []func() string
	for i := 0; i < 4; i++ { // per-iteration
		s := strings.Repeat("ab", i)
		fs = append(fs, snapshot(i, s, []int{i, i * i}, Rect{float64(i), 2}, float64(i)/4, i%2 == 0, &seven,
			map[string]int{"k": i * 100}, rune('a'+i)))
	}
	garbage := 0
	for j := 0; j < 20000; j++ {
		garbage += len(make([]byte, 64+j%100))
	}
	seven = 8 // the closures read *p: they see this
	for _, f := range fs {
		fmt.Println(f())
	}
	fmt.Println(garbage)

	next, peek := counter()
	next()
	next()
	fmt.Println(peek(), next(), peek())

	fmt.Println(namedResult(), redeclared(), assignedLater(), addressTaken())
	fmt.Println(nested("go")(3)())

	var err error = fmt.Errorf("code %d", 5)
	describe := func() string { return "error: " + err.Error() }
	fmt.Println(describe())

	total := 0
	for _, k := range []int{1, 2, 3} { // per-iteration
		add := func() { total += k }
		add()
	}
	fmt.Println(total)
}
