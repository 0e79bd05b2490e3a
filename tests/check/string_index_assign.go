package main

func main() {
	s := "abc"
	s[0] = 'x'
	var a [3]int
	a[5] = 1
	_ = a[-1]
	_ = s[10]
	const k = "xy"
	_ = k[2]
}
