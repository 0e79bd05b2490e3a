package main

import "fmt"

type T struct{}

func (t T) M(a int, b string) {}

func main() {
	var t T
	t.M(1)
	t.M("a", 1)
	fmt.Println
	fmt.Printf()
	var f func(int) = func(s string) {}
	f(1)
}
