// Ranging over a nil pointer to an array only for its indexes never reads
// the array (go1.19 test/fixedbugs/bug454.go); asking for the values does.
package main

import "fmt"

func main() {
	var arr *[10]int
	s := 0
	for i, _ := range arr {
		s += i
	}
	for i := range arr {
		s += i
	}
	var j int
	for j, _ = range arr {
	}
	fmt.Println(s, j, len(arr))
	defer func() { fmt.Println("recovered:", recover()) }()
	for _, v := range arr {
		s += v
	}
}
