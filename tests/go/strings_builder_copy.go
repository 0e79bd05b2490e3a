package main

import (
	"fmt"
	"strings"
)

type doc struct {
	title string
	body  strings.Builder
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func build(s string) strings.Builder {
	var b strings.Builder
	b.WriteString(s)
	return b
}

func main() {
	var a strings.Builder
	a.WriteString("a")
	b := a
	fmt.Println(b.String(), b.Len(), b.Cap() >= 1) // reading a copy is allowed
	try("WriteString", func() { b.WriteString("x") })
	try("WriteByte", func() { b.WriteByte('x') })
	try("WriteRune", func() { b.WriteRune('☺') })
	try("Write", func() { b.Write([]byte("x")) })
	try("Grow", func() { b.Grow(10) })
	try("Fprintf", func() { fmt.Fprintf(&b, "%d", 1) })
	b.Reset()
	b.WriteString("after reset")
	fmt.Println(b.String(), a.String())

	var zero strings.Builder
	z := zero // copying a zero Builder is fine
	z.WriteString("z")
	zero.WriteString("zero")
	fmt.Println(z.String(), zero.String())

	try("returned", func() {
		r := build("r")
		r.WriteString("!")
		fmt.Println(r.String())
	})
	d := &doc{title: "t"}
	d.body.WriteString("field ")
	d.body.WriteString("ok")
	fmt.Println(d.body.String())
	try("struct copy", func() {
		e := *d
		e.body.WriteString("x")
	})
	docs := make([]doc, 1, 1)
	docs[0].body.WriteString("in slice")
	docs = append(docs, doc{})
	try("slice growth", func() { docs[0].body.WriteString("!") })
	p := &strings.Builder{}
	for i := 0; i < 3; i++ {
		var local strings.Builder
		local.WriteString(fmt.Sprint(i))
		p.WriteString(local.String())
	}
	fmt.Println(p.String())
}
