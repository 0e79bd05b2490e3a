package main

import "fmt"

func main() {
	x := 1
	y := 0x
	fmt.Println(x, y)
}
