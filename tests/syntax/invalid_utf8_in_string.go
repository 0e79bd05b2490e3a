package main

import "fmt"

func main() {
	x := 1
	s := "café"
	fmt.Println(x, s)
}
