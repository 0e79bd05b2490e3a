// Escape lines (-m) of implicit and explicit interface conversions: the
// positions go1.19 gives their boxes, and the IR rendering of derefs,
// devirtualized calls and methods promoted through an embedded interface.
package main

import "fmt"

type T struct{ a, b int }

type Node struct {
	Val  int
	Next *Node
}

func f(x int) int { return x + 1 }

type Namer interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Name() string { return d.name }

type Store interface{ Keys() []string }

type memStore struct{ keys []string }

func (s *memStore) Keys() []string { return s.keys }

type wrapped struct {
	Store
	writes int
}

func main() {
	var e interface{}
	x, y := 3, 4
	e = f(x)
	fmt.Println(e)
	e = T{x, y}
	fmt.Println(e)
	var e2 interface{} = T{x, y}
	var e3, e4 interface{} = T{x, 1}, f(y)
	fmt.Println(e2, e3, e4)
	arr := []interface{}{nil}
	arr[0] = x + y
	arr[f(x)-4] = y
	fmt.Println(arr)
	m := map[interface{}]int{}
	fmt.Println(m[x], m[x+y], m[f(y)])
	m[x] = 1
	ch := make(chan interface{}, 3)
	ch <- x
	ch <- T{x, y}
	ch <- f(x)
	fmt.Println(len(ch), interface{}(x) == e)
	n := &Node{1, &Node{2, nil}}
	pp := &n
	fmt.Println((**pp).Next.Val, -(-x), ^(-x), (x+y)*2)
	q := &T{5, 6}
	qq := &q
	fmt.Println(**qq)
	var nm Namer = Dog{"rex"}
	fmt.Println(nm.Name())
	w := &wrapped{Store: &memStore{[]string{"a"}}}
	fmt.Println(w.Keys(), w.writes)
	var p *T = &T{1, 2}
	e = p.a
	fmt.Println(e, []interface{}{x, y, p.b})
	defer func() { fmt.Println(recover()) }()
	if x > 0 {
		panic(x)
	}
}
