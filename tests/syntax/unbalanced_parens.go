package main

import "fmt"

func f(n int) int { return n }

func main() {
	x := f((1)
	fmt.Println(x)
}
