// Interfaces that mention themselves through anonymous interfaces: type
// identity terminates (go1.19 test/fixedbugs/bug398.go) and their names are
// gc's, with "@N" where a type recurs (reflect's %T, escape analysis -m).
package main

import "fmt"

type I1 interface {
	F() interface{ I1 }
}

type I2 interface {
	F() interface{ I2 }
}

type impl struct{ n int }

func (i impl) F() interface{ I1 } { return impl{i.n + 1} }

var V1 I1
var V2 I2

func main() {
	fmt.Println(V1 == V2)
	fmt.Printf("%T\n", []interface{ I1 }{})
	fmt.Printf("%T\n", []I1{})
	var f func() interface{ I1 } = impl{}.F
	fmt.Printf("%T\n", f)
	fmt.Println(impl{1}.F().F())
}
