package main

import (
	"errors"
	"fmt"
)

// Deferred calls: LIFO order, arguments evaluated at the defer statement,
// named results changed after return, recover only in a deferred call.
func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 99
}

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func plusReturn() (s string, err error) {
	defer func() {
		if err != nil {
			s = "failed: " + err.Error()
		}
	}()
	return "partial", errors.New("disk full")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func helperRecover() interface{} { return recover() }

func indirect() (result string) {
	defer func() {
		r := recover()
		result = fmt.Sprint("outer got ", r)
	}()
	defer func() {
		// recover called from a function the deferred call invokes: nil.
		fmt.Println("helper recover:", helperRecover())
	}()
	panic("deep")
}

func recoverTwice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func panicInDefer() (msg string) {
	defer func() {
		msg = fmt.Sprint("last panic wins: ", recover())
	}()
	defer func() {
		panic("from defer")
	}()
	panic("original")
}

type closer struct{ name string }

func (c closer) Close() { fmt.Println("close", c.name) }

func methodDefer() {
	c := closer{"a"}
	defer c.Close()
	c.name = "b"
	defer c.Close()
}

func deferNilFunc() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	var f func()
	defer f()
	return "unreached"
}

func main() {
	order()
	fmt.Println(double())
	fmt.Println(plusReturn())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(indirect())
	recoverTwice()
	fmt.Println(panicInDefer())
	methodDefer()
	fmt.Println(deferNilFunc())
	fmt.Println("recover in main, no panic:", recover())
}
