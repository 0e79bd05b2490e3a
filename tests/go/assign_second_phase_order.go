// An assignment stores left to right in its second phase: a nil pointer or
// an index out of range on the left panics only when its turn comes, after
// the stores before it (go1.19 test/fixedbugs/issue23017.go).
package main

import "fmt"



func t0() {
	var m = map[int]int{}
	var p *int

	defer func() {
		recover()
		check(1, len(m))
		check(42, m[2])
	}()
	m[2], *p = 42, 2
}

func t1() {
	var m = map[int]int{}
	p := []int{}

	defer func() {
		recover()
		check(1, len(m))
		check(2, m[2])
	}()
	m[2], p[1] = 2, 2
}

func t2() {
	type P struct{ i int }
	var m = map[int]int{}
	var p *P

	defer func() {
		recover()
		check(1, len(m))
		check(3, m[2])
	}()
	m[2], p.i = 3, 2
}

func t3() {
	type T struct{ i int }
	var x T
	p := &x
	p, p.i = new(T), 4
	check(4, x.i)
}

func t4() {
	var m map[int]int
	var a int
	var p = &a

	defer func() {
		recover()
		check(5, *p)
	}()
	*p, m[2] = 5, 2
}

var g int

func t5() {
	var m map[int]int
	defer func() {
		recover()
		check(0, g)
	}()
	m[0], g = 1, 2
}

func t6() {
	type T struct{ x struct{ y int } }
	var x T
	p := &x
	p, p.x.y = new(T), 7
	check(7, x.x.y)
	check(0, p.x.y)
}

func t7() {
	type T *struct{ x struct{ y int } }
	x := struct{ y int }{0}
	var q T = &struct{ x struct{ y int } }{x}
	p := q
	p, p.x.y = nil, 7
	check(7, q.x.y)
}

func t8() {
	x, y := 1, 2
	x, y = y, x
	check(2, x)
	check(1, y)
}

func check(want, got int) {
	if want != got {
		panic(fmt.Sprintf("wanted %d, but got %d", want, got))
	}
}

func main() {
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t0:", r)
			}
		}()
		t0()
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t1:", r)
			}
		}()
		t1()
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t2:", r)
			}
		}()
		t2()
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t3:", r)
			}
		}()
		t3()
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t4:", r)
			}
		}()
		t4()
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t5:", r)
			}
		}()
		t5()
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t6:", r)
			}
		}()
		t6()
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t7:", r)
			}
		}()
		t7()
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("t8:", r)
			}
		}()
		t8()
	}()
	fmt.Println("done")
}
