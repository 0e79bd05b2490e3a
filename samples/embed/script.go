// The script samples/embed/main.cpp runs. It imports the host's package,
// which the host declares in C++ (see main.cpp).
package main

import (
	"fmt"
	"host"
)

// Score is called by the host: a frame-local slice summed by the host.
func Score(words []string) int {
	lengths := make([]int, 0, len(words))
	for _, w := range words {
		lengths = append(lengths, len(w))
	}
	return host.Sum(lengths)
}

// Forever never returns: the host's instruction limit stops it.
func Forever() int {
	n := 0
	for {
		n++
	}
}

func main() {
	host.Log(fmt.Sprintf("script started, %d words score %d", 3, Score([]string{"go", "vm", "arena"})))
}
