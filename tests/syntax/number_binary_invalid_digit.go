package main

import "fmt"

func main() {
	x := 1
	y := 0b2
	fmt.Println(x, y)
}
