package main

type I interface{ M() }

func main() {
	s := "abc"
	_ = int(s)
	_ = string(1.5)
	f := 1.5
	_ = bool(f)
	_ = []int("x")
	_ = I(1)
	_ = int(1, 2)
	_ = int()
}
