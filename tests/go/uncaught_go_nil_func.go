package main

import "fmt"

// `go f()` with a nil func() is a fatal error at the go statement, which
// recover cannot stop. gc wraps any other call in a new function, whose nil
// call would only panic in the new goroutine: g never runs here.
func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var g func(int) int
	go g(1)
	fmt.Println("wrapped call started")
	var f func()
	go f()
	fmt.Println("after")
}
