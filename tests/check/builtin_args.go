package main

func main() {
	_ = len()
	_ = len(1, 2)
	close()
	panic()
	var ch <-chan int
	close(ch)
	x := 1
	close(x)
	_ = make([]int, 10, 5)
	_ = make([]int, -1)
}
