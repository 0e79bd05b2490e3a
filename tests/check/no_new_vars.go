package main

func main() {
	a := 1
	a := 2
	_ = a
	b, c := 1, 2
	b, c := 3, 4
	_, _ = b, c
}
