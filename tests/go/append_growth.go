package main

import "fmt"

// Capacity sequences of append growth (go1.19: double below 256 elements,
// then 1.25x plus slack, rounded up to malloc size classes).
type Triple struct{ a, b, c int64 }

type Odd struct {
	x, y int32
	z    byte
}

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()

	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()

	var strs []string
	last = -1
	for i := 0; i < 1000; i++ {
		strs = append(strs, "s")
		if cap(strs) != last {
			last = cap(strs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()

	var triples []Triple
	last = -1
	for i := 0; i < 1000; i++ {
		triples = append(triples, Triple{int64(i), 0, 0})
		if cap(triples) != last {
			last = cap(triples)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()

	var odds []Odd
	last = -1
	for i := 0; i < 1500; i++ {
		odds = append(odds, Odd{})
		if cap(odds) != last {
			last = cap(odds)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()

	// Appending several elements at once.
	a := []int{1, 2, 3}
	a = append(a, 4, 5, 6, 7, 8)
	fmt.Println(len(a), cap(a))
	b := append([]byte("hello"), " world, longer"...)
	fmt.Println(len(b), cap(b), string(b))
	c := append([]int(nil), make([]int, 13)...)
	fmt.Println(len(c), cap(c))
	d := append(make([]int, 300), 1)
	fmt.Println(len(d), cap(d))
	e := append(make([]int64, 5, 5), make([]int64, 20)...)
	fmt.Println(len(e), cap(e))

	// Aliasing: append within capacity writes into the shared array.
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x[3], y[3], len(base))
	full := []int{1, 2, 3}
	p := append(full, 4)
	q := append(full, 5)
	fmt.Println(p[3], q[3])
}
