// sync/atomic: the functions and Go 1.19's types (Bool, Int32, Int64, Uint32,
// Uint64, Uintptr, Value) under goroutines, and Value's panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var n int64
	var u atomic.Uint32
	var flag atomic.Bool
	var total atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
			u.Add(1)
			total.Add(int64(i))
			if i == 7 {
				flag.Store(true)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), u.Load(), flag.Load(), total.Load())
	var x int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&x, 5, 9), atomic.CompareAndSwapInt32(&x, 5, 1), x, atomic.SwapInt32(&x, 3), x)
	var y uint64
	atomic.StoreUint64(&y, 1<<63)
	fmt.Println(atomic.AddUint64(&y, ^uint64(0)), atomic.LoadUint64(&y))
	fmt.Println(u.CompareAndSwap(50, 1), u.Swap(8), u.Load(), flag.Swap(false), flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("first")
	fmt.Println(v.Load(), v.Swap("second"), v.Load())
	fmt.Println(v.CompareAndSwap("nope", "x"), v.CompareAndSwap("second", "third"), v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store int", func() { v.Store(1) })
	try("cas mixed", func() { v.CompareAndSwap(1, "s") })
	try("cas int", func() { v.CompareAndSwap("third", 2) })
	try("swap nil", func() { v.Swap(nil) })
	var empty atomic.Value
	fmt.Println(empty.CompareAndSwap("a", "b"), empty.CompareAndSwap(nil, "b"), empty.Load())
	var up atomic.Uintptr
	up.Store(3)
	fmt.Println(up.Add(2))
}
