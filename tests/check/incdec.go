package main

func main() {
	s := "a"
	s++
	b := true
	b--
	const c = 1
	c++
}
