package main

type T struct{ a, b int }
type I interface{ M() }

func main() {
	var i I = T{1, 2}
	var j I = []int{1, 2}
	var k I = func(x int) int { return x }
	var l I = struct{ x int }{1}
	var m I = map[string]int{"a": 1}
	var n I = &T{a: 1}
	_, _, _, _, _, _ = i, j, k, l, m, n
}
