package main

import (
	"fmt"
	"sort"
)

type C struct {
	n int
	f float64
	s string
	k K
}

type K struct{ a, b int32 }
type KS struct{ s string }
type Big [20]int

func (c *C) next() int      { c.n++; return c.n }
func (c *C) nextf() float64 { c.f += 1.5; return c.f }
func (c *C) nexts() string  { c.s += "x"; return c.s }
func (c *C) nextk() int     { c.k.a++; return int(c.k.a) }
func (c *C) nextb() Big     { c.n += 10; return Big{c.n} }
func (c *C) nextbool() bool { c.n++; return c.n%2 == 0 }

func keys(m map[interface{}]int) string {
	var out []string
	for k, v := range m {
		out = append(out, fmt.Sprint(k, ":", v))
	}
	sort.Strings(out)
	return fmt.Sprint(out)
}

func main() {
	c := &C{}
	mi := map[interface{}]int{}
	mi[c.n] = c.next()
	mi[c.n+100] = c.next()
	mi[c.s] = c.next()
	fmt.Println(keys(mi))

	mf := map[float64]float64{}
	mf[c.f*2] = c.nextf()
	mf[c.f] = c.nextf()
	fmt.Println(mf)

	ms := map[string]string{}
	ms[c.s] = c.nexts()
	ms[c.s+"!"] = c.nexts()
	fmt.Println(ms)

	mk := map[K]int{}
	mk[c.k] = c.nextk()
	mk[K{c.k.a, 7}] = c.nextk()
	fmt.Println(mk)

	m8 := map[int8]int{}
	m8[int8(c.n)] = c.next()
	m8[int8(c.n)+1] = c.next()
	fmt.Println(m8)

	mbig := map[int]Big{}
	mbig[c.n] = c.nextb()
	mbig[c.n*2] = c.nextb()
	fmt.Println(len(mbig), mbig[c.n-10][0], mbig[(c.n-10)*2][0])

	mb := map[bool]int{}
	mb[c.n%2 == 0] = c.n
	mb[c.nextbool()] = c.n
	fmt.Println(mb)

	fmt.Println(mf[c.f]+c.nextf(), mf[c.f*1]+c.nextf())
	fmt.Println(mi[c.n]+c.next(), mi[c.n-1]+c.next())

	b := []byte("k1")
	m := map[string]int{"k1": 1, "k2": 2}
	setb := func() int { b[1] = '2'; return 10 }
	fmt.Println(m[string(b)] + setb())
	b[1] = '1'
	mks := map[KS]int{{"k1"}: 3, {"k2"}: 4}
	fmt.Println(mks[KS{string(b)}] + setb())
	b[1] = '1'
	fmt.Println(m[string(b)+""] + setb())

	delete(mi, c.n-100)
	delete(mf, c.f+c.nextf()-c.f)
	fmt.Println(keys(mi), len(mf))
}
