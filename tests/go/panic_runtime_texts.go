package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Shape interface{ Area() int }

func (p *Point) Move() { p.X++ }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %q\n", name, err.Error())
		} else {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var m map[string]int
	var pm map[Point][]int
	var p *Point
	var fn func(int) int
	var arrp *[3]int
	zero := 0
	var z8 int8
	var zu uint64

	try("nil map read", func() { fmt.Println("  read", m["x"], len(m), pm[Point{}] == nil) })
	try("nil map delete", func() { delete(m, "x") })
	try("nil map write", func() { m["x"] = 1 })
	try("nil map op-assign", func() { m["y"] += 2 })
	try("nil map struct key", func() { pm[Point{1, 2}] = nil })
	try("nil deref field", func() { fmt.Println(p.X) })
	try("nil deref store", func() { p.Y = 3 })
	try("nil deref method", func() { p.Move() })
	try("nil deref whole", func() { q := *p; _ = q })
	try("nil func call", func() { fn(1) })
	try("nil array ptr index", func() { _ = arrp[1] })
	try("nil array ptr len", func() { fmt.Println("  len", len(arrp)) })
	try("divide", func() { _ = 7 / zero })
	try("modulo", func() { _ = 7 % zero })
	try("int8 divide", func() { _ = int8(5) / z8 })
	try("uint64 divide", func() { _ = uint64(5) / zu })
	try("negative shift", func() { n := -3; _ = 1 << n })
	try("negative make len", func() { n := -1; _ = make([]int, n) })
	try("make cap < len", func() { l, c := 5, 2; _ = make([]int, l, c) })
	try("uncomparable", func() {
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("uncomparable map key", func() {
		mm := map[interface{}]int{}
		mm[[]int{1}] = 1
	})
	try("errors.New", func() { panic(errors.New("custom failure")) })
	try("fmt.Errorf", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("string", func() { panic("plain string") })
	try("float divide", func() {
		f := 0.0
		fmt.Println("  float", 1/f, -1/f, f/f == f/f)
	})
}
