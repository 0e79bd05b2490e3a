package main

import "fmt"

func main() {
	fmt.Println("start")
	s := `first line
	second line
	fmt.Println(s)
}
