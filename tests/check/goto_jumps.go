package main

func main() {
	goto L
	x := 1
	_ = x
L:
	{
	M:
		_ = 1
	}
	goto M
}
