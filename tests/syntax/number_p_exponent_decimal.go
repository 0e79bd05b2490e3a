package main

import "fmt"

func main() {
	x := 1
	y := 1.5p3
	fmt.Println(x, y)
}
