// Conditions that compare with nil branch on the value's first word; pointer
// receivers and field loads are computed straight where they are used.
package main

import (
	"errors"
	"fmt"
)

type node struct {
	val         int
	left, right *node
	next        *node
	name        string
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func (n *node) depth(extra int) int {
	if nil == n.left && n.right == nil {
		return 1 + extra
	}
	d := 0
	if n.left != nil {
		d = n.left.depth(extra)
	}
	if !(n.right == nil) {
		if r := n.right.depth(extra); r > d {
			d = r
		}
	}
	return d + 1
}

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func describe(s []int, m map[string]int, c chan int, f func() int, i shape, e error, p *int) string {
	out := ""
	for _, isNil := range []bool{s == nil, m == nil, c == nil, f == nil, i == nil, e == nil, p == nil} {
		if isNil {
			out += "n"
		} else {
			out += "-"
		}
	}
	if s != nil && len(s) == 0 {
		out += " empty-slice"
	}
	if m == nil || c == nil {
		out += " some-nil"
	}
	return out
}

func main() {
	t := &node{val: 1, left: &node{val: 2, left: &node{val: 4}}, right: &node{val: 3}}
	fmt.Println(t.sum(), t.depth(10), t.left.depth(0), t.right.depth(5))

	// A linked list walked with p = p.next.
	var head *node
	for i := 0; i < 5; i++ {
		head = &node{val: i, next: head, name: fmt.Sprint("n", i)}
	}
	total, names := 0, ""
	for p := head; p != nil; p = p.next {
		total += p.val
		names += p.name
	}
	fmt.Println(total, names)

	x := 7
	fmt.Println(describe(nil, nil, nil, nil, nil, nil, nil))
	fmt.Println(describe([]int{}, map[string]int{}, make(chan int), func() int { return 1 }, sq{2}, errors.New("e"), &x))
	var sp *sq
	var i shape = sp
	fmt.Println(i == nil, i != nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	var broken *node
	fmt.Println(broken.sum())
	fmt.Println(broken.left.depth(1))
}
