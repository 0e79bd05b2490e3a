package main

import "fmt"

func main() {
	x := 1
	if x := 2; true {
		fmt.Println("hi")
	}
	fmt.Println(x)
	for i := 0; i < 3; i++ {
		x := i
	}
}
