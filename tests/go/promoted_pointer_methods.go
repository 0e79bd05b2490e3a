// Pointer methods promoted from an embedded field that is not a struct
// (type Counter int) take the field's address, through *S in an interface,
// a method value and a direct call (go1.19 test/interface/receiver.go).
package main

import "fmt"

type Counter int

func (c *Counter) Inc()     { *c++ }
func (c Counter) Get() int  { return int(c) }
func (c *Counter) Ptr() int { return int(*c) * 10 }

type Incer interface {
	Inc()
	Get() int
}

type S struct {
	Counter
	name string
}

func main() {
	s := S{Counter: 1, name: "s"}
	var i Incer = &s
	i.Inc()
	i.Inc()
	fmt.Println(i.Get(), s.Counter, s.Get(), s.Ptr())
	inc := s.Inc
	inc()
	get := (&s).Get
	fmt.Println(s.Counter, get())
}
