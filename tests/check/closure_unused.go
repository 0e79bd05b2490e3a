package main

func main() {
	f := func() {
		y := 2
	}
	f()
	g := func(a int) int {
		return a
	}
}
