package main

import (
	"errors"
	"fmt"
)

// A deferred call panics while the first panic is still running.
func main() {
	defer fmt.Println("outer deferred runs")
	defer func() {
		panic(errors.New("second"))
	}()
	fmt.Println("before")
	panic("first")
}
