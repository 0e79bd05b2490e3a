package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

// Printing an uncaught panic calls its Error method first; a panic there
// (here a nil dereference) is a fatal error.
func main() {
	var e *MyErr
	fmt.Println("before")
	panic(e)
}
