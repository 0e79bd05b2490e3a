package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("sender recovered:", recover())
			done <- true
		}()
		ch <- 1 // blocks; the channel is closed under it
	}()
	for len(ch) == 0 && cap(ch) == 0 {
		break
	}
	go func() { close(ch) }()
	<-done
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh))
	ch <- 2
}
