// Escape lines (-m) of package variable initializers: gc lays out what it
// can statically and runs the rest in the package's init function.
package main

import (
	"fmt"
	"strings"
)

type T struct {
	name string
	n    int
	tags []string
}

func count(xs ...int) int { return len(xs) }

func two() (int, string) { return 2, "two" }

func upper(s string) string { return strings.ToUpper(s) }

var (
	total               = count(1, 2, 3)
	table               = map[string]int{"x": count(), "y": total}
	t                   = T{name: upper("t"), n: 1, tags: []string{"a", upper("b")}}
	pt                  = &T{name: "p", tags: []string{upper("c")}}
	list                = []string{"k", upper("l")}
	boxed   interface{} = count(4)
	static  interface{} = 3
	n, name             = two()
	fn                  = func(s string) string { return s + "!" }
	greet               = fn("hi")
	joined              = strings.Join(list, "+") + greet
)

func main() {
	fmt.Println(total, len(table), t.name, t.tags, pt.tags, list, boxed, static)
	fmt.Println(n, name, greet, joined, computed.n, sum2)
}

var computed = func(k int) *T { return &T{n: k} }(7)

var sum2 = func(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}([]int{1, 2})
