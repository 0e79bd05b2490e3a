// Package runtime: the scheduler's few knobs scripts use.
package runtime

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GC runs a garbage collection.
func GC()

// NumCPU returns 1: a govm VM runs its goroutines on one thread.
func NumCPU() int { return 1 }

// GOMAXPROCS reports 1 and ignores n, for the same reason.
func GOMAXPROCS(n int) int { return 1 }
