package main

type T struct {
	a int
	a string
	b, b int
}

func main() {}
