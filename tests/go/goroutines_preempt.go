package main

import "fmt"

// A goroutine spinning in a loop without calls must not starve the others:
// the spinner waits for a flag that only another goroutine sets.
var flag bool

func spin(done chan<- int) {
	n := 0
	for !flag {
		n++
	}
	done <- 1
}

func main() {
	done := make(chan int)
	go spin(done)
	go func() { flag = true }()
	<-done
	fmt.Println("spinner saw the flag")

	// Fan-out/fan-in: 100 workers, results summed (order independent).
	results := make(chan int)
	for i := 1; i <= 100; i++ {
		go func(v int) { results <- v * v }(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares", sum)

	// Struct values through a buffered channel are copies.
	type point struct{ X, Y int }
	pc := make(chan point, 2)
	p := point{1, 2}
	pc <- p
	p.X = 99
	q := <-pc
	fmt.Println(q, p)
	close(pc)
	z, ok := <-pc
	fmt.Println(z, ok)
}
