package main

func main() {
	x := int
	int
	len
	_ = x
}
