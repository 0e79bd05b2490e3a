package main

import "fmt"

func main() {
	x := 1
	x² := x * x
	fmt.Println(x, x²)
}
