package main

import "fmt"

type S struct{}

func (s *S) String() string { return "" }

func main() {
	var st fmt.Stringer = S{}
	var e error = "err"
	var s S
	var i interface{} = s
	var t S = i
	_, _, _ = st, e, t
}
