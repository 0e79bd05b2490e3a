package main

func f() (x int, err error) {
	x := 2
	return
}

func g() (a, b int) {
	{
		a := 1
		_ = a
		return
	}
}

func main() { f(); g() }
