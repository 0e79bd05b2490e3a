package main

import "fmt"

type T int

func (a, b T) String() string { return "T" }

func main() {
	fmt.Println(T(1))
}
