package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ v []int }

type MyRuntimeError struct{}

func (MyRuntimeError) Error() string { return "mine" }
func (MyRuntimeError) RuntimeError() {}

func classify(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if ok {
			fmt.Printf("%s: runtime.Error %q\n", name, re.Error())
			return
		}
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	var m map[string]int
	var p *T
	var i interface{} = "s"
	n := 0
	classify("index", func() { _ = []int{}[n] })
	classify("slice", func() { _ = "abc"[n+2 : n+1] })
	classify("nil map", func() { m["a"] = 1 })
	classify("nil pointer", func() { _ = p.v })
	classify("divide", func() { _ = 1 / n })
	classify("assertion", func() { _ = i.(int) })
	classify("unhashable", func() { _ = map[interface{}]int{[]int{}: 1} })
	classify("string panic", func() { panic("plain") })
	classify("error panic", func() { panic(errors.New("an error")) })
	classify("user runtime.Error", func() { panic(MyRuntimeError{}) })
	var re runtime.Error
	err := fmt.Errorf("wrapped: %w", MyRuntimeError{})
	fmt.Println(errors.As(err, &re), re)
}
