package main

import "fmt"

func main() {
	if x := 1 {
		fmt.Println(x)
	}
}
