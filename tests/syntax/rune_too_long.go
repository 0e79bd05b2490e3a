package main

import "fmt"

func main() {
	n := 1
	c := 'ab'
	fmt.Println(n, c)
}
