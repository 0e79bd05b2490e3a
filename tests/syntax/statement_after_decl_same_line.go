package main

import "fmt"

var x = 1 x = 2

func main() {
	fmt.Println(x)
}
