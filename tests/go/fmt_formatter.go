package main

import (
	"fmt"
	"strings"
)

type Fm int

func (f Fm) Format(s fmt.State, c rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "Fm[%c %d %v %d %v %v %v %v %v %v]", c, w, wok, p, pok, s.Flag('-'), s.Flag('#'), s.Flag('+'), s.Flag(' '), s.Flag('0'))
}

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{%d}", m.Cents)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprint(f, m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type PtrF struct{ n int }

func (p *PtrF) Format(f fmt.State, verb rune) {
	f.Write([]byte(strings.Repeat("*", p.n)))
}

type Panicky struct{}

func (Panicky) Format(f fmt.State, verb rune) { panic("format boom") }

type Both struct{}

func (Both) Format(f fmt.State, verb rune) { fmt.Fprint(f, "F") }
func (Both) String() string                { return "S" }
func (Both) GoString() string              { return "G" }
func (Both) Error() string                 { return "E" }

type Wrap struct {
	M Money
	B []Both
}

type Typer struct{}

func (Typer) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "%T", f) }

// A Formatter's Format method comes first and gets the printer's state:
// width and precision (kept from the last verb that set them, ok false),
// flags, and Write.
func main() {
	fmt.Printf("%v|%-8.3x|%#v|%s|%+05d|% q\n", Fm(1), Fm(2), Fm(3), []Fm{4}, Fm(5), Fm(6))
	fmt.Println(Fm(7), Money{1234})
	fmt.Printf("%v %+v %d %x %s\n", Money{5}, Money{6}, Money{7}, Money{8}, []Money{{9}, {10}})
	fmt.Println(&PtrF{3}, PtrF{2})
	var np *PtrF
	fmt.Printf("[%v] [%6v]\n", np, np)
	fmt.Println(Panicky{}, "after")
	fmt.Printf("%v %s %#v %+v %d\n", Both{}, Both{}, Both{}, Both{}, Both{})
	fmt.Printf("%v %+v\n", Wrap{Money{100}, []Both{{}}}, Wrap{})
	fmt.Println(fmt.Sprint(Money{1}), fmt.Sprintf("%8v|", Money{2}), fmt.Errorf("e: %w", Both{}))
	m := map[string]Money{"a": {1}}
	fmt.Println(m)
	var i interface{} = Money{3}
	_, isF := i.(fmt.Formatter)
	fmt.Println(isF)
	fmt.Print(Typer{}, "\n")
}
