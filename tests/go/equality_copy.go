package main

import "fmt"

// Arrays and structs are values: assignment, parameters, range and map
// reads copy them; == compares element by element.
type Inner struct {
	Tags [2]string
	N    int
}

type Outer struct {
	In  Inner
	Ptr *int
	S   []int
}

func mutate(a [3]int, in Inner) {
	a[0] = 100
	in.Tags[0] = "changed"
}

func mutatePtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b, a == [3]int{1, 2, 3})
	mutate(a, Inner{})
	fmt.Println(a)
	mutatePtr(&a)
	fmt.Println(a)

	in := Inner{[2]string{"x", "y"}, 1}
	in2 := in
	in2.Tags[1] = "z"
	fmt.Println(in, in2, in == in2)
	in2.Tags[1] = "y"
	fmt.Println(in == in2)

	n := 5
	o1 := Outer{in, &n, []int{1}}
	o2 := o1
	o2.In.N = 9
	*o2.Ptr = 6
	o2.S[0] = 7
	fmt.Println(o1.In.N, o2.In.N, *o1.Ptr, o1.S[0])

	// range copies the array before iterating.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	// but not a slice.
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 10
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	// Struct values in maps and slices.
	m := map[string]Inner{"k": in}
	got := m["k"]
	got.N = 50
	fmt.Println(m["k"].N, got.N)
	items := []Inner{in, in}
	for _, it := range items {
		it.N = 77
	}
	fmt.Println(items[0].N)
	for i := range items {
		items[i].N = 77
	}
	fmt.Println(items[0].N, items[0] == items[1])

	// Interface equality: dynamic type and value.
	var x, y interface{} = 3, 3
	var z interface{} = int64(3)
	var e1, e2 interface{} = Inner{N: 1}, Inner{N: 1}
	fmt.Println(x == y, x == z, e1 == e2, x != nil)
	var p1, p2 *int = &n, &n
	q := 6
	fmt.Println(p1 == p2, p1 == &q, *p1 == q)

	// Array of structs as map keys.
	type Key [2]struct{ A, B int }
	km := map[Key]int{}
	km[Key{{1, 2}, {3, 4}}]++
	km[Key{{1, 2}, {3, 4}}]++
	fmt.Println(len(km), km[Key{{1, 2}, {3, 4}}])

	// Zero values.
	var zi Inner
	var zo Outer
	fmt.Println(zi == Inner{}, zo.Ptr == nil, zo.S == nil, len(zo.S))
	fmt.Printf("%v %+v\n", zi, zo.In)
}
