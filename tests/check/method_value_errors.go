package main

type T int

func (T) M(x int) int { return x }

func main() {
	var t T
	f := t.M
	_ = f("s")
	_ = T.M(t)
	_ = T.M(1, 2)
}
