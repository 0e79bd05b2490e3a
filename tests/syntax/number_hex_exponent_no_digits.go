package main

import "fmt"

func main() {
	x := 1
	y := 0x1p
	fmt.Println(x, y)
}
