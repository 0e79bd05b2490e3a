// Escape lines (-m) that name gc's .autotmp_N temporaries: results of
// f(g()), return g() and a, b = g() calls, callees that call something,
// and the arguments of deferred variadic calls.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t T) Get() int     { return t.n }
func (t *T) Inc(d int)   { t.n += d }
func newT(n int) T       { return T{n} }
func pair() (int, error) { return 1, nil }
func two() (int, string) { return 2, "two" }

func adder(a int) func(int) int {
	return func(b int) int { return a + b }
}

func wrap() (interface{}, error) {
	return pair()
}

func spreadInClosure(_ int, name string) (int, string) {
	f := func() {
		x := 1
		fmt.Println(two())
		fmt.Println(x, name)
	}
	f()
	return two()
}

func classify(v interface{}) string {
	switch w := v.(type) {
	case int:
		return fmt.Sprint(pair())
	case string:
		return w
	}
	return "?"
}

func main() {
	fmt.Println(pair())
	var a, b interface{} = two()
	fmt.Println(a, b)
	var c interface{}
	var d string
	c, d = two()
	fmt.Println(c, d)
	fmt.Println(adder(1)(2), newT(3).Get())
	fns := []func(int) int{adder(10)}
	fmt.Println(fns[len(fns)-1](5))
	t := &T{}
	t.Inc(newT(4).Get())
	fmt.Println(t.n)
	w, err := wrap()
	fmt.Println(w, err)
	fmt.Println(spreadInClosure(0, "c"))
	for _, v := range []interface{}{1, "s"} {
		fmt.Println(classify(v))
	}
	for i := 0; i < 2; i++ {
		defer fmt.Println("deferred", i, errors.New("e"))
	}
	defer fmt.Println(two())
}
