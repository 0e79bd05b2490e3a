package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

// Slices of zero-size elements have any int length and grow to exactly
// the length needed; past that, and past gc's maxAlloc, make and append
// panic with gc's texts.
func main() {
	var s []struct{}
	for i := 0; i < 5; i++ {
		s = append(s, struct{}{})
		fmt.Print(len(s), cap(s), " ")
	}
	s = append(s, make([]struct{}, 10)...)
	fmt.Println(len(s), cap(s))
	huge := 1 << 62
	try("make zero-size", func() { fmt.Println(len(make([]struct{}, huge))) })
	try("append overflow", func() {
		t := make([]struct{}, huge)
		t = append(t, t...)
		t = append(t, t...)
		fmt.Println(len(t))
	})
	try("append1 overflow", func() {
		t := make([][0]int, 1<<63-1)
		t = append(t, [0]int{})
	})
	n := 1 << 50
	try("makeslice len", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]int, 1, n) })
	try("makeslice bytes", func() { _ = make([]byte, 1<<49) })
	try("makeslice huge", func() { _ = make([]int64, huge) })
	try("makechan", func() { _ = make(chan int, huge) })
}
