package main

func main() {
	var x int8 = 100
	x = x + 200
	const c int8 = 127 + 1
	var f float32 = 1e100
	var i int = 1.5
	_, _ = f, i
}
