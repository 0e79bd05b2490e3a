package main

type T struct{ x int }

func main() {
	var t T
	_ = *t
	_ = t.x.y
	var p **T
	_ = p.x
}
