package main

import "fmt"

type S []int
type M map[string]int

func mk() *[]string { return &[]string{"r", "s"} }

func mkm() *M { return &M{"k": 3} }

var keep []*[]int

// The cells do not escape, the values they hold do.
func cellValue() []int {
	ps := []*[]int{{1, 2}}
	return *ps[0]
}

func cellMap() map[int]int {
	ps := [1]*map[int]int{{1: 2}}
	return *ps[0]
}

// &T{...} of a slice or map type is a new cell holding the literal's value,
// also when elided in a literal of pointers.
func main() {
	p := &[]int{1, 2}
	*p = append(*p, 3)
	fmt.Println(*p, len(*p), cap(*p))
	q := &map[string]int{"a": 1}
	(*q)["b"] = 2
	fmt.Println(*q, len(*q))
	ps := &S{1, 2, 3}
	fmt.Println(*ps, len(*ps))
	r := mk()
	fmt.Println(*r, len(*r))
	m := mkm()
	fmt.Println(*m)
	elided := []*[]int{{1}, {2, 3}, nil}
	fmt.Println(len(elided), *elided[0], *elided[1], elided[2] == nil)
	mm := map[string]*map[int]int{"x": {1: 2}}
	fmt.Println(*mm["x"])
	for i := 0; i < 3; i++ {
		keep = append(keep, &[]int{i, i * i})
	}
	for _, k := range keep {
		fmt.Print(*k, " ")
	}
	fmt.Println()
	arr := [2]*S{{4}, {5, 6}}
	fmt.Println(*arr[0], *arr[1])
	type T struct{ P *[]string }
	t := T{P: &[]string{"in"}}
	fmt.Println(*t.P)
	fmt.Println(&[]int{7}, &map[int]bool{1: true}, &S{8}, []*S{{9}}[0])
	var e *[]int = &[]int{}
	fmt.Println(*e == nil, len(*e))
	cv, cm := cellValue(), cellMap()
	fill := make([]int, 64)
	fmt.Println(cv, cm, len(fill))
}
