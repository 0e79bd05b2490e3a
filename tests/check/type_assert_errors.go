package main

type I interface{ M() }
type T struct{}

func main() {
	x := 1
	_ = x.(int)
	var i I
	_ = i.(T)
	_ = i.(string)
	var e interface{}
	_ = e.(int)
}
