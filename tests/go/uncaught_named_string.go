package main

import "fmt"

// Values of named basic types print as T(value): main.Reason("...").
type Reason string

func check(ok bool, why Reason) {
	if !ok {
		panic(why)
	}
	fmt.Println("checked:", why)
}

func main() {
	check(true, "first")
	check(false, "second failed")
}
