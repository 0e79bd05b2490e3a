package main

func main() {
	var c complex128
	x := 1i
	_ = complex(1, 2)
	_, _ = c, x
}
