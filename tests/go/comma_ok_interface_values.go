// Comma-ok forms whose value lands in an interface: the value keeps its own
// dynamic type (a map of interfaces, a concrete element boxed on
// assignment, a named result, a type assertion, a channel receive).
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func load(m map[any]any, key any) (value any, ok bool) {
	value, ok = m[key]
	return value, ok
}

func main() {
	m := map[any]any{1: "one", "two": 2, 3.5: nil, true: []int{4}}
	for _, k := range []any{1, "two", 3.5, true, "absent"} {
		v, ok := m[k]
		fmt.Printf("%v %T %v\n", v, v, ok)
	}
	v, ok := load(m, "two")
	fmt.Printf("%v %T %v\n", v, v, ok)
	if v, ok := m[1]; ok {
		fmt.Printf("if: %v %T\n", v, v)
	}

	ints := map[string]int{"a": 7}
	var boxed any
	boxed, ok = ints["a"]
	fmt.Printf("%v %T %v\n", boxed, boxed, ok)
	boxed, ok = ints["z"]
	fmt.Printf("%v %T %v\n", boxed, boxed, ok)

	shapes := map[string]Square{"s": {2}}
	var sh Shape
	sh, ok = shapes["s"]
	fmt.Printf("%v %T %v %.1f\n", sh, sh, ok, sh.Area())

	errs := map[string]error{"e": errors.New("boom"), "nil": nil}
	var err error
	err, ok = errs["e"]
	fmt.Println(err, ok)
	err, ok = errs["nil"]
	fmt.Println(err == nil, ok)
	var st fmt.Stringer
	var anyErr any = errs["e"]
	st, ok = anyErr.(fmt.Stringer)
	fmt.Println(st, ok)
	var got any
	got, ok = anyErr.(error)
	fmt.Printf("%v %v\n", got, ok)

	ch := make(chan int, 1)
	ch <- 9
	close(ch)
	var received any
	received, ok = <-ch
	fmt.Printf("%v %T %v\n", received, received, ok)
	received, ok = <-ch
	fmt.Printf("%v %T %v\n", received, received, ok)
}
