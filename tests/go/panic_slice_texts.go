package main

import "fmt"

// Slice-expression panics: two-index, capacity bound, three-index, strings.
func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
			return
		}
		fmt.Printf("%s: no panic\n", name)
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "abcd"
	arr := [3]int{1, 2, 3}
	pa := &arr
	var ns []int
	lo, hi, mx := 4, 2, 6
	two, three, seven := 2, 3, 7

	try("[a:b] inverted", func() { _ = s[lo:hi] })
	try("[:b] within cap", func() { fmt.Println(len(s[:lo]), cap(s[:lo])) })
	try("[:b] over cap", func() { _ = s[:mx] })
	try("[a:] over len", func() { _ = s[lo:] })
	try("[a:] at len", func() { fmt.Println(len(s[three:])) })
	try("[a:b] both over", func() { _ = s[mx:seven] })
	try("[a:b:c] c over cap", func() { _ = s[0:two:mx] })
	try("[a:b:c] b over c", func() { _ = s[0:lo:three] })
	try("[a:b:c] a over b", func() { _ = s[three:two:lo] })
	try("[a:b:c] ok", func() { t := s[1:two:lo]; fmt.Println(len(t), cap(t)) })
	try("string [:b]", func() { _ = str[:mx] })
	try("string [a:b]", func() { _ = str[three:two] })
	try("string [a:]", func() { _ = str[mx:] })
	try("array ptr [:b]", func() { _ = pa[:lo] })
	try("array ptr [a:b:c]", func() { _ = pa[0:1:lo] })
	try("nil [0:0]", func() { fmt.Println(ns[0:0] == nil, len(ns[:0])) })
	try("nil [:1]", func() { _ = ns[:1] })
	try("negative", func() { n := -1; _ = s[n:] })
}
