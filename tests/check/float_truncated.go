package main

func main() {
	var i int = 1.5
	var j int8 = 2.5e2
	k := []int{1.1}
	_, _, _ = i, j, k
}
