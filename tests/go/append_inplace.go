// `x = append(x, v)` grows x in place; each element size and the cases that
// must still copy (aliases, fields, captured variables) print what Go prints.
package main

import "fmt"

type node struct{ v int }

func main() {
	var ints []int
	for i := 0; i < 100; i++ {
		ints = append(ints, i*i-50)
	}
	fmt.Println(len(ints), cap(ints) >= 100, ints[0], ints[99])

	var bs []byte
	for i := 0; i < 300; i++ {
		bs = append(bs, byte(i))
	}
	fmt.Println(len(bs), bs[0], bs[255], bs[256], bs[299])

	var i8 []int8
	for i := -3; i < 3; i++ {
		i8 = append(i8, int8(i*50))
	}
	fmt.Println(i8)

	var flags []bool
	for i := 0; i < 5; i++ {
		flags = append(flags, i%2 == 0)
	}
	fmt.Println(flags)

	var fs []float64
	for i := 0; i < 4; i++ {
		fs = append(fs, float64(i)/3)
	}
	fmt.Printf("%.4f\n", fs)

	// Pointer elements stay reachable while the slice grows through many
	// collections.
	var nodes []*node
	for i := 0; i < 20000; i++ {
		nodes = append(nodes, &node{i})
	}
	sum := 0
	for _, n := range nodes {
		sum += n.v
	}
	fmt.Println(len(nodes), sum)

	// The appended value reads the slice before it grows.
	self := []int{1}
	for i := 0; i < 5; i++ {
		self = append(self, self[len(self)-1]*2+len(self))
	}
	fmt.Println(self)

	// An alias shares the backing array while there is room, not after.
	base := make([]int, 2, 3)
	alias := base
	base = append(base, 7)
	fmt.Println(base, alias, alias[:3])
	base = append(base, 8)
	base[0] = 99
	fmt.Println(base, alias[:3])

	// A field, a captured variable and multi-slot elements.
	holder := struct{ xs []int }{}
	holder.xs = append(holder.xs, 1)
	holder.xs = append(holder.xs, 2)
	var words []string
	add := func(w string) { words = append(words, w) }
	add("go")
	add("vm")
	type pair struct{ a, b int }
	var pairs []pair
	pairs = append(pairs, pair{1, 2})
	pairs = append(pairs, pair{3, 4})
	var anys []interface{}
	anys = append(anys, 1)
	anys = append(anys, "two")
	fmt.Println(holder.xs, words, pairs, anys)

	// append to another variable leaves the operand unchanged.
	a := make([]int, 0, 1)
	b := append(a, 5)
	a = append(a, 6)
	fmt.Println(a, b, len(a), len(b))

	defer func() { fmt.Println("recovered:", recover(), len(ints)) }()
	var limit []int
	ints = append(ints, limit[3])
}
