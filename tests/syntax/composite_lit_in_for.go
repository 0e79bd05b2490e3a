package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{0, 0}
	for p != Point{3, 3} {
		p.X++
		p.Y++
	}
	fmt.Println(p)
}
