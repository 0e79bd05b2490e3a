package main

func main() {
	x := 5
	_ = x[1:2]
	s := "abc"
	_ = s[1:2:3]
	a := [3]int{}
	_ = a[2:1]
	_ = a[1:5]
	_ = [3]int{}[0:1]
}
