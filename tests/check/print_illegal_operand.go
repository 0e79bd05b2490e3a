package main

type S struct{ a, b int }

func main() {
	var s S
	println(1, s, [1]int{}, []int{}, map[int]int{})
	print(s)
	defer println(s)
}
