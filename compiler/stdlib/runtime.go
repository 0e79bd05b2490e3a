// Package runtime: the scheduler's few knobs scripts use, and the Error
// interface of run-time panics (the VM's runtime.errorString, plainError,
// boundsError and *TypeAssertionError values implement it:
// vm/builtin_natives.cpp).
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

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
