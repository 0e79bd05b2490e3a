package main

func main() {
	x := 0
	inc := func() { x++ }
	inc()
	var unusedFn = func() {}
	for i, v := range []int{1} {
		_ = v
	}
}
