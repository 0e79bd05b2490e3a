package main

func f() {}

func main() {
	x := f()
	_ = f() + 1
	var y = f()
	_, _ = x, y
}
