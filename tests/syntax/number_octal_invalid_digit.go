package main

import "fmt"

func main() {
	x := 1
	y := 09
	fmt.Println(x, y)
}
