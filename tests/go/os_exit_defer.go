package main

import (
	"fmt"
	"os"
)

// os.Exit ends the program at once: deferred calls do not run and the
// status is the argument.  println writes to stderr.
func finish(code int) {
	defer fmt.Println("finish deferred (not printed)")
	fmt.Println("exiting with", code)
	println("stderr:", code, true, 2.5, "end")
	os.Exit(code)
}

func main() {
	defer fmt.Println("main deferred (not printed)")
	fmt.Println("start")
	finish(3)
	fmt.Println("not reached")
}
