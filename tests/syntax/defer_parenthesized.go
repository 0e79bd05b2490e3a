package main

import "fmt"

func cleanup() {}

func main() {
	defer (cleanup())
	fmt.Println(1)
}
