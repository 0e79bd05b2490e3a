// A call whose arguments are another call's results, h(g()): the outer
// results keep their own types when assigned or passed on.
package main

import "fmt"

func g() (int, int)                     { return 2, 0 }
func h(a, b int) (int, error)           { return a + b, nil }
func k() (string, float64)              { return "k", 1.5 }
func j(s string, f float64) (any, bool) { return s, f > 1 }

func main() {
	n, err := h(g())
	fmt.Println(n, err)
	fmt.Println(h(g()))
	var x, y any = j(k())
	fmt.Println(x, y)
	fmt.Println(j(k()))
}
