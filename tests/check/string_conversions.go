package main

type MyInt int

func main() {
	var f float64 = 1.5
	_ = string(f)
	var b []float64
	_ = string(b)
	var r []rune
	_ = string(r)
	var m MyInt = 65
	_ = string(m)
}
