package main

import "fmt"

var calls int

func a(i, j int) float64 { calls++; return 1.0 / float64(i+j+1) }
func n8(x int8) int8     { return x + 100 }
func k(x int) int        { calls++; return x * 3 }
func u(x uint) uint      { return x - 5 }

type P struct{ x, y int }

func (p *P) sum() int { return p.x + p.y }

func main() {
	v := []float64{1, 2, 3}
	s := 0.0
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			s += a(i, j) * v[j]
		}
	}
	fmt.Printf("%.6f %d\n", s, calls)
	fmt.Println(n8(100)*2, n8(27)+1, k(4)-k(1), k(2)/2, k(5)%4, u(3)>>1, k(1)<<2)
	arr := [3]int{7, 8, 9}
	p := &P{3, 4}
	fmt.Println(k(1)+arr[2], k(2)*p.x, p.sum()-p.y, k(3)+-arr[0], k(4)&arr[1], k(5)|1)
	x := 10
	fmt.Println(k(x)+x, k(x)-(x*2), float64(k(2))*v[1])
	defer func() { fmt.Println("recovered:", recover(), calls) }()
	i := 3
	fmt.Println(k(1) + arr[i%4])
}
