package main

import "fmt"

func main() {
	n := 1
	c := ''
	fmt.Println(n, c)
}
