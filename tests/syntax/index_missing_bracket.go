package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	x := a[1
	fmt.Println(x)
}
