package main

func f() int           { return 1 }
func g() (int, string) { return 1, "" }

func main() {
	a, b := f()
	c := g()
	var d, e, h int = 1, 2
	_, _, _, _, _, _ = a, b, c, d, e, h
}
