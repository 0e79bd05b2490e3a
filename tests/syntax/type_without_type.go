package main

import "fmt"

type T

func main() {
	fmt.Println(1)
}
