package main

import "fmt"

func main() {
	f := func() {}
	go f
	fmt.Println(1)
}
