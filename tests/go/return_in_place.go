package main

import "fmt"

func and1(b, c bool) bool { return c && b }
func or1(b, c bool) bool  { return c || !b }
func cond(x int) bool     { return x > 0 && x < 10 }
func neg(x int) int       { return -x }
func sq(x int) int        { return x*x + x }
func mix(b bool, x int) bool {
	return x > 3 && b
}

type node struct {
	v    int
	next *node
}

func nxt(p *node) *node { return p.next }
func val(p *node) int   { return p.v + nxt(p).v }
func look(m map[int]int, k int) int {
	return m[k] + k
}
func cap1(x int) func() int    { return func() int { return x } }
func assert(i interface{}) int { return i.(int) + 1 }
func str(s string) int         { return len(s) + int(s[0]) }
func sl(s []int, i int) int    { return s[i] * i }
func f2(x float64) float64     { return x*0.5 + x }
func div(a, b int) int         { return a / b }
func ch(c chan int) int        { return <-c + 1 }
func bits(x uint8) uint8       { return x<<3 | x>>5 }
func cmpb(a, b int) bool       { return a < b == (b > 0) }

func main() {
	var b, c bool
	b, c = true, false
	b = c && b
	fmt.Println(b)
	b, c = false, true
	c = c && b
	fmt.Println(c)
	fmt.Println(and1(true, false), and1(false, true), and1(true, true))
	fmt.Println(or1(true, false), or1(false, false), or1(true, true))
	fmt.Println(cond(5), cond(-1), cond(12))
	fmt.Println(neg(3), sq(7), mix(true, 5), mix(false, 5), mix(true, 1))
	n := &node{1, &node{2, nil}}
	fmt.Println(nxt(n).v, val(n))
	fmt.Println(look(map[int]int{3: 4}, 3), look(nil, 5))
	fmt.Println(cap1(9)())
	fmt.Println(assert(41), str("abc"), sl([]int{1, 2, 3}, 2), f2(3))
	fmt.Println(div(7, 2), bits(0x81), cmpb(1, 2), cmpb(3, 2))
	cc := make(chan int, 1)
	cc <- 5
	fmt.Println(ch(cc))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(div(1, 0))
}
