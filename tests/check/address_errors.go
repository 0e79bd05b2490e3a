package main

func f() int { return 1 }

func main() {
	_ = &f()
	_ = &1
	x := 1
	_ = *x
	m := map[int]int{}
	_ = &m[1]
}
