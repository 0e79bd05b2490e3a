// Duration's float accessors split off whole units before dividing, so
// their last digits are Go's, and Abs saturates at the most negative value.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		90*time.Minute + 30*time.Second + 5*time.Millisecond,
		-(90*time.Minute + 30*time.Second + 5*time.Millisecond),
		1,
		-1,
		time.Duration(math.MaxInt64),
		time.Duration(math.MinInt64),
		123456789 * time.Nanosecond,
		7*time.Hour + 59*time.Minute + 59*time.Second + 999999999,
	}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(), d.Abs())
	}
}
