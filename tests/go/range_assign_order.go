// A range loop with = assigns key and value as one assignment statement:
// the left operands are evaluated before either store (go1.19 test/range.go).
package main

import "fmt"

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)
	m := map[string]int{"k": 5}
	var k string
	arr := [3]string{}
	j := 2
	for j, arr[j] = range []string{"a", "b"} {
	}
	fmt.Println(j, arr)
	for k, m[k] = range map[string]int{"z": 1} {
	}
	fmt.Println(k, m)
	i, x[i] = 1, 7
	fmt.Println(i, x)
	var p struct{ a, b int }
	q := &p
	for q.a, q.b = range []int{4} {
	}
	fmt.Println(p)
	ch := make(chan int, 2)
	ch <- 8
	close(ch)
	n := 0
	cs := []int{0, 0}
	for cs[n] = range ch {
		n = 1
	}
	fmt.Println(cs)
	s := "héllo"
	idx := []int{0, 0, 0}
	r := []rune{0, 0, 0}
	t := 0
	for idx[t], r[t] = range s {
		if t < 2 {
			t++
		}
	}
	fmt.Println(idx, string(r))
}
