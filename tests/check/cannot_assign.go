package main

type T struct{ x int }

func f() T { return T{} }

func main() {
	const c = 1
	c = 2
	f().x = 1
	m := map[string]T{}
	m["a"].x = 1
	"s" = "t"
	len("x") = 1
}
