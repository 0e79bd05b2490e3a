package main

import "fmt"

type Code uint16

func main() {
	fmt.Println("about to panic")
	panic(Code(404))
}
