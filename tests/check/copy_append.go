package main

func main() {
	var a []int
	var b []string
	copy(a, b)
	_ = append(a, "x")
	_ = append(a, b...)
	var bs []byte
	_ = append(bs, "x"...)
	copy(bs, "abc")
}
