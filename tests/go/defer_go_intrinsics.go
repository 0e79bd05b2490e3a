package main

import (
	"fmt"
	"runtime"
	"time"
)

// Scheduler intrinsics as deferred calls and goroutines: the arguments are
// evaluated at the defer or go statement.
func main() {
	d := time.Millisecond
	defer fmt.Println("deferred sleep done")
	defer time.Sleep(d)
	d = time.Hour
	go time.Sleep(d)
	go runtime.Gosched()
	defer runtime.Gosched()
	defer runtime.GC()
	fmt.Println("main body done")
}
