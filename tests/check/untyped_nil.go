package main

func main() {
	x := nil
	var y = nil
	_ = nil == nil
	var i int = nil
	_, _ = x, y
}
