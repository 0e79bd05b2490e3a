package main

import "fmt"

// Tuple assignment evaluates index operands and right-hand sides first,
// then assigns left to right.
var trace []string

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

func pair() (int, string) { return 7, "seven" }

type Box struct{ v int }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)

	x := []int{1, 2, 3}
	j := 1
	x[j], j = 5, 2
	fmt.Println(x, j)

	arr := []int{0, 0, 0}
	arr[val("idx", 1)] = val("rhs", 4)
	fmt.Println(arr, trace)

	trace = nil
	m := map[string]int{}
	m["a"], m["b"] = val("first", 1), val("second", 2)
	fmt.Println(m, trace)

	n, word := pair()
	fmt.Println(n, word)
	_, word2 := pair()
	fmt.Println(word2)

	// Operands are evaluated left to right.
	trace = nil
	sum := val("l", 1) + val("m", 2)*val("r", 3)
	fmt.Println(sum, trace)

	// op-assignment evaluates the index once.
	trace = nil
	cnt := []int{0, 0}
	cnt[val("once", 1)] += 5
	fmt.Println(cnt, trace)

	// Pointer and struct field swaps.
	p, q := &Box{1}, &Box{2}
	p.v, q.v = q.v, p.v
	fmt.Println(p.v, q.v)
	p, q = q, p
	fmt.Println(p.v, q.v)

	// Shadowing in an inner scope does not touch the outer variable.
	v := 1
	{
		v := 2
		v++
		_ = v
	}
	if v := 10; v > 5 {
		fmt.Println("inner", v)
	}
	fmt.Println("outer", v)
}
