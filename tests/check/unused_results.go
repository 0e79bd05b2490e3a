package main

func f() int { return 1 }

func main() {
	1 + 2
	f
	x := 1
	x == 1
	len("abc")
}
