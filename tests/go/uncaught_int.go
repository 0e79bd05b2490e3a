package main

import "fmt"

// A panic raised by a deferred call during a normal return.
func main() {
	defer fmt.Println("first deferred still runs")
	defer func() {
		fmt.Println("recover outside a panic:", recover())
		panic(42)
	}()
	fmt.Println("start")
}
