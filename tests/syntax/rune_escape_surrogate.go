package main

import "fmt"

func main() {
	n := 1
	c := '\uD800'
	fmt.Println(n, c)
}
