package main

func main() {
	x := 5
	_ = x[0]
	var p *int
	_ = p[1]
	s := []int{1}
	_ = s["a"]
	_ = s[1.5]
	m := map[string]int{}
	_ = m[1]
}
