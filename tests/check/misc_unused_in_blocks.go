package main

func main() {
	for i := 0; i < 2; i++ {
		v := i
	}
	switch y := 1; y {
	case 1:
		z := 2
	}
	if w := 3; true {
	}
}
