package main

import "fmt"

func main() {
	x := 1
	case 1:
		fmt.Println(x)
}
