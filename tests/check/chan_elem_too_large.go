package main

type Big [1 << 16]byte

func main() {
	a := make(chan [1 << 20]byte)
	b := make(chan Big, 1)
	c := make(chan [65535]byte)
	d := make(chan struct{ x, y [40000]byte })
	_, _, _, _ = a, b, c, d
}
