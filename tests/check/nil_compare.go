package main

func main() {
	x := 1
	_ = x == nil
	s := "a"
	_ = s != nil
	var p *int
	_ = p == nil
}
