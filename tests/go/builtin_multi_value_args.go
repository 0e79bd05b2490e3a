// Builtins called with one multi-value call, as gc allows: copy(f()),
// delete(g()), append(h()), print(k()), println(k()) (go1.19 test/fixedbugs/issue15992.go).
package main

import "fmt"

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func g(a []byte) ([]byte, string) { return a, "xy" }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func nums() ([]int, int, int)       { return []int{1}, 2, 3 }
func three() (int, float64, string) { return 7, 2.5, "s" }
func ints() (int, int, int)         { return 4, -2, 9 }
func strs() (string, string)        { return "b", "a" }
func keyed() (map[string]bool, string) {
	return map[string]bool{"x": true, "y": true}, "x"
}

type Named int

func named() ([]Named, Named) { return nil, 5 }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a)
	b := []byte{1, 2, 3}
	n = copy(g(b))
	fmt.Println(n, b)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m), m)
	km, _ := keyed()
	delete(keyed())
	fmt.Println(km)
	fmt.Println(append(nums()))
	fmt.Println(append(named()))
	println(three())
	println(ints())
	print(strs())
	print("\n")
}
