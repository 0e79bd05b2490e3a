package main

import "fmt"

func main() {
	n := 1
	c := '\xZ1'
	fmt.Println(n, c)
}
