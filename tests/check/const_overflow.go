package main

const big = 1 << 100

func main() {
	var a int8 = 300
	b := int8(300)
	var c uint8 = -1
	var d int = big
	e := byte(256)
	_, _, _, _, _ = a, b, c, d, e
}
