package main

type I interface{ M() }
type T struct{}
type P struct{}

func (*P) M() {}

type W struct{}

func (W) M(int) {}

func main() {
	var i I
	i = T{}
	i = P{}
	i = W{}
	_ = i
}
