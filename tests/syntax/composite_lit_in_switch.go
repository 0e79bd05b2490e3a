package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	switch p == Point{1, 2} {
	case true:
		fmt.Println("yes")
	}
}
