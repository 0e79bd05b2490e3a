package main

import "fmt"

type T int

func () String() string { return "T" }

func main() {
	fmt.Println(T(1))
}
