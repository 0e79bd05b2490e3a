package main

import "fmt"

func main() {
	n := 1
	c := '\400'
	fmt.Println(n, c)
}
