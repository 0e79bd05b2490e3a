package main

import "fmt"

// An uncaught runtime panic: deferred calls run (and print) first, then the
// program dies with status 2 and "panic: runtime error: ..." on stderr.
func at(s []string, i int) string {
	defer fmt.Println("leaving at", i)
	return s[i]
}

func main() {
	defer fmt.Println("main deferred")
	s := []string{"a", "b"}
	fmt.Println(at(s, 1))
	fmt.Println(at(s, 5))
	fmt.Println("not reached")
}
