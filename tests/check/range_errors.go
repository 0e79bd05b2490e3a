package main

func main() {
	x := 1.5
	for range x {
	}
	var c chan int
	for a, b := range c {
		_, _ = a, b
	}
	var s chan<- int
	for v := range s {
		_ = v
	}
	for i, j := range "abc" {
	}
}
