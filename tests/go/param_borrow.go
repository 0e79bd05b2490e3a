// Struct and array parameters: a function that cannot change memory reads
// its caller's storage (FuncBuilder::canBorrowParams); everything else, and
// every way of keeping the value, still copies. Expected output from go1.19.
package main

import "fmt"

type T struct {
	n   int
	arr [3]int
}

var gT = T{n: 1}
var gp *T

func (t T) get() int       { return t.n + t.arr[0] }
func (t T) same() T        { return t }
func (t T) boxed() any     { return t }
func (t T) local() int     { x := t; x.n = 7; return x.n + t.n }
func (t T) named() (r T)   { r = t; r.n++; return }
func (t T) sliceOf() []int { a := t.arr; return a[:] }
func sum(a [3]int) int     { return a[0] + a[1] + a[2] }
func mut(t T) int          { t.n = 99; return t.n }
func (t T) viaGlobal() int { gp.n = 100; return t.n }
func (t T) str() string    { return fmt.Sprint(t.n) }

type I interface{ get() int }

func main() {
	p := T{n: 5, arr: [3]int{1, 2, 3}}
	fmt.Println(p.get(), gT.get(), sum(p.arr))
	q := p.same()
	q.n = 50
	fmt.Println(p.n, q.n)
	b := p.boxed()
	p.n = 6
	fmt.Println(b.(T).n, p.n)
	fmt.Println(p.local(), p.n)
	r := p.named()
	fmt.Println(r.n, p.n)
	s := p.sliceOf()
	s[0] = 42
	fmt.Println(p.arr[0], s[0])
	fmt.Println(mut(p), p.n)
	gp = &T{n: 1}
	var i I = gp
	fmt.Println(gp.viaGlobal(), i.get())
	gp.n = 1
	fmt.Println((*gp).viaGlobal(), gp.n)
	ts := []T{{n: 1}, {n: 2}}
	fmt.Println(ts[1].get(), ts[0].same().n)
	m := map[string]T{"a": {n: 3}}
	fmt.Println(m["a"].get())
	defer func() { fmt.Println(p.get()) }()
	f := p.get
	p.n = 8
	fmt.Println(f(), p.str())
}
