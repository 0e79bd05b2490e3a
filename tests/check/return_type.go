package main

func f() int {
	return "s"
}

func g() (int, error) {
	return 0, "err"
}

func main() { f(); g() }
