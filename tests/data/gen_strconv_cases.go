// Command gen_strconv_cases writes the expected-output table used by
// tests/strconv_test.cpp. Every expected string comes from the real Go
// toolchain (strconv, fmt). Regenerate with:
//
//	go run tests/data/gen_strconv_cases.go > tests/data/strconv_cases.txt
//
// Format: one case per line, tab-separated fields, the first naming the
// kind. Fields escape '\\', tab, newline and every byte outside printable
// ASCII as \\, \t, \n, \xHH. Float values are written as the hex bits of a
// float64 so no parsing is involved.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

var w = bufio.NewWriter(os.Stdout)

func esc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func line(fields ...string) {
	for i, f := range fields {
		if i > 0 {
			w.WriteByte('\t')
		}
		w.WriteString(esc(f))
	}
	w.WriteByte('\n')
}

func bitsOf(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func status(err error) string {
	if err == nil {
		return "ok"
	}
	switch {
	case errors.Is(err, strconv.ErrSyntax):
		return "syntax"
	case errors.Is(err, strconv.ErrRange):
		return "range"
	case strings.Contains(err.Error(), "invalid base"):
		return "base"
	case strings.Contains(err.Error(), "invalid bit size"):
		return "bitsize"
	}
	panic(err)
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// Values exercised by every float format.
var coreFloats = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.0 / 3, 2.0 / 3, -2.5, 0.5, 1.5, 2.5, 0.125,
	9.995, 99.5, 999999.5, 9999999, 100, 123456, 1234567, 12345678, 100000000, 123456789,
	1e6, 1e7, 1e15, 1e16, 1e17, 1e20, 1e21, 1e22, 1e23, 1e-4, 1e-5, 0.000001, 1e-7, 1.5e-5,
	123456789012345678, 0.000123456, 5e-5, 1 << 53, 1<<53 + 2, 1<<63 - 1024,
	math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308,
	1e-310, 1e308, math.Pi, -math.Pi, math.E, math.Sqrt2, 6.02214076e23, 1.602176634e-19,
	float64(float32(0.1)), 3.4028234663852886e38, 1.401298464324817e-45,
}

// Values formatted as float32 (bitSize 32).
var coreFloat32s = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 2.5, 100, 123456, 1234567, 16777216, 16777217,
	1e10, 1e20, 1e-7, 1.0000001, 3.14159265, math.MaxFloat32, math.SmallestNonzeroFloat32,
	1.17549435e-38, 1.1754942e-38, 3.4e38, 1e-45, 123456789, 0.000123456, 9.999999e9,
}

func ftoaCases() {
	fmts := []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'}
	for _, v := range coreFloats {
		for _, f := range fmts {
			for _, p := range []int{-1, 0, 1, 3, 6, 17} {
				line("ftoa", bitsOf(v), string(f), strconv.Itoa(p), "64", strconv.FormatFloat(v, f, p, 64))
			}
		}
	}
	for _, v := range coreFloat32s {
		for _, f := range fmts {
			for _, p := range []int{-1, 0, 2, 8} {
				line("ftoa", bitsOf(v), string(f), strconv.Itoa(p), "32", strconv.FormatFloat(v, f, p, 32))
			}
		}
	}
	// Large precisions (exact decimal expansions) and odd formats.
	big := []float64{0.1, 1.0 / 3, 5e-324, 1e23, math.MaxFloat64, 2.2250738585072014e-308, 123.456}
	for _, v := range big {
		for _, c := range []struct {
			f byte
			p int
		}{{'e', 25}, {'e', 60}, {'f', 30}, {'f', 1080}, {'g', 25}, {'g', 40}, {'G', 800}, {'x', 20}, {'e', 16}, {'g', 17}} {
			line("ftoa", bitsOf(v), string(c.f), strconv.Itoa(c.p), "64", strconv.FormatFloat(v, c.f, c.p, 64))
		}
		line("ftoa", bitsOf(v), "e", "30", "32", strconv.FormatFloat(v, 'e', 30, 32))
	}
	for _, v := range []float64{1, 0, math.Inf(1), math.NaN(), -2.5} {
		line("ftoa", bitsOf(v), "q", "-1", "64", strconv.FormatFloat(v, 'q', -1, 64))
		line("ftoa", bitsOf(v), "v", "3", "64", strconv.FormatFloat(v, 'v', 3, 64))
	}
	// Rounding ties in fixed precision.
	for _, v := range []float64{0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.25e-5, 1234.5, 0.0625, 9.5, 99.95} {
		for _, p := range []int{0, 1, 2, 3} {
			line("ftoa", bitsOf(v), "f", strconv.Itoa(p), "64", strconv.FormatFloat(v, 'f', p, 64))
			line("ftoa", bitsOf(v), "e", strconv.Itoa(p), "64", strconv.FormatFloat(v, 'e', p, 64))
			line("ftoa", bitsOf(v), "g", strconv.Itoa(p), "64", strconv.FormatFloat(v, 'g', p, 64))
		}
	}
	// Random bit patterns: shortest and fixed digits.
	rng := rand.New(rand.NewSource(19))
	for i := 0; i < 150; i++ {
		v := math.Float64frombits(rng.Uint64())
		if i%3 == 0 {
			v = rng.NormFloat64() * math.Pow(10, float64(rng.Intn(40)-20))
		}
		line("ftoa", bitsOf(v), "g", "-1", "64", strconv.FormatFloat(v, 'g', -1, 64))
		line("ftoa", bitsOf(v), "e", "12", "64", strconv.FormatFloat(v, 'e', 12, 64))
		line("ftoa", bitsOf(v), "x", "-1", "64", strconv.FormatFloat(v, 'x', -1, 64))
	}
	for i := 0; i < 100; i++ {
		v := float64(math.Float32frombits(rng.Uint32()))
		line("ftoa", bitsOf(v), "g", "-1", "32", strconv.FormatFloat(v, 'g', -1, 32))
		line("ftoa", bitsOf(v), "e", "5", "32", strconv.FormatFloat(v, 'e', 5, 32))
		line("ftoa", bitsOf(v), "x", "3", "32", strconv.FormatFloat(v, 'x', 3, 32))
	}
	// float64 values that round when narrowed to float32.
	for _, v := range []float64{0.1, 1e-50, 1e50, 3.4028235677973366e38, 16777217.0, 1.00000005960464477550} {
		line("ftoa", bitsOf(v), "g", "-1", "32", strconv.FormatFloat(v, 'g', -1, 32))
		line("ftoa", bitsOf(v), "b", "-1", "32", strconv.FormatFloat(v, 'b', -1, 32))
	}
}

var floatSpecs = []string{
	"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%x", "%X", "%b",
	"%.3e", "%+.3e", "%08.3f", "%-10.2f", "% f", "%#g", "%#.3x", "%+v", "%#v", "%10v", "%-10v", "%010v",
	"%.0f", "%.1f", "%.20f", "%5.1f", "%010.3e", "%+010.3f", "% 010.3f", "%#8.3g", "%.3g", "%.10g",
	"%#.10g", "%.0g", "%#.0g", "%.30g", "%#.0f", "%#.0e", "%#x", "%#X", "%#b", "%.1x", "%.13x", "%.20x",
	"%+x", "%08.2x", "%.3X", "%#e", "%#f", "% .2e", "%+g", "% g", "%-+12.4e", "%0-12.4f", "%12G", "%#G",
	"%#.4G", "%#.3X", "% x", "%.f", "%#10.3v",
}

func fmtFloatCases() {
	vals := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.1, 1.0 / 3,
		-2.5, 100, 123456, 1234567, 1e20, 1e21, 1e-5, 1e-7, 123456789, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 1e100, 0.000123, 99999.99, 1 << 60}
	for _, v := range vals {
		for _, spec := range floatSpecs {
			line("fmtf", bitsOf(v), "64", spec, fmt.Sprintf(spec, v))
		}
	}
	vals32 := []float32{0.1, 1.0 / 3, 16777216, 1e20, math.MaxFloat32, math.SmallestNonzeroFloat32, -2.5, 1e-7}
	for _, v := range vals32 {
		for _, spec := range floatSpecs {
			line("fmtf", bitsOf(float64(v)), "32", spec, fmt.Sprintf(spec, v))
		}
	}
	cvals := []complex128{complex(1, 2), complex(-1.5, -0.25), complex(0, math.Inf(1)), complex(math.NaN(), 1e21)}
	for _, c := range cvals {
		for _, spec := range []string{"%v", "%g", "%+.2f", "%8.3e", "%#v", "% f", "%010.2f"} {
			line("fmtc", bitsOf(real(c)), bitsOf(imag(c)), "128", spec, fmt.Sprintf(spec, c))
			line("fmtc", bitsOf(real(c)), bitsOf(imag(c)), "64", spec, fmt.Sprintf(spec, complex64(c)))
		}
	}
}

var intSpecs = []string{
	"%d", "%v", "%+d", "% d", "%5d", "%-5d", "%05d", "%-05d", "%.3d", "%.0d", "%8.3d", "%08.3d", "%+05d",
	"% 05d", "%x", "%X", "%#x", "%#X", "%#08x", "%o", "%#o", "%O", "%#O", "%b", "%#b", "%c", "%q",
	"%+q", "%#q", "%U", "%#U", "%.6U", "%#10U", "%-10U", "%10c", "%-4c", "%05c", "%8x", "%+x", "% x",
	"%#.3o", "%#5.0x", "%.0x", "%#-8b", "%010q", "%#.8x", "%+.5d", "%20.15b", "%#08o", "%#O",
}

func fmtIntCases() {
	ints := []int64{0, 1, -1, 7, 42, -42, 255, 256, 1000000, -123456789, math.MaxInt64, math.MinInt64,
		0x10FFFF, 0x110000, 0xD800, 0x1F600, 'a', '\n', 0x7f, 0xA0, 0xAD, 0x2028, 0x301, '\'', '"', 0xFEFF}
	for _, v := range ints {
		for _, spec := range intSpecs {
			line("fmti", "s", strconv.FormatInt(v, 10), spec, fmt.Sprintf(spec, v))
		}
	}
	uints := []uint64{0, 1, math.MaxUint64, 1 << 63, 0xdeadbeef, 'x', 0x10FFFF}
	for _, v := range uints {
		for _, spec := range intSpecs {
			line("fmti", "u", strconv.FormatUint(v, 10), spec, fmt.Sprintf(spec, v))
		}
	}
}

func itoaCases() {
	ints := []int64{0, 1, -1, 35, 36, -36, 255, math.MaxInt64, math.MinInt64, 123456789, -987654321}
	for _, v := range ints {
		for _, b := range []int{2, 8, 10, 16, 36, 3, 7} {
			line("itoa", "s", strconv.FormatInt(v, 10), strconv.Itoa(b), strconv.FormatInt(v, b))
		}
	}
	for _, v := range []uint64{0, math.MaxUint64, 1 << 63, 1e19} {
		for _, b := range []int{2, 8, 10, 16, 36, 5} {
			line("itoa", "u", strconv.FormatUint(v, 10), strconv.Itoa(b), strconv.FormatUint(v, b))
		}
	}
}

var quoteStrings = []string{
	"", "hello", "a\"b", "it's", "back\\slash", "tab\there", "\a\b\f\n\r\t\v", "\x00\x01\x1f\x7f",
	"\x80", "\xff\xfe", "abc\xc3", "\xc3\x28", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf",
	"\xf0\x9f\x98", "日本語", "héllo", "😀", "\U0001F600\u200d\U0001F466", "\ufffd", "e\u0301", "\u2028\u2029",
	"\u00a0", "\u00ad", "\ufeff", "\u200b", "\U000e0001", "\U0010ffff", "\U000f0000", "`", "a`b",
	"\u0378", "\u061c", "\u1680", "\u3000", "\u2000", "\u0085", "\u009f", "Ω≈ç√", "\U0001D11E",
	"\U000E0100", "\uffff", "\U0002A6D6", "\U0003134A", "\U00031350", "line1\nline2", "x\x1b[0m",
}

func quoteCases() {
	for _, s := range quoteStrings {
		line("quote", "q", s, strconv.Quote(s))
		line("quote", "a", s, strconv.QuoteToASCII(s))
		line("quote", "g", s, strconv.QuoteToGraphic(s))
		cb := "0"
		if strconv.CanBackquote(s) {
			cb = "1"
		}
		line("canbq", s, cb)
	}
	runes := []rune{-1, 0x110000, 0xD800, 0xDFFF, '\'', '"', '\\', 0, 7, '\t', 0x7f, 0x80, 0x9f, 0xa0, 0xad,
		0x301, 0x2028, 0xfeff, 0xfffd, 0xffff, 0x1F600, 0xe0001, 0x10ffff, 'a', 0x3000, 0x1680, 0x378,
		0xE000, 0x2000, 0x7fffffff, -0x80000000}
	for _, r := range runes {
		line("quoterune", "q", strconv.Itoa(int(r)), strconv.QuoteRune(r))
		line("quoterune", "a", strconv.Itoa(int(r)), strconv.QuoteRuneToASCII(r))
		line("quoterune", "g", strconv.Itoa(int(r)), strconv.QuoteRuneToGraphic(r))
	}
	unq := []string{
		`"abc"`, `"a\nb"`, `'a'`, `'ab'`, `''`, `"\x41"`, `"\u263a"`, `"\U0001F600"`, `"\377"`, `"\400"`,
		`'\''`, `"\'"`, `'"'`, `'\"'`, "`raw\\n`", "`a\rb`", `"unterminated`, `"a"b"`, `"\xff"`, "\"\xff\"",
		"\"a\nb\"", `'\xff'`, `'日'`, `'\u12'`, `"\uD800"`, `"\U00110000"`, `"\z"`, `"\"`, `x`, `""`, `"`,
		"``", `'`, "'\n'", `"\a\b\f\n\r\t\v\\"`, `"\0"`, `"\08"`, `"\1234"`, `'\400'`, `'\377'`, `"日本"`,
		"'\xff'", "`\xff`", `"\UFFFFFFFF"`, `'\U0010FFFF'`, `"\u00e9\u0301"`, `"a" `, ` "a"`, "'ab", "\"`\"",
		"`a`b`", `"\q"`, `"\`, "'\\'", `"x\`,
	}
	for _, s := range unq {
		v, err := strconv.Unquote(s)
		line("unquote", s, status(err), v)
		p, err := strconv.QuotedPrefix(s + "tail")
		line("qprefix", s+"tail", status(err), p)
	}
	for _, s := range []string{`a`, `\n`, `\'`, `\"`, `\x4g`, `\u00e9rest`, "\xe6\x97\xa5x", `\777`, `\`} {
		for _, q := range []byte{'"', '\'', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			m := "0"
			if mb {
				m = "1"
			}
			line("unquotechar", s, strconv.Itoa(int(q)), status(err), strconv.Itoa(int(v)), m, tail)
		}
	}
}

func runs(name string, pred func(rune) bool) {
	start := rune(-1)
	for r := rune(0); r <= 0x110000; r++ {
		in := r <= 0x10FFFF && pred(r)
		if in && start < 0 {
			start = r
		} else if !in && start >= 0 {
			line(name, fmt.Sprintf("%x", start), fmt.Sprintf("%x", r-1))
			start = -1
		}
	}
}

func isPrintCases() {
	runs("printrun", strconv.IsPrint)
	runs("graphicrun", strconv.IsGraphic)
	for _, r := range []rune{-1, -0x80000000, 0x110000, 0x7fffffff, 0x10ffff, 0xe0100} {
		b := "0"
		if strconv.IsPrint(r) {
			b = "1"
		}
		line("isprint", strconv.Itoa(int(r)), b)
	}
}

var intInputs = []string{
	"0", "-0", "+5", "123", "-123", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
	"-9223372036854775809", "99999999999999999999", "18446744073709551615", "18446744073709551616",
	"abc", "", "-", "+", "1_000", "0x1F", "0X1f", "0b101", "0B101", "0o17", "0O17", "017", "0_17", "0x_1F",
	"0x", "0b", "1__0", "_1", "1_", "1e3", " 1", "1 ", "z", "Z", "0xg", "127", "128", "-128", "-129",
	"255", "256", "1", "-1", "-2", "2", "ff", "FF", "-ff", "0x8000000000000000", "-0x8000000000000000",
	"99999999999999999999x", "0b_1", "0_b1", "00", "08", "0xFFFFFFFFFFFFFFFF", "1_2_3", "+-1", "--1",
	"12345678901234567890", "１", "0o_7", "0x1_f", "zz",
}

func atoiCases() {
	type bb struct{ base, bits int }
	combos := []bb{{10, 64}, {0, 64}, {16, 64}, {36, 64}, {2, 8}, {10, 8}, {0, 32}, {10, 1}, {10, 0},
		{1, 64}, {37, 64}, {10, 65}, {10, -1}, {8, 16}, {-1, 64}}
	for _, s := range intInputs {
		for _, c := range combos {
			i, err := strconv.ParseInt(s, c.base, c.bits)
			line("atoi", "i", s, strconv.Itoa(c.base), strconv.Itoa(c.bits), status(err), strconv.FormatInt(i, 10), errText(err))
			u, err := strconv.ParseUint(s, c.base, c.bits)
			line("atoi", "u", s, strconv.Itoa(c.base), strconv.Itoa(c.bits), status(err), strconv.FormatUint(u, 10), errText(err))
		}
		n, err := strconv.Atoi(s)
		line("atoi", "a", s, "10", "0", status(err), strconv.Itoa(n), errText(err))
	}
}

var floatInputs = []string{
	"0", "-0", "+0", "1", "1.5", ".5", "5.", ".", "1e10", "1E10", "1e+10", "1e-10", "1e", "1e+", "e5",
	"1.7976931348623157e308", "1.7976931348623159e308", "1e309", "-1e309", "1e-400", "-1e-400", "4.9e-324",
	"2.4703282292062327e-324", "2.4703282292062328e-324", "inf", "+Inf", "-inf", "Infinity", "-INFINITY",
	"infin", "infx", "nan", "NaN", "-nan", "+nan", "nanx", "0x1p0", "0x1.8p1", "0X1P-2", "0x1", "0x.8p1",
	"0x1p", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075",
	"0x_1p0", "0x1_0p0", "0x1p1_0", "1_000.5", "1__0", "_1", "1_", "1_e5", "1e1_0", "0.1", "0.2", "0.3",
	"123456789012345678901234567890", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
	"1e39", "1.401298464324817e-45", "7e-46", "7.1e-46", "16777217", "9007199254740993",
	"9007199254740993.000000000000001", "2.2250738585072011e-308", "1.00000005960464477550",
	"1.000000059604644775390625", "1.000000059604644775390626", "   1", "1 ", "", "+", "-", "0x", "0x.p1",
	"1.2.3", "--1", "1e10000000000", "1e-10000000000", "0e10000000000", "0x1p10000000000",
	"0.000000000000000000000000000000000000000000001e45", "100000000000000000000000000000000000000000000000000",
	"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
	"1e23", "8.41e21", "5e-324", "0x1.fffffep127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.000001p-150",
	"0X.0P0", "0x0p0", "-0x0p0", "1.e5", ".e5", "0.e5", "1p5", "0x1e5", "0x1e5p0", "+.1", "-.1e-1",
	"6.02214076e23", "1e-7", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
	"1_2.3_4e5_6", "0x_1.8p1", "0x1._8p1", "1.5_", "0_1.5",
}

func atofCases() {
	for _, s := range floatInputs {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			line("atof", s, strconv.Itoa(bits), status(err), bitsOf(f), errText(err))
		}
	}
}

func atobCases() {
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False",
		"yes", "tRUE", "", "2", " true", "truE"} {
		b, err := strconv.ParseBool(s)
		v := "0"
		if b {
			v = "1"
		}
		line("atob", s, status(err), v, errText(err))
	}
}

func main() {
	defer w.Flush()
	ftoaCases()
	fmtFloatCases()
	fmtIntCases()
	itoaCases()
	quoteCases()
	isPrintCases()
	atoiCases()
	atofCases()
	atobCases()
}
