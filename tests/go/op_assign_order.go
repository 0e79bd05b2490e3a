// `x op= y` as gc runs it: the calls in y run before x is read, a map
// element is looked up once (and created by the assignment), and / and %
// by zero panic before the map gains the key.
package main

import "fmt"

func main() {
	m := map[int]int{1: 10}
	m[1] += func() int { m[1] = 100; return 1 }()
	fmt.Println(m)

	x := 10
	p := &x
	*p += func() int { x = 100; return 1 }()
	fmt.Println(x)

	s := []int{10}
	s[0] += func() int { s[0] = 100; return 1 }()
	fmt.Println(s)

	k := map[string]int{}
	k["a"] += func() int { delete(k, "a"); k["b"] = 5; return 2 }()
	fmt.Println(k)

	words := map[string]string{"x": "a"}
	for i := 0; i < 3; i++ {
		words["x"] += "b"
		words["y"] += fmt.Sprint(i)
	}
	fmt.Println(words)

	fl := map[string]float64{}
	fl["pi"] += 3.5
	fl["pi"] *= 2
	bits := map[int]uint8{7: 1}
	bits[7] <<= 3
	bits[7] |= 2
	bits[7] &^= 8
	bits[9] ^= 255
	counts := map[[2]int]int{}
	for i := 0; i < 10; i++ {
		counts[[2]int{i % 3, i % 2}] += i
	}
	fmt.Println(fl, bits, len(counts), counts[[2]int{0, 0}])

	div := map[string]int{"n": 7}
	div["n"] /= 2
	div["n"] %= 2
	fmt.Println(div)

	defer func() { fmt.Println(recover(), len(div), div) }()
	zero := 0
	div["new"] /= zero
}
