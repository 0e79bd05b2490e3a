package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type Celsius float64
type Name string
type Flag bool
type Small int8
type Bytes []byte
type Point struct{ X, Y int }

func report(label string, n int, err error, vals ...any) {
	fmt.Printf("%-28s n=%d err=%v", label, n, err)
	if err != nil {
		fmt.Printf(" (%T eof=%v unexpected=%v range=%v syntax=%v)", err, err == io.EOF,
			err == io.ErrUnexpectedEOF, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	}
	for _, v := range vals {
		fmt.Printf(" %#v", v)
	}
	fmt.Println()
}

func sscan() {
	var i int
	var s string
	var f float64
	var b bool
	n, err := fmt.Sscan("  42  hello\n 3.5 true", &i, &s, &f, &b)
	report("basic", n, err, i, s, f, b)
	n, err = fmt.Sscan("", &i)
	report("empty", n, err)
	n, err = fmt.Sscan("   \n\t ", &i)
	report("only space", n, err)
	n, err = fmt.Sscan("7", &i, &s)
	report("short", n, err, i)
	n, err = fmt.Sscan("x", &i)
	report("not int", n, err)
	n, err = fmt.Sscan("- 5", &i)
	report("lone sign", n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	report("int64 overflow", n, err)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	report("int8 overflow", n, err, i8)
	n, err = fmt.Sscan("-128", &i8)
	report("int8 min", n, err, i8)
	var u8 uint8
	n, err = fmt.Sscan("256", &u8)
	report("uint8 overflow", n, err, u8)
	var u uint
	n, err = fmt.Sscan("-1", &u)
	report("uint negative", n, err, u)
	n, err = fmt.Sscan("18446744073709551616", &u)
	report("uint64 overflow", n, err)
	var i16 int16
	var i32 int32
	var i64 int64
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 -0X_ff 1_000 4294967295 18446744073709551615 9", &i, &i16, &i32, &i64, &u, &u16, &u32, &u64, &up)
	report("prefixes", n, err, i, i16, i32, i64, u, u16, u32, u64, up)
	n, err = fmt.Sscan("0x", &i)
	report("0x alone", n, err)
	n, err = fmt.Sscan("1__0", &i)
	report("bad underscore", n, err)
	n, err = fmt.Sscan("12abc", &i, &s)
	report("int then word", n, err, i, s)
	var f32 float32
	n, err = fmt.Sscan("1e400", &f)
	report("float overflow", n, err, f)
	n, err = fmt.Sscan("3.4e39", &f32)
	report("float32 overflow", n, err, f32)
	n, err = fmt.Sscan("0.1", &f32)
	report("float32", n, err, f32)
	n, err = fmt.Sscan("-Inf +inf NaN", &f, &f32, &f)
	report("inf nan", n, err, f, f32)
	n, err = fmt.Sscan("0x1.8p1 1.5p3 1e-3 .5 5. 1_0.5", &f, &f32, &f, &f, &f, &f)
	report("float forms", n, err, f, f32)
	n, err = fmt.Sscan("1.5p", &f)
	report("p no exponent", n, err)
	n, err = fmt.Sscan("1.5px", &f)
	report("p then x", n, err)
	n, err = fmt.Sscan("abc", &f)
	report("not float", n, err)
	n, err = fmt.Sscan("1e", &f)
	report("bad exponent", n, err)
	for _, in := range []string{"true", "false", "T", "F", "1", "0", "TRUE", "False", "tru", "fa", "yes", "2", "trUE"} {
		b = false
		n, err = fmt.Sscan(in, &b)
		report("bool "+in, n, err, b)
	}
	var bs []byte
	n, err = fmt.Sscan("héllo wörld", &bs, &s)
	report("bytes", n, err, string(bs), len(bs), cap(bs), s)
	n, err = fmt.Sscan("0123456789abcdefghijklmnopqrstuvwxyz", &bs)
	report("bytes", n, err, string(bs), len(bs), cap(bs), s)
	var c Celsius
	var nm Name
	var fl Flag
	var sm Small
	var by Bytes
	n, err = fmt.Sscan("36.6 bob true -5 raw", &c, &nm, &fl, &sm, &by)
	report("named", n, err, c, nm, fl, sm, string(by), cap(by))
	n, err = fmt.Sscan("200", &sm)
	report("named overflow", n, err, sm)
	n, err = fmt.Sscan("1", i)
	report("not pointer", n, err)
	var p Point
	n, err = fmt.Sscan("1", &p)
	report("struct", n, err)
	var xs []int
	n, err = fmt.Sscan("1", &xs)
	report("int slice", n, err)
	var pp *int
	n, err = fmt.Sscan("1", &pp)
	report("pointer pointer", n, err)
	n, err = fmt.Sscan("a\r\nb", &s, &nm)
	report("crlf", n, err, s, nm)
	n, err = fmt.Sscan("\u00a0\u2003word\u3000x", &s, &nm)
	report("unicode space", n, err, s, nm)
	n, err = fmt.Sscan("\xff\xfe ab\xe2\x82", &s, &nm)
	report("invalid utf8", n, err, s, nm)
	n, err = fmt.Sscan("1 2 3")
	report("no operands", n, err)
}

func sscanln() {
	var a, b int
	n, err := fmt.Sscanln("1 2\n3", &a, &b)
	report("ln ok", n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	report("ln newline early", n, err, a)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	report("ln extra", n, err)
	n, err = fmt.Sscanln("1 2   \n", &a, &b)
	report("ln trailing space", n, err)
	n, err = fmt.Sscanln("", &a)
	report("ln empty", n, err)
	n, err = fmt.Sscanln("\n", &a)
	report("ln just newline", n, err)
	n, err = fmt.Sscanln("5 \r\n", &a)
	report("ln crlf", n, err, a)
	n, err = fmt.Sscanln("5 x", &a)
	report("ln word after", n, err)
	n, err = fmt.Sscanln("")
	report("ln no operands", n, err)
}

func sscanf() {
	var a, b int
	var s, t string
	var f float64
	var r rune
	var by byte
	n, err := fmt.Sscanf("3-4", "%d-%d", &a, &b)
	report("f dash", n, err, a, b)
	n, err = fmt.Sscanf("3+4", "%d-%d", &a, &b)
	report("f mismatch", n, err, a)
	n, err = fmt.Sscanf("x=10 y=abc", "x=%d y=%s", &a, &s)
	report("f labels", n, err, a, s)
	n, err = fmt.Sscanf("ff 777 101 z", "%x %o %b %c", &a, &b, &by, &r)
	report("f bases", n, err, a, b, by, r)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	report("f widths", n, err, a, b)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &t)
	report("f string width", n, err, s, t)
	n, err = fmt.Sscanf("3.14159", "%4f", &f)
	report("f float width", n, err, f)
	n, err = fmt.Sscanf("1.5e3 2.5", "%g %e", &f, &f)
	report("f g e", n, err, f)
	n, err = fmt.Sscanf(`"hi\tthere" `+"`raw`", "%q %q", &s, &t)
	report("f quoted", n, err, s, t)
	n, err = fmt.Sscanf(`"bad\q"`, "%q", &s)
	report("f bad quote", n, err)
	n, err = fmt.Sscanf(`"open`, "%q", &s)
	report("f open quote", n, err)
	n, err = fmt.Sscanf(`noquote`, "%q", &s)
	report("f no quote", n, err)
	n, err = fmt.Sscanf("48656c6c6f 4A4b", "%x %X", &s, &t)
	report("f hex string", n, err, s, t)
	n, err = fmt.Sscanf("4g", "%x", &s)
	report("f bad hex", n, err, s)
	n, err = fmt.Sscanf("zz", "%x", &s)
	report("f no hex", n, err)
	n, err = fmt.Sscanf("true 1", "%t %v", new(bool), new(bool))
	report("f bool verbs", n, err)
	n, err = fmt.Sscanf("1", "%d", new(bool))
	report("f bad bool verb", n, err)
	n, err = fmt.Sscanf("1", "%s", &a)
	report("f bad int verb", n, err)
	n, err = fmt.Sscanf("1", "%d", &s)
	report("f bad string verb", n, err)
	n, err = fmt.Sscanf("1", "%d", &f)
	report("f bad float verb", n, err)
	var c Celsius
	n, err = fmt.Sscanf("1.5", "%d", &c)
	report("f named float verb", n, err, c)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	report("f %U", n, err, r)
	n, err = fmt.Sscanf("1F600", "%U", &r)
	report("f %U bad", n, err)
	n, err = fmt.Sscanf("€", "%c", &by)
	report("f %c overflow", n, err)
	n, err = fmt.Sscanf(" x", "%c", &r)
	report("f %c space", n, err, r)
	n, err = fmt.Sscanf("5%", "%d%%", &a)
	report("f percent", n, err, a)
	n, err = fmt.Sscanf("5", "%d%%", &a)
	report("f percent missing", n, err)
	n, err = fmt.Sscanf("5x", "%d%%", &a)
	report("f percent wrong", n, err)
	n, err = fmt.Sscanf("5", "%d %d", &a)
	report("f too few operands", n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	report("f too many operands", n, err)
	n, err = fmt.Sscanf("5", "%d%", &a)
	report("f trailing %", n, err)
	n, err = fmt.Sscanf("5", "%", &a)
	report("f lone %", n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	report("f newline vs space", n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	report("f newline match", n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	report("f newline missing", n, err)
	n, err = fmt.Sscanf("12", "%d %d", &a, &b)
	report("f space missing", n, err)
	n, err = fmt.Sscanf("1   \n  2", "%d \n %d", &a, &b)
	report("f spaces around nl", n, err, a, b)
	n, err = fmt.Sscanf("abc", "abd")
	report("f literal mismatch", n, err)
	n, err = fmt.Sscanf("ab", "abc")
	report("f literal eof", n, err)
	n, err = fmt.Sscanf("", "%d", &a)
	report("f empty input", n, err)
	n, err = fmt.Sscanf("1", "%d\n", &a)
	report("f trailing newline fmt", n, err)
	n, err = fmt.Sscanf("1\n", "%d", &a)
	report("f trailing newline in", n, err)
	n, err = fmt.Sscanf("héllo:5", "héllo:%d", &a)
	report("f utf8 literal", n, err, a)
	n, err = fmt.Sscanf("7", "%v", &f)
	report("f %v float", n, err, f)
	n, err = fmt.Sscanf("1234567", "%1000001d", &a)
	report("f huge width", n, err, a)
	n, err = fmt.Sscanf("-12", "%2d%d", &a, &b)
	report("f width sign", n, err, a, b)
	n, err = fmt.Sscanf("  42", "%3d", &a)
	report("f width after space", n, err, a)
	n, err = fmt.Sscanf("1", "%z", &a)
	report("f unknown verb", n, err)
	n, err = fmt.Sscanf("x", "%ä", &s)
	report("f utf8 verb", n, err)
	var bs []byte
	n, err = fmt.Sscanf("deadbeef", "%x", &bs)
	report("f bytes hex", n, err, bs)
}

func main() {
	sscan()
	sscanln()
	sscanf()
}
