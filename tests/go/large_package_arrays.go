// Package-level arrays past 64K words (here 2.4 MB of them): the variables
// declared after them, scalars and arrays, still work (go1.19
// test/fixedbugs/issue4353.go).
package main

import "fmt"

var grid [300][300]int
var memo [200000]int64
var count int
var name = "after"
var tail [3]string
var paib *[200000]int64 = &memo
var i64 int64 = 100023

func main() {
	for i := 0; i < 300; i++ {
		grid[i][i] = i
		grid[299-i][i] += 2 * i
	}
	sum := 0
	for _, row := range grid {
		for _, v := range row {
			sum += v
		}
	}
	for i := range memo {
		memo[i] = int64(i % 7)
	}
	count = len(grid) + len(memo)
	tail[2] = name
	p := &grid[150]
	p[3] = 99
	fmt.Println(sum, count, memo[199999], paib[i64], tail, grid[150][3], len(name))
	defer func() { fmt.Println("recovered:", recover()) }()
	i64 = 300000
	_ = paib[i64]
}
