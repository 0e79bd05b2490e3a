package main

import "fmt"

func f(s *fmt.Stringer) {
	s.String()
}

func main() {}
