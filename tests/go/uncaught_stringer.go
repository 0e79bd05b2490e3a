package main

import "fmt"

// A panic value that is a fmt.Stringer but not an error prints String().
type State int

func (s State) String() string { return fmt.Sprintf("State<%d>", int(s)) }

func main() {
	fmt.Println(State(1))
	panic(State(3))
}
