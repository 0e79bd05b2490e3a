package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	_ = <-s
	x := 1
	x <- 2
	_ = <-x
	c := make(chan int)
	c <- "s"
}
