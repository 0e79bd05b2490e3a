package main

func main() {
	x := _
	_ = x
	var _ int = "s"
	_ = 1 + _
}
