package main

import "fmt"

// Deferred builtin calls evaluate their arguments at the defer statement.
func cleanup(m map[string]int) (n int) {
	defer delete(m, "a")
	x := 5
	defer println("deferred println", x, x == 5)
	x = 7
	defer fmt.Println("x now", x)
	defer recover() // recover as the deferred function itself stops nothing
	return len(m)
}

func panics() {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer panic(fmt.Sprint("boom ", 42))
	fmt.Println("in panics")
}

func copies() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	func() {
		defer copy(dst, src)
		src = []int{9, 9, 9}
	}()
	fmt.Println(dst)
	s := []int{4, 5}
	func() {
		defer func() { s[0] = 0 }()
	}()
	fmt.Println(s)
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(cleanup(m), len(m))
	panics()
	copies()
}
