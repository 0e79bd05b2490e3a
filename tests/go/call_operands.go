// Calls as operands: arguments computed in the outgoing call area, a call on
// the right of an arithmetic operator read from the call area, and the order
// of side effects around them.
package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, fmt.Sprint(s, v))
	return v
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func add3(a, b, c int) int { return a*100 + b*10 + c }

func half(x float64) float64 { return x / 2 }

func wrap(x uint8) uint8 { return x + 200 }

func zero() int { return 0 }

type counter struct{ n int }

func (c *counter) next() int {
	c.n++
	return c.n
}

type shape interface{ area() int }

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

func pair() (int, int) { return 3, 4 }

func divide(a int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a / zero(), nil
}

func main() {
	fmt.Println(fib(20), fib(1)+fib(2)*fib(3))

	// Simple first arguments, computed in place.
	x, y := 7, 9
	fmt.Println(add3(x+1, y-1, x*y), add3(-x, x%4, y/2))
	s := []int{5, 6, 7}
	fmt.Println(add3(s[0], s[2]-s[1], len(s)))

	// A call on the right of an operator.
	fmt.Println(x+fib(10), x-fib(10), x*add3(1, 2, 3), 1000/add3(0, 1, 0))
	fmt.Println(half(3)+half(5), 1.5*half(3))
	var b uint8 = 100
	fmt.Println(b+wrap(b), b*wrap(1))
	c := &counter{}
	fmt.Println(c.next()+c.next()*10, c.next()-c.n)
	var sh shape = square{3}
	fmt.Println(x+sh.area(), sh.area()-sh.area())
	f := func(n int) int { return n * 3 }
	fmt.Println(y+f(y), f(1)-f(f(1)))
	fmt.Println(add3(fib(5)+fib(6), f(2)*f(3), x-f(x)))

	// Side effects run in call order; operands keep their values.
	z := note("a", 1) + note("b", 2)*note("c", 3) - note("d", 4)
	fmt.Println(z, trace)
	p, q := pair()
	fmt.Println(p+q, p*add3(p, q, p))

	// A divisor from a call: zero panics at the division.
	_, err := divide(10)
	fmt.Println(err)
	fmt.Println(10 % add3(0, 0, 3))
}
