// stats: one allocation site that stays in the frame arena and two that
// escape to the heap. Compare
//
//	govm run --stats samples/stats.go
//	govm run --stats --escape=off samples/stats.go
//	govm build -m samples/stats.go
package main

import "fmt"

type point struct{ x, y int }

var kept []*point

// sum's slice never leaves the call: the escape pass puts it in sum's arena
// region, which is released when sum returns.
func sum(n int) int {
	buf := make([]int, n)
	for i := range buf {
		buf[i] = i
	}
	s := 0
	for _, v := range buf {
		s += v
	}
	return s
}

// keep stores its point in a global slice: the point escapes to the heap,
// and so does the slice's growth.
func keep(x, y int) {
	kept = append(kept, &point{x, y})
}

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		total += sum(16)
		if i%100 == 0 {
			keep(i, total)
		}
	}
	fmt.Println(total, len(kept))
}
