package main

import (
	"fmt"
	"time"
)

// Durations near the int64 limit: a ticker and a timer that never fire, and
// a sleep whose deadline lies past the end of time.
func main() {
	tick := time.Tick(1<<63 - 1)
	timer := time.NewTimer(1<<63 - 1)
	go time.Sleep(1<<63 - 1)
	select {
	case <-tick:
		fmt.Println("tick")
	case <-timer.C:
		fmt.Println("timer")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("neither fired")
	}
	fmt.Println(timer.Stop())
}
