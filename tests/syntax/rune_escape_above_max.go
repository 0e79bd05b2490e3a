package main

import "fmt"

func main() {
	n := 1
	c := '\U00110000'
	fmt.Println(n, c)
}
