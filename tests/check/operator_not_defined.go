package main

func main() {
	s := "abc"
	_ = -s
	b := true
	_ = b + b
	_ = !1
	f := 1.5
	_ = f % 2
	_ = ^f
	var m map[int]int
	_ = m < m
}
