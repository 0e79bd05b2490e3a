package main

import "fmt"

func main() {
	x := 1
	if {
		fmt.Println(x)
	}
}
