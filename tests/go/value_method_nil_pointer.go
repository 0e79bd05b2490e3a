package main

import "fmt"

type T struct{ x int }

func (t T) M() int { return 1 }
func (t T) N() int { return t.x }

type Num int

func (n Num) M() int { return 2 }
func (n Num) N() int { return int(n) }

type S struct{ T }

type I interface {
	M() int
	N() int
}

//go:noinline
func callM(name string, i I) {
	defer func() { fmt.Println(name, "M:", recover()) }()
	fmt.Println(i.M())
}

//go:noinline
func callN(name string, i I) {
	defer func() { fmt.Println(name, "N:", recover()) }()
	fmt.Println(i.N())
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

var global I

func main() {
	var p *T
	var n *Num
	var s *S
	callM("*T", p)
	callN("*T", p)
	callM("*Num", n)
	callN("*Num", n)
	callM("*S", s)
	callN("*S", s)
	global = p
	try("global", func() { global.M() })
	try("method expr", func() { f := (*T).M; f(p) })
	try("method expr Num", func() { f := (*Num).N; f(n) })
	try("interface method expr", func() { f := I.M; f(p) })
	try("interface method value", func() { f := global.M; f() })
	try("direct", func() { p.M() })
	try("method value", func() { f := p.M; _ = f })
	try("devirtualized", func() {
		var i I = p
		i.M()
	})
	try("deferred", func() {
		defer global.N()
	})
	var q *T = &T{7}
	global = q
	try("non-nil", func() { fmt.Println(global.M(), global.N()) })
}
