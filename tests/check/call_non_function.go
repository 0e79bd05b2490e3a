package main

func main() {
	x := 1
	x()
	s := "a"
	s(1, 2)
}
