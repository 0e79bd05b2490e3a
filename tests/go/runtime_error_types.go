package main

import (
	"fmt"
	"strings"
)

type I interface{ M() }

type J interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

// try prints the dynamic type of the recovered value next to its text:
// gc gives each runtime error its own type.
func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Printf("%-10s %T runtime=%v: %v\n", name, r, isRuntime, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	i, j, k := 5, 1, -1
	var m map[string]int
	var p *T
	var in interface{} = "str"
	var ii I = T{}
	var ch chan int
	try("index", func() { _ = s[i] })
	try("indexneg", func() { _ = s[k] })
	try("array", func() { _ = a[i%4+3] })
	try("string", func() { _ = "abc"[i] })
	try("uint8idx", func() { _ = s[uint8(200+i)] })
	try("slice", func() { _ = s[i:] })
	try("slice3", func() { _ = s[0:2:j] })
	try("strslice", func() { _ = "abc"[2:j] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = *p })
	try("divide", func() { _ = i / (j - 1) })
	try("shift", func() { _ = 1 << k })
	try("makeslice", func() { _ = make([]int, k) })
	try("assert", func() { _ = in.(int) })
	try("assertI", func() { _ = ii.(J) })
	try("closenil", func() { close(ch) })
	try("repeat", func() { _ = strings.Repeat("x", k) })
}
