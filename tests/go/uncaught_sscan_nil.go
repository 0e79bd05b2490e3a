package main

import "fmt"

func main() {
	var a int
	fmt.Println(fmt.Sscan("5 6", &a, nil))
}
