package main

import "fmt"

// Index panics recovered and printed: the texts of runtime.boundsError.
func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Printf("%s: %v (runtime error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	s := []int{10, 20, 30}
	var empty []int
	arr := [4]byte{1, 2, 3, 4}
	str := "héllo"
	i, neg := 7, -2
	var big int64 = 1 << 40
	var u uint = 9
	var u8 uint8 = 200

	try("slice", func() { _ = s[i] })
	try("slice len", func() { _ = s[len(s)] })
	try("nil slice", func() { _ = empty[0] })
	try("negative", func() { _ = s[neg] })
	try("array", func() { arr[i] = 0 })
	try("array negative", func() { _ = arr[neg] })
	try("string", func() { _ = str[len(str)] })
	try("int64", func() { _ = s[big] })
	try("uint", func() { _ = s[u] })
	try("uint8", func() { _ = s[u8] })
	try("store", func() { s[3] = 1 })
	try("nested", func() {
		m := [][]int{{1}, {2, 3}}
		_ = m[1][2]
	})
	try("ok", func() { fmt.Println("  got", s[2], arr[3], str[1]) })
}
