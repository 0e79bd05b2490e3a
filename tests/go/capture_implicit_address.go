// A method call with a pointer receiver on a variable takes its address
// implicitly (gc's OADDR): a closure then captures the variable by
// reference, unless a pointer on the embedding path lies between (-m=2).
package main

import "fmt"

type C struct{ n, m int }

func (c *C) Inc() { c.n++ }

type Outer struct {
	C
	p *C
}

type PO struct{ *C }

func main() {
	var c C
	c.Inc()
	f := func() { fmt.Println(c.n) }
	f()
	var d C
	g := func() { d.Inc() }
	g()
	fmt.Println(d.n)
	var o Outer
	o.Inc()
	i := func() { fmt.Println(o.n) }
	i()
	po := PO{&C{}}
	po.Inc()
	j := func() { fmt.Println(po.n) }
	j()
	var mv C
	inc := mv.Inc
	inc()
	k := func() { fmt.Println(mv.n) }
	k()
	var dc C
	defer func() { fmt.Println("deferred", dc.n) }()
	defer dc.Inc()
	l := func() { fmt.Println(dc.n) }
	l()
	var gc C
	done := make(chan bool)
	go func() { gc.Inc(); done <- true }()
	<-done
	m := func() { fmt.Println(gc.n) }
	m()
}
