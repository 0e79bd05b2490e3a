package main

import "fmt"

type T struct{ x int }

func (t T) String() string { return "T" }

var values []fmt.Stringer

func main() {
	var p *T
	values = append(values, p)
	for _, v := range values {
		fmt.Println(v.String())
	}
}
