package main

import "fmt"

// print and println write to stderr, never stdout: with exit status 0 only
// stdout is compared, so this checks they do not leak into it.
type T struct{ a int }

func main() {
	fmt.Println("stdout 1")
	println("println", 1, -2, true, "s", 3.5, float32(0.25), 'x')
	print("print", 1, 2, "\n")
	var p *T
	var e error
	var sl []int
	println(p == nil, e == nil, len(sl), uint8(200), int64(-1<<63))
	fmt.Println("stdout 2")
	print()
	println()
	fmt.Print("stdout 3\n")
}
