package main

import "fmt"

// copy handles overlap like memmove; slices of one array alias each other;
// nil and empty slices differ only in == nil.
func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	fmt.Println(n, s)

	b := make([]byte, 3)
	fmt.Println(copy(b, "hello"), string(b))

	// Remove an element in place.
	r := []string{"a", "b", "c", "d"}
	r = append(r[:1], r[2:]...)
	fmt.Println(r, len(r), cap(r))

	// Insert by appending to itself.
	in := []int{1, 2, 4, 5}
	in = append(in[:2], append([]int{3}, in[2:]...)...)
	fmt.Println(in)

	// Aliasing through sub-slices.
	base := [6]int{1, 2, 3, 4, 5, 6}
	x := base[1:3]
	y := base[2:5]
	x[1] = 30
	fmt.Println(y[0], base)
	x = append(x, 40) // writes base[3]
	fmt.Println(y[1], base, len(x), cap(x))
	z := x[:cap(x)]
	fmt.Println(z)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty), cap(empty))
	fmt.Printf("%v %v %d\n", nilS, empty, len(append(nilS, empty...)))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)

	// Full slice expression limits capacity so append copies.
	lim := base[0:2:2]
	lim = append(lim, 99)
	fmt.Println(base[2], lim)

	// Multi-dimensional.
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[0] = -1
	fmt.Println(grid)
	var arr2 [2][3]int
	arr2[1][2] = 5
	cp := arr2
	cp[0][0] = 1
	fmt.Println(arr2, cp)
}
