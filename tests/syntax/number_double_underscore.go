package main

import "fmt"

func main() {
	x := 1
	y := 1__2
	fmt.Println(x, y)
}
