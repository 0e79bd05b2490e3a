package main

type (
	A [4]int
	B []*A
	C map[string]chan<- int
	D <-chan func(a, b int) (c string, err error)
	E struct {
		A
		*B
		x, y int `json:"x"`
		f    func(...int)
	}
	F interface {
		fmt.Stringer
		M(int) bool
		N()
	}
	G = int
)
