package main

func f(a ...int)       {}
func g(a int, b ...int) {}
func h(a int)          {}

func main() {
	s := []int{1}
	f(s)
	f(s...)
	g(1, s...)
	h(s...)
	f(1, s...)
	var str []string
	f(str...)
}
