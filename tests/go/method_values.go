package main

import "fmt"

// Method values bind their receiver when evaluated (copying a value
// receiver); method expressions take the receiver as first argument.
type Counter struct {
	name string
	n    int
}

func (c Counter) Get() string { return fmt.Sprint(c.name, "=", c.n) }
func (c *Counter) Inc(by int) { c.n += by }

type Getter interface{ Get() string }

type Wrapper struct {
	*Counter
	label string
}

func apply(f func(int), times int) {
	for i := 0; i < times; i++ {
		f(1)
	}
}

func main() {
	c := Counter{"c", 1}
	get := c.Get // copies c now
	inc := c.Inc // binds &c
	inc(5)
	fmt.Println(get(), c.Get())
	apply(inc, 3)
	fmt.Println(c.n)

	p := &c
	pget := p.Get // copies *p now
	p.n = 100
	fmt.Println(pget(), p.Get())

	// Method expressions.
	fget := Counter.Get
	finc := (*Counter).Inc
	fpget := (*Counter).Get
	finc(&c, 1)
	fmt.Println(fget(c), fpget(&c))
	fmt.Printf("%T | %T | %T\n", fget, finc, fpget)

	// Interface method values bind the dynamic value.
	var g Getter = c
	ig := g.Get
	c.n = -1
	fmt.Println(ig(), g.Get())
	ifn := Getter.Get
	fmt.Println(ifn(Counter{"x", 2}))

	// Promoted through an embedded pointer: binds the embedded pointer.
	w := Wrapper{&Counter{"w", 0}, "wrap"}
	winc := w.Inc
	w.Counter = &Counter{"other", 50}
	winc(10)
	fmt.Println(w.Get(), w.label)

	// Method values stored in a map and a slice.
	ops := map[string]func(int){"inc": c.Inc}
	ops["inc"](4)
	fmt.Println(c.n)
	gets := []func() string{c.Get, w.Get, Counter{"lit", 9}.Get}
	for _, f := range gets {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
