package main

type A struct{ f func() }
type B struct{ a [2]A }

func main() {
	var a, b A
	_ = a == b
	var c, d B
	_ = c != d
	var m map[A]int
	_ = m
}
