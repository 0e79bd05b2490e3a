package main

type Big [1 << 62]int

var global [1 << 61]int

func size(p *Big) int { return len(p) }

func main() {
	var local [1 << 60]int
	_ = local
	var b *Big
	println(size(b), len(global))
}
