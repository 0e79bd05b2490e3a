package main

import (
	"fmt"
	"math"
	"strings"
)

// Evaluation order within a statement, as gc orders it (walk/order.go):
// calls, receives, appends, && and || and a few others are hoisted into
// temporaries first, left to right; memory reads that are not hoisted
// (fields through pointers, elements, *p, globals, captured variables)
// happen after all of them. govm must print what gc prints.

type counter struct {
	n    int
	name string
	s    []int
	any  interface{}
	p    pair
}

type pair struct{ a, b int }

func (c *counter) next() int {
	c.n++
	c.p.a++
	return c.n
}

func (c *counter) Next() int { return c.next() }

func (c *counter) setName() string { c.name = "new"; return "!" }

func (c *counter) two() (int, int) { return c.next(), c.next() }

func (c *counter) mk() pair { c.n += 10; return pair{c.n, -c.n} }

type nexter interface{ Next() int }

type val struct{ x int }

func (v val) show(a int) string { return fmt.Sprint("show ", v.x, " ", a) }

func (v val) show2(a int) { fmt.Println("defer show2", v.x, a) }

type holder struct {
	p    pair
	flag bool
	fn   func(int) int
	v    val
	q    *pair
	any  interface{}
}

func (h *holder) touch() int {
	h.p.a++
	h.flag = !h.flag
	h.v.x++
	return h.p.a
}

func show(a, b int) string { return fmt.Sprint(a, " ", b) }

func add(a, b int) int { return a*100 + b }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

var g = 10

func bump() int { g++; return g }

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	basics()
	nested()
	logical()
	receives()
	conversions()
	assignments()
	control()
	builtins()
	calls()
	deferred(&counter{n: 12})
	unordered()
}

// The cases of the original report.
func basics() {
	c := &counter{}
	fmt.Println(c.n - c.next())
	fmt.Println(show(c.n, c.next()))
	a, b := c.n, c.next()
	fmt.Println(a, b)
	s := []int{c.n, c.next()}
	fmt.Println(s)
	fmt.Println(g + bump())
	fmt.Println(g+1 < bump())
	x := 5
	inc := func() int { x++; return x }
	fmt.Println(x + inc())
	arr := []int{1, 2, 3}
	set := func() int { arr[0] = 100; return 1 }
	fmt.Println(arr[0] + set())
	m := map[int]int{1: 1}
	mset := func() int { m[1] = 50; return 1 }
	fmt.Println(m[1] + mset())
	str := "a"
	sset := func() string { str = "zz"; return "b" }
	fmt.Println(str + sset())
	p := &x
	fmt.Println(*p * inc())
	fmt.Println(c.n, c.next(), c.n)
	type T struct{ a, b int }
	t := T{c.n, c.next()}
	fmt.Println(t)
	y := c.n + c.next()*c.n
	fmt.Println(y)
	if c.n == c.next() {
		fmt.Println("eq")
	} else {
		fmt.Println("ne")
	}
	var arr2 [3]int
	arr2[c.n%3] = c.next()
	fmt.Println(arr2)
}

// A call's arguments are read when the call is made, after the calls
// nested in them.
func nested() {
	c := &counter{n: 10}
	fmt.Println(show(c.n, len(show(c.n, c.next()))))
	fmt.Println(add(c.n, add(c.n, c.next())))
	fmt.Println(add(c.two()))
	w := struct{ c *counter }{c}
	fmt.Println(w.c.n, w.c.next())
	fmt.Println(c.n, c.n+c.n*c.next()-c.n)
}

// && and ||: each side is ordered like a statement of its own, the whole
// evaluated where it stands.
func logical() {
	c := &counter{n: 20}
	fmt.Println(c.n, c.n == c.next() && c.n > 0, c.n)
	fmt.Println(c.n > 100 || c.n == c.next(), c.n)
	ok := c.n < 0 && c.next() > 0
	fmt.Println(ok, c.n)
	fmt.Println(add(c.n, b2i(c.n == c.n && c.next() > 0)))
	if c.n > 0 && c.n+1 == c.next()+1 {
		fmt.Println("both", c.n)
	}
}

// A receive is hoisted like a call.
func receives() {
	c := &counter{n: 30}
	ch := make(chan int, 4)
	ch <- 7
	fmt.Println(c.n, <-ch+c.next(), c.n)
	ch <- 8
	ch <- 9
	fmt.Println(c.n, <-ch, <-ch)
	ch <- 10
	w, received := <-ch
	fmt.Println(w, received)
	pc := make(chan pair, 2)
	pc <- c.p
	pc <- pair{c.n, c.next()}
	fmt.Println(<-pc, <-pc)
}

// Interface conversions: a struct field through a pointer is passed by
// address and read late; a local bool, int8 or struct, and a value that is
// not addressable, are copied where they stand.
func conversions() {
	h := &holder{fn: func(v int) int { return v * 10 }}
	fmt.Println(h.p, h.touch())
	fmt.Println(h.flag, h.touch())
	fmt.Println(!h.flag, h.touch())
	fmt.Println(h.p.a+0, h.p.a == 4, h.touch())
	lp := pair{1, 2}
	lb := false
	lt := func() int { lp.a++; lb = !lb; return 0 }
	fmt.Println(lp, lb, lt())
	var i8 int8 = 1
	k8 := func() int { i8++; return 0 }
	fmt.Println(i8, k8())
	h.any = 1
	aset := func() int { h.any = 2; return 0 }
	fmt.Println(h.any.(int), aset(), h.any)
	c := &counter{}
	c.any = 3
	fmt.Println(c.any == c.next(), c.n)
}

// Assignments: the left side's index and pointer operands are evaluated
// after the right side's calls.
func assignments() {
	c := &counter{n: 40}
	mm := map[int]int{}
	mm[c.n] = c.next()
	fmt.Println(mm)
	mm[c.n] = mm[c.n] + c.next()
	fmt.Println(mm)
	mm[c.n] += c.next()
	mm[c.n] /= 1 + c.next() - c.n
	fmt.Println(mm)

	idx := make([]int, 60)
	c.n = 2
	idx[c.n] += c.next()
	fmt.Println(idx[:6])
	sum := 1
	sum += c.n + c.next()
	fmt.Println(sum)
	idx[c.n+note("i", 0)]++
	fmt.Println(idx[:6], trace)
	g = 1
	g += bump()
	fmt.Println(g)

	h := &holder{}
	q := &pair{}
	h.q = q
	q.a, q.b = c.n, c.next()
	fmt.Println(*q)
	h.q.a, h.q.b = c.two()
	fmt.Println(*q)
	c.n = 3
	idx[c.n], idx[c.n+1] = c.two()
	fmt.Println(idx[:8])
	var k int
	k, c.n = c.n, c.next()
	fmt.Println(k, c.n)
	c.n, k = c.next(), c.n
	fmt.Println(k, c.n)
	ptrs := []*counter{c, c}
	ptrs[c.n%2].n = c.next() * 2
	fmt.Println(c.n)
	ss := []string{"a", "b"}
	ss[0] += ss[1] + c.setName()
	fmt.Println(ss)
	x, y := c.mk(), c.p
	fmt.Println(x, y)
	a, b := c.p, c.next()
	fmt.Println(a, b)
	arr := [2]pair{c.p, c.mk()}
	fmt.Println(arr, c.n)
	// var with several values: one assignment per name.
	var v1, v2 = c.n, c.next()
	fmt.Println(v1, v2)
	var v3 = c.n*1000 + c.next()
	fmt.Println(v3)
	c.s = append(c.s[:0], c.n, c.next())
	fmt.Println(c.s)
	s := c.name + c.setName()
	fmt.Println(s)
}

// Conditions of for loops, range expressions, switch tags and cases, sends.
func control() {
	cnt := &counter{}
	for cnt.n < cnt.next() && cnt.n < 5 {
		fmt.Print(cnt.n, " ")
	}
	fmt.Println()
	c := &counter{n: 50}
	for i, v := range []int{c.n, c.next()} {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for j := 0; j < c.n%5+add(0, c.next()%3); j++ {
		fmt.Print(j)
	}
	fmt.Println()
	switch c.n + c.next() {
	case 2*c.n - 1:
		fmt.Println("case odd", c.n)
	default:
		fmt.Println("default", c.n)
	}
	switch c.n {
	case c.next():
		fmt.Println("same")
	case c.n:
		fmt.Println("second", c.n)
	}
	switch v := c.n; v + c.next() {
	case 2 * v:
		fmt.Println("twice")
	default:
		fmt.Println("not", v, c.n)
	}
	chs := &struct{ c chan int }{make(chan int, 1)}
	other := make(chan int, 1)
	swap := func() int { chs.c, other = other, chs.c; return 42 }
	chs.c <- swap()
	select {
	case v := <-other:
		fmt.Println("sent before the swap", v)
	case v := <-chs.c:
		fmt.Println("sent after the swap", v)
	}
	// select evaluates each channel operand and sent value in turn.
	select {
	case chs.c <- c.n*100 + c.next():
	}
	fmt.Println(<-chs.c)
	select {
	case chs.c <- swap():
	}
	fmt.Println(len(chs.c), len(other))
	ml := map[int]int{1: c.n, 2: c.next(), 3: c.n + c.next()}
	fmt.Println(len(ml), ml[1] < ml[2], ml[3] == 2*ml[2]+1)
}

// append, copy and len of a map are hoisted; string(bytes) reads the bytes
// late, []byte(s) copies where it stands; slice bounds are copied.
func builtins() {
	buf := []int{1, 2, 3}
	fmt.Println(buf[0], len(append(buf[:0], 9)), buf[0])
	cp := []int{5, 6}
	fmt.Println(cp[0], copy(cp, []int{7}), cp[0])
	lm := map[int]bool{}
	add := func() int { lm[len(lm)] = true; return len(lm) }
	fmt.Println(len(lm), add(), len(lm))
	bs := []byte("abc")
	bset := func() int { bs[0] = 'z'; return 1 }
	fmt.Println(string(bs), bset())
	bs[0] = 'a'
	fmt.Println(string(bs)+"!", bset())
	ss := "abc"
	sset := func() int { ss = "xyz"; return 1 }
	fmt.Println([]byte(ss), sset(), ss)
	c := &counter{n: 3}
	c.s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	fmt.Println(c.s[c.n:c.next()])
	fmt.Println(len(c.s), len(append(c.s, c.next())), c.s[:2])
}

// Method values, interface methods, closures and function fields.
func calls() {
	c := &counter{n: 60}
	f := c.next
	fmt.Println(c.n, f())
	var i nexter = c
	fmt.Println(c.n, i.Next())
	fmt.Println(c.n, func() int { return c.next() }())
	fmt.Println(float64(c.n) + float64(c.next()))
	h := &holder{fn: func(v int) int { return v * 10 }}
	fmt.Println(h.fn(h.touch()), h.v.show(h.touch()))
	fmt.Println(c.p.a*1000+c.mk().a, c.n)
	fmt.Println(named(c))
	fmt.Println(multi(c))
	fmt.Println(ret(c))
	fmt.Println(retNested(c))
}

func named(c *counter) (r int) {
	defer func() { r += c.n * 1000 }()
	return c.n + c.next()
}

func multi(c *counter) (int, string) { return c.n, c.name + c.setName() }

func ret(c *counter) (int, int) { return c.n, c.next() }

func retNested(c *counter) int { return c.n*100 + c.next() }

// go and defer: each argument is evaluated as a statement of its own.
func deferred(c *counter) {
	h := &holder{}
	defer fmt.Println("defer h.p", h.p, h.touch())
	defer fmt.Println("defer v", h.v.show(0), h.touch())
	defer func(v val, n int) { fmt.Println("defer val arg", v.x, n) }(h.v, h.touch())
	defer h.v.show2(h.touch())
	defer fmt.Println("defer", show(c.n, c.n+c.next()), c.n)
	done := make(chan string)
	go func(a, b int) { done <- fmt.Sprint("go ", a, " ", b) }(c.n, c.n*10+c.next())
	fmt.Println(<-done)
}

// Nothing to reorder: operands in registers, calls that read nothing the
// statement reads.
func unordered() {
	c := &counter{n: 70}
	n := 10
	fmt.Println(n+c.next(), c.next()-n, strings.Repeat("-", n/5))
	fmt.Println(fib(15), math.Sqrt(float64(c.p.a*c.p.a))+float64(c.n))
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
