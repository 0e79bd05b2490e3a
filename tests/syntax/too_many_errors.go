package main

import "fmt"

func main() {
	x := 1
	x = x @ 1
	x = x @ 2
	x = x @ 3
	x = x @ 4
	x = x @ 5
	x = x @ 6
	x = x @ 7
	x = x @ 8
	fmt.Println(x)
}
