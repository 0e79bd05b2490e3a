package main

import "fmt"

func main() {
	f := func() {}
	defer f
	fmt.Println(1)
}
