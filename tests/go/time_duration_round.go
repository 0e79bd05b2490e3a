package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500, 1500000, 1500 * time.Millisecond, -1500 * time.Microsecond,
		25*time.Hour + 1, math.MaxInt64, math.MinInt64, math.MaxInt64 - 5, math.MinInt64 + 5}
	ms := []time.Duration{-1, 0, 1, 3, time.Millisecond, 7 * time.Millisecond, time.Second, time.Hour, math.MaxInt64}
	for _, d := range ds {
		fmt.Print(d, ":")
		for _, m := range ms {
			fmt.Print(" ", d.Round(m), "/", d.Truncate(m))
		}
		fmt.Println()
	}
}
