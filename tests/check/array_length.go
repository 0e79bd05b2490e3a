package main

var n = 3

func main() {
	var a [n]int
	var b [-1]int
	var c [1.5]int
	var d ["x"]int
	_, _, _, _ = a, b, c, d
}
