package main

func exprs(xs []int, m map[string]*T, ch chan<- int, f func(int) (int, error)) {
	a := -xs[0] + xs[1]*2 - ^xs[2]
	b := a<<1 | a&^3 == 0 && !(a > 1) || a%2 != 0
	c := xs[1:2:3]
	d := m["k"].f.g(a, b...)
	e := &T{x: 1, y: []int{1, 2}}
	g := [...]string{2: "c", 0: "a"}
	h := map[string][]int{"a": {1}, "b": nil}
	v, ok := i.(fmt.Stringer)
	r := <-ch2
	k := func(x int) int { return x * x }(3)
	l := []byte("s")
	n := *p
	o := 'x' + 0x1F + 1.5e3 + 0o17
}
