package main

import "fmt"

type Registry struct {
	names map[string]int
}

func (r *Registry) Add(name string) {
	r.names[name] = len(r.names)
}

func main() {
	var r Registry
	fmt.Println("lookup:", r.names["x"], len(r.names))
	r.Add("first")
	fmt.Println("not reached")
}
