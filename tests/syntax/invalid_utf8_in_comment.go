package main

import "fmt"

func main() {
	x := 1 // café
	fmt.Println(x)
}
