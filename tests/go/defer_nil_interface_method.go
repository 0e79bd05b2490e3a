// `defer i.M()` and `go i.M()` evaluate the method value i.M at the
// statement: a nil interface panics there, not when the call runs
// (go1.19 test/fixedbugs/issue15975.go).
package main

import "fmt"

type Closer interface{ Close() }

type file struct{ name string }

func (f *file) Close() { fmt.Println("closing", f.name) }

var reached []string

func deferNil() {
	var x Closer
	defer x.Close()
	reached = append(reached, "after defer")
}

func goNil() {
	var x Closer
	go x.Close()
	reached = append(reached, "after go")
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	try("defer", deferNil)
	try("go", goNil)
	fmt.Println(reached)
	var c Closer = &file{"a"}
	func() {
		defer c.Close()
		c = &file{"b"}
	}()
}
