// Package variables declared two at a time from a comma-ok form, converted
// to the variables' types (go1.19 test/fixedbugs/issue53619.go); and a type
// assertion between two types of one name from different scopes
// (test/fixedbugs/issue26094.go).
package main

import "fmt"

var x any = 3
var a, b any = x.(bool)
var c, d = x.(int)
var m = map[string]int{"k": 1}
var v, found any = m["k"]
var w, missing = m["z"]
var ch = func() chan int {
	ch := make(chan int, 1)
	ch <- 4
	return ch
}()
var received, open any = <-ch

func two() (int, string) { return 5, "five" }

var r, t = two()

var e = f
var f, g any = any(nil).(bool)

var X any

type T struct{}

func localT() {
	type T struct{}
	X = T{}
}

func main() {
	fmt.Println(a, b, c, d, v, found, w, missing, received, open, r, t, e, f, g)
	fmt.Printf("%T %T %T %T\n", a, b, v, received)
	localT()
	defer func() { fmt.Println(recover()) }()
	_ = X.(T)
}
