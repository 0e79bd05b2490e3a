package main

import "fmt"

func main() {
	n := 1
	c := '\q'
	fmt.Println(n, c)
}
