package main

import "fmt"

func f() {}

func main() {
	go fmt.Println
	defer (f)
	go ((f()))
	defer (fmt.Println)
}
