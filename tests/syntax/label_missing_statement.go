package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
	L:
	case 2:
		goto L
	}
	fmt.Println(x)
}
