package main

func f() (int, int) { return 1, 2 }
func g(a int)        {}

func main() {
	x := f() + 1
	g(f())
	var y int = f()
	_, _ = x, y
}
