// sort.Ints and sort.Strings are natives (runtime/lib/sort.cpp): extremes,
// duplicates, empty and nil slices, sub-slices, and byte-wise string order.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{5, -3, 9, 0, -3, 1 << 62, -1 << 63, 7}
	sort.Ints(a)
	fmt.Println(a, sort.IntsAreSorted(a))
	var none []int
	sort.Ints(none)
	sort.Ints(a[:0])
	s := []string{"b", "a", "ä", "", "ab", "B", "\xff", "a\x00", "zz", "a"}
	sort.Strings(s)
	fmt.Printf("%q %v\n", s, sort.StringsAreSorted(s))
	part := []int{9, 8, 7, 6, 5}
	sort.Ints(part[1:4])
	fmt.Println(part)
}
