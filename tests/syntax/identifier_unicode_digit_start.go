package main

import "fmt"

func main() {
	x := 1
	٣x := 3
	fmt.Println(x, ٣x)
}
