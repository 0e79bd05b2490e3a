package main

var x = iota

func main() {
	y := iota
	_ = y
}
