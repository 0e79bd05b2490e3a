// A goroutine that calls runtime.GC in a loop lets the others run between
// collections, as Go's concurrent collector does (go1.19
// test/fixedbugs/issue30977.go): the program ends promptly.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a, b, c, d, e string
}

func g() T { return T{"a", "b", "c", "d", "e"} }

var X, Y T

func main() {
	go func() {
		for {
			runtime.GC()
		}
	}()
	same := 0
	for i := 0; i < 1000; i++ {
		runtime.Gosched()
		X = g()
		Y = X
		if X == Y {
			same++
		}
	}
	fmt.Println(same)
}
