// Method expressions on type literals: interface{ m1(string) }.m1 and
// struct{ S }.m1 (go1.19 test/method7.go).
package main

import "fmt"

type S struct{}

func (S) m1(s string) { fmt.Println("m1", s) }

func main() {
	f := interface{ m1(string) }.m1
	f(S{}, "b")
	interface{ m1(string) }.m1(S{}, "c")
	(interface{ m1(string) }).m1(S{}, "d")
	g := struct{ S }.m1
	g(struct{ S }{}, "e")
	fmt.Println(map[string]int{}, []int(nil), func() int { return 1 }())
}
