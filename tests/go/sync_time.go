package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n[key]
	runtime.Gosched() // a switch inside the critical section must not lose updates
	c.n[key] = v + 1
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"])

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}

	var rw sync.RWMutex
	shared := []int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(2)
		go func(i int) {
			defer wg2.Done()
			rw.Lock()
			shared = append(shared, i)
			rw.Unlock()
		}(i)
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = len(shared)
			rw.RUnlock()
		}()
	}
	wg2.Wait()
	sort.Ints(shared)
	fmt.Println(shared)

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)

	order := make(chan string, 3)
	for _, d := range []int{300, 100, 200} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			order <- fmt.Sprint(d)
		}(d)
	}
	fmt.Println(<-order, <-order, <-order)

	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
		fmt.Println("impossible")
	}

	for _, d := range []time.Duration{0, 1, 1500, 2 * time.Millisecond, 1500 * time.Millisecond, 90 * time.Minute, -3 * time.Second} {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%v %s %d %.1f\n", 3*time.Second, time.Duration(42), time.Millisecond, (90 * time.Second).Minutes())
	fmt.Println(runtime.NumGoroutine() >= 1)
	var mu sync.Mutex
	mu.Unlock()
}
