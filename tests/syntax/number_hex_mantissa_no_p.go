package main

import "fmt"

func main() {
	x := 1
	y := 0x1.0
	fmt.Println(x, y)
}
