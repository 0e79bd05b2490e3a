package main

type A int
type B int

func main() {
	var a A = 1
	var b B = 2
	_ = a + b
	var i int = 3
	var f float64 = 4
	_ = i * f
	_ = "s" + 1
	_ = i == "x"
}
