package main

import (
	"fmt"
	"unicode/utf8"
)

// Ranging over a string decodes UTF-8; each invalid byte yields U+FFFD
// with width 1.  Conversions to []rune do the same.
func main() {
	s := "a\xffé\xe2\x82z\xf0\x9f\x98\x80\xc0\xaf!"
	for i, r := range s {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), utf8.ValidString(s))

	rs := []rune(s)
	fmt.Printf("%q\n", string(rs))
	fmt.Println(len(string(rs)))

	// Surrogate halves and out-of-range code points encode as U+FFFD.
	for _, r := range []rune{0x41, 0xD800, 0xDFFF, 0x10FFFF, 0x110000, -1} {
		str := string(r)
		fmt.Printf("%x -> %q len %d\n", r, str, len(str))
	}

	// A lone continuation byte, a truncated sequence at the end.
	for i, r := range "\x80x\xe2\x82" {
		fmt.Print(i, " ", r, "; ")
	}
	fmt.Println()

	// Byte indexing ignores encoding.
	t := "héllo"
	for i := 0; i < len(t); i++ {
		fmt.Print(t[i], " ")
	}
	fmt.Println()
	fmt.Println(t[1:3] == "é", t[1:2] == "\xc3", []byte(t[1:3]))

	// Overlong encodings and encoded surrogates are invalid.
	for _, bad := range []string{"\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80"} {
		n := 0
		for range bad {
			n++
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], 0x20AC)
	fmt.Println(buf[:n], utf8.RuneLen(0x20AC), utf8.RuneLen(0xD800))
}
