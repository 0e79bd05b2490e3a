package main

import "fmt"

func worker(ch chan int) {
	var m map[string]int
	<-ch
	m["x"] = 1 // panics in a goroutine: ends the whole program
}

func main() {
	ch := make(chan int)
	go worker(ch)
	fmt.Println("started")
	ch <- 1
	select {}
}
