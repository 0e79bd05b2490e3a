package main

func main() {
	x := 1
	_ = x << -1
	_ = 1.5 << 2
	f := 1.5
	_ = f << 1
	_ = x << 1.5
	var s uint = 2
	var g float64 = 1 << s
	_ = g
}
