package main

import "fmt"

func main() {
	x := 1
	y := 1e
	fmt.Println(x, y)
}
