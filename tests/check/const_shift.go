package main

func main() {
	const big = 1 << 600
	x := big
	var y uint8 = 1 << 8
	const f = 1.0 << 3
	var z int = 1 << 63
	_, _, _ = x, y, z
}
