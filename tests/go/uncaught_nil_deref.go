package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func sum(n *Node, count int) int {
	total := 0
	for i := 0; i < count; i++ {
		total += n.val
		n = n.next
	}
	return total
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(sum(list, 3))
	fmt.Println(sum(list, 4))
}
