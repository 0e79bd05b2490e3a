package main

import "fmt"

func main() {
	x := 2.5
	fmt.Println("x =", x)
	panic(x * -1.5)
}
