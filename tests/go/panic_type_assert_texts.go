package main

import "fmt"

type Shape interface {
	Area() int
	Perimeter() int
}

type Namer interface{ Name() string }

type Square struct{ side int }

func (s Square) Area() int      { return s.side * s.side }
func (s Square) Perimeter() int { return 4 * s.side }
func (s Square) Name() string   { return "square" }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r }

type Celsius float64

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%s: %v [error=%v]\n", name, r, isErr)
	}()
	f()
}

func main() {
	var i interface{} = "text"
	var n interface{} = 42
	var none interface{}
	var sh Shape = Square{2}
	var nm Namer = Square{3}
	var nilShape Shape
	var err error = MyErr{7}
	var temp interface{} = Celsius(21.5)
	var cp interface{} = &Circle{1}
	var sq interface{} = Square{1}

	try("concrete mismatch", func() { _ = i.(int) })
	try("concrete from named iface", func() { _ = sh.(*Square) })
	try("nil to concrete", func() { _ = none.(string) })
	try("nil to iface", func() { _ = none.(Shape) })
	try("nil named to concrete", func() { _ = nilShape.(Square) })
	try("missing method", func() { _ = n.(Shape) })
	try("missing second method", func() { _ = cp.(Shape) })
	try("ptr method set", func() { _ = sq.(interface{ Area() int }).Area() })
	try("iface to iface ok", func() { fmt.Println("  name", nm.(Shape).Area()) })
	try("iface to anon iface", func() { _ = n.(interface{ Name() string }) })
	try("error to concrete", func() { _ = err.(*MyErr) })
	try("named float", func() { _ = temp.(float64) })
	try("named ok", func() { fmt.Println("  temp", temp.(Celsius)) })
	try("slice type", func() { _ = i.([]byte) })
	try("map type", func() { _ = n.(map[string]int) })
	try("func type", func() { _ = n.(func() int) })
	try("comma ok", func() {
		v, ok := i.(int)
		s, ok2 := nilShape.(Square)
		fmt.Println("  comma ok", v, ok, s, ok2)
	})
}
