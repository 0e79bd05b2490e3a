package main

import "fmt"

func main() {
	a, := 1, 2
	fmt.Println(a)
}
