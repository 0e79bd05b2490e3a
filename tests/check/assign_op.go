package main

func main() {
	s := "a"
	s -= "b"
	x := 1
	x += "b"
	x += 1.5
	var f float64
	f %= 2
}
