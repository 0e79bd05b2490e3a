package main

import "fmt"

type Base struct{ ID int }

type T struct {
	Name string
	(Base)
}

func main() {
	fmt.Println(T{})
}
