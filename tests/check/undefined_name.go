package main

func main() {
	foo()
	x := bar + 1
	_ = x
}
