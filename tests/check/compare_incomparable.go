package main

type S struct{ f []int }

func main() {
	a := []int{1}
	b := []int{2}
	_ = a == b
	m := map[int]int{}
	_ = m == m
	var s, t S
	_ = s == t
	f := func() {}
	_ = f == f
	_ = a == nil
}
