package main

import "fmt"

type Stack struct{ items []interface{} }

func (s *Stack) Push(v interface{}) { s.items = append(s.items, v) }

func (s *Stack) PopInt() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v.(int)
}

func main() {
	var s Stack
	s.Push("hello")
	s.Push(7)
	fmt.Println(s.PopInt())
	fmt.Println(s.PopInt())
}
