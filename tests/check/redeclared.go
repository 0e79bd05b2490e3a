package main

var x int
var x string

func f() {}
func f() {}

type T int
type T string

func main() {
	a := 1
	var a int
	_ = a
}
