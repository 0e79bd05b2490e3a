package main

import "fmt"

func main() {
	xs := []int{1, 2}
	ys := ...xs
	fmt.Println(xs, ys)
}
