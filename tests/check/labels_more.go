package main

func main() {
L:
	if true {
		break L
	}
	for {
		continue L
	}
M:
	for {
	}
M:
	for {
	}
}
