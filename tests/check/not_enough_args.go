package main

func f(a, b int) int { return a + b }
func g(a int, s ...string) {}

func main() {
	f(1)
	f(1, 2, 3)
	g()
	f()
}
