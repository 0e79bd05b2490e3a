package main

import "fmt"

func main() {
	x := 1
	y := 3x
	fmt.Println(x, y)
}
