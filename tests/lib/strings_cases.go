//go:build ignore

// strings_cases prints go1.19's results of the strings natives (and the
// unicode/utf8 natives behind them) for a fixed set of inputs, one call per
// line: "Func<TAB>quoted s<TAB>quoted t<TAB>n<TAB>result". Results are %v for
// ints and bools, strconv.Quote for strings and %q for []string.
//
// Regenerate: go run tests/lib/strings_cases.go > tests/lib/strings_cases.txt
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func line(fn, s, t string, n int, result string) {
	fmt.Printf("%s\t%s\t%s\t%d\t%s\n", fn, strconv.Quote(s), strconv.Quote(t), n, result)
}

func main() {
	inputs := []string{"", "a", "abc", "hello, world", "  spaced\tout \n", "ÀÉÎõü ß ǅ", "a,b,,c,", "\xffbad\xfe\x80utf", "İstanbul ΣΑΣ", "aaaa", "ab ab ab", "x\u2003y\u00a0z\u0085", "☺☻☺", "Go_lang-1.19 foo.bar"}
	seps := []string{"", ",", "a", "ab", " ", "☺", "\xff", "ß", "aa", "xyz"}
	for _, s := range inputs {
		line("Fields", s, "", 0, fmt.Sprintf("%q", strings.Fields(s)))
		line("TrimSpace", s, "", 0, strconv.Quote(strings.TrimSpace(s)))
		line("ToUpper", s, "", 0, strconv.Quote(strings.ToUpper(s)))
		line("ToLower", s, "", 0, strconv.Quote(strings.ToLower(s)))
		line("ToTitle", s, "", 0, strconv.Quote(strings.ToTitle(s)))
		line("Title", s, "", 0, strconv.Quote(strings.Title(s)))
		line("ToValidUTF8", s, "?", 0, strconv.Quote(strings.ToValidUTF8(s, "?")))
		line("RuneCountInString", s, "", 0, fmt.Sprint(utf8.RuneCountInString(s)))
		line("ValidString", s, "", 0, fmt.Sprint(utf8.ValidString(s)))
		for _, n := range []int{0, 1, 3} {
			line("Repeat", s, "", n, strconv.Quote(strings.Repeat(s, n)))
		}
		for _, r := range []int{'a', 'ß', 0xFFFD, -1, 0x10FFFF + 1, '☺', 0xD800} {
			line("IndexRune", s, "", r, fmt.Sprint(strings.IndexRune(s, rune(r))))
			line("ContainsRune", s, "", r, fmt.Sprint(strings.ContainsRune(s, rune(r))))
		}
		for _, b := range []int{'a', ',', 0xff} {
			line("IndexByte", s, "", b, fmt.Sprint(strings.IndexByte(s, byte(b))))
			line("LastIndexByte", s, "", b, fmt.Sprint(strings.LastIndexByte(s, byte(b))))
		}
		for _, t := range append(seps, inputs...) {
			line("Contains", s, t, 0, fmt.Sprint(strings.Contains(s, t)))
			line("ContainsAny", s, t, 0, fmt.Sprint(strings.ContainsAny(s, t)))
			line("Index", s, t, 0, fmt.Sprint(strings.Index(s, t)))
			line("IndexAny", s, t, 0, fmt.Sprint(strings.IndexAny(s, t)))
			line("LastIndex", s, t, 0, fmt.Sprint(strings.LastIndex(s, t)))
			line("LastIndexAny", s, t, 0, fmt.Sprint(strings.LastIndexAny(s, t)))
			line("Count", s, t, 0, fmt.Sprint(strings.Count(s, t)))
			line("EqualFold", s, t, 0, fmt.Sprint(strings.EqualFold(s, t)))
			line("Trim", s, t, 0, strconv.Quote(strings.Trim(s, t)))
			line("TrimLeft", s, t, 0, strconv.Quote(strings.TrimLeft(s, t)))
			line("TrimRight", s, t, 0, strconv.Quote(strings.TrimRight(s, t)))
			for _, n := range []int{-1, 0, 1, 2, 10} {
				split := strings.SplitN(s, t, n)
				line("SplitN", s, t, n, fmt.Sprintf("%q %d", split, cap(split)))
				line("SplitAfterN", s, t, n, fmt.Sprintf("%q", strings.SplitAfterN(s, t, n)))
				line("Replace", s, t, n, strconv.Quote(strings.Replace(s, t, "<>", n)))
			}
		}
	}
	fold := [][2]string{{"Go", "GO"}, {"ǅ", "ǆ"}, {"K", "\u212a"}, {"σ", "ς"}, {"ß", "SS"}, {"İ", "i"}, {"ﬀ", "FF"}}
	for _, p := range fold {
		line("EqualFold", p[0], p[1], 0, fmt.Sprint(strings.EqualFold(p[0], p[1])))
	}
	line("Join", "a|b|c", "--", 0, strconv.Quote(strings.Join([]string{"a", "b", "c"}, "--")))
}
