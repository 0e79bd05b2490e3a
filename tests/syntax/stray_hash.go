package main

import "fmt"

func main() {
	x := 1
	#define N 10
	fmt.Println(x)
}
