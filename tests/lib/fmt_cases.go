//go:build ignore

// fmt_cases prints the expected outputs of tests/lib_fmt.cpp: one line per
// case, "NAME<TAB>" followed by the Go-quoted output. tests/lib_fmt.cpp builds
// the same operands from hand-made TypeDescs and must produce the same text.
//
// Regenerate: go run tests/lib/fmt_cases.go > tests/lib/fmt_cases.txt
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type Point struct{ X, Y int }

type Temp int

func (t Temp) String() string { return strconv.Itoa(int(t)) + "°" }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type Bad int

func (Bad) String() string { panic("boom") }

type Base struct{ ID int }

type Derived struct {
	Base
	Name string
}

type Hidden struct {
	n int
	T Temp
	t Temp
}

type Holder struct{ V any }

type MyInt int

type Bytes []byte

var cases []string

func add(name, out string) { cases = append(cases, name+"\t"+strconv.Quote(out)) }

func main() {
	// integers
	for _, f := range []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%c", "%q", "%U", "%#U", "%v", "%.3d", "%8.3d", "%+08d", "%-08d|", "%#b", "% x", "%.0d", "%5.0d|", "%z"} {
		add("int42 "+f, fmt.Sprintf(f, 42))
		add("int-255 "+f, fmt.Sprintf(f, -255))
	}
	add("int0 %.0d", fmt.Sprintf("%.0d", 0))
	add("int8 %d", fmt.Sprintf("%d %x", int8(-128), int8(-1)))
	add("uint8 %v", fmt.Sprintf("%v %#v %x", uint8(200), uint8(200), uint8(200)))
	add("int64min", fmt.Sprintf("%d %x %b", int64(math.MinInt64), int64(math.MinInt64), int64(-1)))
	add("uint64max", fmt.Sprintf("%d %x %#v %o", uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64)))
	add("runes", fmt.Sprintf("%c %q %U %#U %q %c %x", 0x1F600, 0x1F600, 0x1F600, 0x1F600, 0x110000, -1, 'é'))
	add("myint", fmt.Sprintf("%v %d %x %s %T", MyInt(7), MyInt(7), MyInt(255), MyInt(7), MyInt(7)))
	// floats
	for _, f := range []string{"%v", "%f", "%.2f", "%e", "%E", "%g", "%G", "%8.3f|", "%-8.3f|", "%+.1e", "%x", "%X", "%b", "%#g", "%#.3x", "%08.3f", "% .2f", "%6.2v|", "%.0f", "%#.0f", "%.3g", "%10.4e|", "%F", "%d"} {
		add("float3.14159 "+f, fmt.Sprintf(f, 3.14159))
		add("float-1234.5678 "+f, fmt.Sprintf(f, -1234.5678))
	}
	add("float specials", fmt.Sprintf("%v %v %v %v %f %5.1f| %+v %08v| %-8v| % v", math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), math.Inf(1), math.NaN(), math.Inf(1), math.Inf(-1), math.NaN(), math.NaN()))
	add("float big", fmt.Sprintf("%v %v %v %v %v", 1e21, 1e20, 1e-5, 123456789.0, 0.000001234))
	add("float32", fmt.Sprintf("%v %v %g %.10f %T", float32(0.1), float32(1e20), float32(3.4e38), float32(0.1), float32(1)))
	// strings
	for _, f := range []string{"%s", "%q", "%#q", "%x", "%X", "% x", "%# x", "%10s|", "%-10s|", "%.2s", "%5.1s|", "%v", "%#v", "%d", "%010s", "%+q", "%.3q", "%8q|"} {
		add("str héllo "+f, fmt.Sprintf(f, "héllo"))
		add("str tab "+f, fmt.Sprintf(f, "a\tb\"c"))
	}
	add("str empty", fmt.Sprintf("[%x] [%5x] [%q] [%s]", "", "", "", ""))
	add("str invalid", fmt.Sprintf("%q %+q %x %s %5s|", "a\xffb", "☺\x80", "\xff", "\xfe", "\xff"))
	// bools and nil
	add("bool", fmt.Sprintf("%t %v %5t| %-6v| %d %s", true, false, true, false, true, false))
	add("nil", fmt.Sprintf("%v %d %T %s %5v| %p", nil, nil, nil, nil, nil, nil))
	// byte slices
	for _, f := range []string{"%s", "%x", "%X", "% x", "%v", "%#v", "%q", "%d", "%5s|", "%.2s", "%t", "%o"} {
		add("bytes "+f, fmt.Sprintf(f, []byte("hi!")))
		add("namedbytes "+f, fmt.Sprintf(f, Bytes("hi!")))
	}
	add("nilbytes", fmt.Sprintf("%v %#v %s|%x|", []byte(nil), []byte(nil), []byte(nil), []byte(nil)))
	// slices, arrays
	add("[]int", fmt.Sprintf("%v %#v %d %x %3d %s %q", []int{1, 2, 3}, []int{1, 2, 3}, []int{1, 2}, []int{255, 16}, []int{1, 22}, []int{1}, []int{65}))
	add("[]int nil", fmt.Sprintf("%v %#v %d", []int(nil), []int(nil), []int{}))
	add("[]string", fmt.Sprintf("%v %q %#v %x", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a"}, []string{"hi", "yo"}))
	add("[3]int", fmt.Sprintf("%v %#v", [3]int{1, 2, 3}, [3]int{1, 2, 3}))
	add("[]any", fmt.Sprintf("%v %#v %d", []any{1, "a", nil, 2.5}, []any{1, "a", nil}, []any{1, "x"}))
	// structs and pointers
	p := Point{1, -2}
	add("Point", fmt.Sprintf("%v %+v %#v %d %x %s %T", p, p, p, p, p, p, p))
	add("*Point", fmt.Sprintf("%v %+v %#x %T", &p, &p, &Point{255, 16}, &p))
	add("&[]int", fmt.Sprintf("%v %v %v %#v", &[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"k": 1}, &[]int{3}))
	add("Derived", fmt.Sprintf("%v %+v %#v", Derived{Base{7}, "x"}, Derived{Base{7}, "x"}, Derived{Base{7}, "x"}))
	add("Holder", fmt.Sprintf("%v %+v %#v %v %#v", Holder{}, Holder{}, Holder{}, Holder{42}, Holder{"s"}))
	add("Hidden", fmt.Sprintf("%v %+v %d", Hidden{1, 2, 3}, Hidden{1, 2, 3}, Hidden{1, 2, 3}))
	add("[]Point", fmt.Sprintf("%v %+v", []Point{{1, 2}, {3, 4}}, []*Point(nil)))
	// maps
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	add("map[string]int", fmt.Sprintf("%v %#v %d %x %T", m, m, m, m, m))
	add("map[int]string", fmt.Sprintf("%v %q", map[int]string{3: "c", -1: "z", 2: "b"}, map[int]string{1: "x"}))
	add("map nil", fmt.Sprintf("%v %#v %d", map[string]int(nil), map[string]int(nil), len(map[string]int(nil))))
	add("map[Point]bool", fmt.Sprintf("%v", map[Point]bool{{2, 1}: true, {1, 5}: false, {1, 2}: true}))
	add("map[Temp]Temp", fmt.Sprintf("%v %d", map[Temp]Temp{3: 4, 1: 2}, map[Temp]Temp{3: 4, 1: 2}))
	add("map[float64]int", fmt.Sprintf("%v", map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, math.NaN(): 4}))
	add("map[bool]int", fmt.Sprintf("%v", map[bool]int{true: 1, false: 0}))
	// methods
	add("Temp", fmt.Sprintf("%v %s %d %q %x %X %5v| %-5s| %#v %T", Temp(21), Temp(21), Temp(21), Temp(21), Temp(21), Temp(21), Temp(5), Temp(5), Temp(21), Temp(21)))
	add("[]Temp", fmt.Sprintf("%v %d", []Temp{1, 2}, []Temp{1, 2}))
	add("error", fmt.Sprintf("%v %s %q %x %d", &E{"bad"}, &E{"bad"}, &E{"bad"}, &E{"ab"}, &E{"bad"}))
	var nilE *E
	add("nil *E", fmt.Sprintf("%v %s %d", nilE, nilE, nilE))
	var err error = &E{"wrapped"}
	add("error iface", fmt.Sprintf("%v|%v", err, []error{err, nil}))
	add("Bad", fmt.Sprintf("%v %d %s", Bad(1), Bad(2), []Bad{3}))
	// argument errors
	add("missing", fmt.Sprintf("%d %d %s", 1))
	add("extra", fmt.Sprintf("%d", 1, "a", nil, 2.5))
	add("extra none", fmt.Sprintf("hi", 1))
	add("index", fmt.Sprintf("%[2]d %[1]d %d", 1, 2))
	add("index bad", fmt.Sprintf("%[5]d %[0]d %[x]d %[2]*d", 1, 2))
	add("index width", fmt.Sprintf("%[2]*[1]d|%[1]*d|%*[2]d", 12, 4))
	add("star", fmt.Sprintf("%*d|%-*d|%.*f|%*d|%.*d|%*s|", 5, 1, 5, 2, 2, 3.14159, -4, 7, -1, 9, "x", 3))
	add("star bad", fmt.Sprintf("%*d|%.*d|", "a", 1, 2.5, 2))
	add("star huge", fmt.Sprintf("%*d|", 10000000, 1))
	add("noverb", fmt.Sprintf("abc%"))
	add("noverb2", fmt.Sprintf("abc%-"))
	add("percent", fmt.Sprintf("%% %5% %-%d", 3))
	add("bad verbs", fmt.Sprintf("%z %s %d %t %x", 5, 5, "hi", 1.5, true))
	add("bad verb struct", fmt.Sprintf("%z", Point{1, 2}))
	add("unicode verb", fmt.Sprintf("%☺ %é", 1, "a"))
	add("%T", fmt.Sprintf("%T %T %T %T %T %T %T", 1, "s", []int{}, map[string]int{}, &p, p, []any{}))
	// Sprint / Sprintln spacing
	add("Sprint", fmt.Sprint("a", 1, 2, "b", 3.5, nil, true, "c", "d", Temp(1), MyInt(2)))
	add("Sprint nums", fmt.Sprint(1, 2, 3))
	add("Sprint strs", fmt.Sprint("x", "y", 1, "z"))
	add("Sprint empty", fmt.Sprint())
	add("Sprintln", fmt.Sprintln("a", 1, 2, "b", nil, []int{1}))
	add("Sprintln empty", fmt.Sprintln())
	// Errorf
	e1 := fmt.Errorf("ctx: %w", &E{"inner"})
	add("Errorf w", fmt.Sprintf("%v|%T|%v", e1, e1, errors.Unwrap(e1)))
	e2 := fmt.Errorf("two: %w %w", &E{"a"}, &E{"b"})
	add("Errorf ww", fmt.Sprintf("%v|%T", e2, e2))
	e3 := fmt.Errorf("non-error: %w", 5)
	add("Errorf w int", fmt.Sprintf("%v|%T", e3, e3))
	e4 := fmt.Errorf("plain %d", 5)
	add("Errorf plain", fmt.Sprintf("%v|%T", e4, e4))
	e5 := fmt.Errorf("nil: %w", nil)
	add("Errorf w nil", fmt.Sprintf("%v|%T", e5, e5))
	add("Sprintf w", fmt.Sprintf("%w", &E{"x"}))
	for _, c := range cases {
		fmt.Println(c)
	}
}
