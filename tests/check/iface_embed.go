package main

type R interface{ Read() int }
type W interface{ Write(int) }
type RW interface {
	R
	W
}
type F struct{}

func (F) Read() int { return 0 }

func main() {
	var rw RW = F{}
	var r R = rw
	var w W = r
	_, _ = r, w
}
