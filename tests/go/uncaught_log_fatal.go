package main

import (
	"fmt"
	"log"
)

// log.Fatalf writes its line to standard error and exits with status 1; the
// deferred call does not run.
func main() {
	defer fmt.Println("not printed")
	log.SetFlags(0)
	fmt.Println("before")
	log.Fatalf("fatal: %d", 7)
}
