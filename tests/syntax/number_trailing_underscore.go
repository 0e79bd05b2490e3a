package main

import "fmt"

func main() {
	x := 1
	y := 1_
	fmt.Println(x, y)
}
