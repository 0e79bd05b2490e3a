package main

type T struct{ x int }

func (T) M()  {}
func (*T) P() {}

func main() {
	_ = T.M
	_ = T.P
	_ = T.x
	_ = (*T).P
	_ = T.Q
}
