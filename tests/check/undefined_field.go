package main

type T struct{ name string }

func (T) Method() {}

func main() {
	var t T
	t.foo = 1
	t.method()
	_ = t.Name
	var p *T
	p.bar()
}
