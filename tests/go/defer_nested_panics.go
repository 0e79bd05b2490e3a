package main

// A panic raised while a deferred call of an earlier panic runs: recovering
// it inside that call leaves the earlier panic recoverable; unwinding the
// call ends the earlier panic.

import (
	"errors"
	"fmt"
)

func a() {
	defer func() { fmt.Println("a outer recover:", recover()) }()
	defer func() {
		defer func() { fmt.Println("a inner recover:", recover()) }()
		panic("d2")
	}()
	panic("d1")
}

func b() {
	defer func() { fmt.Println("b recover:", recover()) }()
	defer func() {
		func() {
			defer func() { fmt.Println("b helper recover:", recover()) }()
			panic("d2")
		}()
		fmt.Println("b deferred direct recover:", recover())
	}()
	panic("d1")
}

func c() {
	defer func() { fmt.Println("c recover:", recover()) }()
	defer func() { panic("d2") }()
	panic("d1")
}

func helper() interface{} { return recover() }

func d() {
	defer func() { fmt.Println("d direct:", recover()) }()
	defer func() { fmt.Println("d via helper:", helper()) }()
	panic("d1")
}

func e() (r int) {
	defer func() {
		if x := recover(); x != nil {
			r = x.(int) * 2
		}
	}()
	panic(21)
}

func f() {
	defer func() {
		fmt.Println("f second recover:", recover())
	}()
	defer func() {
		fmt.Println("f first recover:", recover())
		fmt.Println("f again:", recover())
	}()
	panic(errors.New("f1"))
}

func g() {
	defer func() { fmt.Println("g:", recover()) }()
	defer func() {
		defer func() {
			defer func() { fmt.Println("g innermost:", recover()) }()
			panic("d3")
		}()
		panic("d2")
	}()
	panic("d1")
}

func h() {
	defer func() { fmt.Println("h:", recover()) }()
	for i := 0; i < 3; i++ {
		defer func(n int) {
			if n == 1 {
				panic(fmt.Sprint("loop", n))
			}
			fmt.Println("h deferred", n)
		}(i)
	}
}

func main() {
	a()
	b()
	c()
	d()
	fmt.Println("e:", e())
	f()
	g()
	h()
	fmt.Println("main recover:", recover())
}
