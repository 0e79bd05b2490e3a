package main

import "fmt"

func main() {
	x := 1
	x = x > 0 ? 1 : 2
	fmt.Println(x)
}
