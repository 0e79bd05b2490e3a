package main

import "fmt"

// Holds on to ever more memory: `govm run --max-heap N` must stop it.
func main() {
	var keep [][]byte
	for i := 0; ; i++ {
		keep = append(keep, make([]byte, 1<<16))
		if i%1000 == 0 {
			fmt.Println(len(keep))
		}
	}
}
