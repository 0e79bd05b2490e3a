package main

type T struct{}

func (*T) M() {}

func f() T { return T{} }

func main() {
	f().M()
	T{}.M()
	var t T
	t.M()
}
