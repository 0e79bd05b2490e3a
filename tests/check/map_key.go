package main

func main() {
	var m map[[]int]string
	var n map[func()]int
	_, _ = m, n
}
