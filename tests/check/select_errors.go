package main

func main() {
	c := make(chan int)
	select {
	case c <- 1:
	case x := <-c:
	case 1 + 2:
	default:
	default:
	}
}
