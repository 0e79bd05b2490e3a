package main

func main() {
	x := 10
	y := x / 0
	z := x % 0
	const c = 1 / 0
	f := 1.5 / 0
	_, _, _ = y, z, f
}
