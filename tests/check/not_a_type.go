package main

var v int

func main() {
	var x v
	var y main
	_, _ = x, y
}
