package main

import "fmt"

func convert(s []int) (p *[3]int, err interface{}) {
	defer func() { err = recover() }()
	return (*[3]int)(s), nil
}

// (*[N]T)(s) is the slice's array when len(s) >= N, else a bounds panic.
func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[1] = 20
	fmt.Println(*p, s, len(p))
	q := (*[2]int)(s[2:])
	q[0] = 30
	fmt.Println(*q, s)
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)(s[:0]) == nil, (*[0]int)(make([]int, 0)) == nil)
	for _, t := range [][]int{s, s[:3], s[1:3], nil, {}} {
		p, err := convert(t)
		fmt.Printf("%v %T %v\n", p != nil, err, err)
	}
}
