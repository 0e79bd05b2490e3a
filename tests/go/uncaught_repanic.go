package main

import "fmt"

// A recovered panic re-raised with the same value: "panic: boom [recovered]".
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	panic("boom")
}
