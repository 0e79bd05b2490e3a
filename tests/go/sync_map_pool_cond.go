// sync.Map, sync.Pool and sync.Cond with goroutines; output does not depend
// on scheduling or map order.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func mapDemo() {
	var m sync.Map
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				m.Store(w*100+i, fmt.Sprint("v", i))
				if i%10 == 0 {
					m.LoadOrStore("shared", w)
				}
			}
		}(w)
	}
	wg.Wait()
	v, ok := m.Load(205)
	fmt.Println(v, ok)
	v, ok = m.Load(999)
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore(205, "other")
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", 1.5)
	fmt.Println(actual, loaded)
	old, loaded := m.LoadAndDelete("new")
	fmt.Println(old, loaded)
	old, loaded = m.LoadAndDelete("new")
	fmt.Println(old, loaded)
	m.Delete(0)
	m.Delete("absent")
	count, sum := 0, 0
	m.Range(func(k, v any) bool {
		if n, isInt := k.(int); isInt {
			count++
			sum += n
		}
		return true
	})
	fmt.Println(count, sum)
	seen := 0
	m.Range(func(k, v any) bool {
		seen++
		return seen < 3
	})
	fmt.Println(seen)
	m.Range(func(k, v any) bool {
		m.Delete(k)
		return true
	})
	_, ok = m.Load(205)
	fmt.Println(ok)
	var empty sync.Map
	empty.Range(func(k, v any) bool { panic("no entries") })
	_, ok = empty.Load(1)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	m.Store([]int{1}, 1)
}

func poolDemo() {
	made := 0
	p := sync.Pool{New: func() any {
		made++
		return new(strings.Builder)
	}}
	b := p.Get().(*strings.Builder)
	b.WriteString("hello")
	fmt.Println(b.String(), made)
	b.Reset()
	p.Put(b)
	b2 := p.Get().(*strings.Builder)
	fmt.Println(b2.Len(), made <= 2)
	var bare sync.Pool
	fmt.Println(bare.Get())
	bare.Put(nil)
	fmt.Println(bare.Get())
}

func condDemo() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var order []string
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			ready++
			cond.Signal()
			for ready < 4 {
				cond.Wait()
			}
			order = append(order, fmt.Sprint("worker", i))
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	for ready < 3 {
		cond.Wait()
	}
	ready++
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Strings(order)
	fmt.Println(order)

	queue := []int{}
	var qmu sync.Mutex
	notEmpty := sync.NewCond(&qmu)
	done := make(chan int)
	go func() {
		total := 0
		for n := 0; n < 5; n++ {
			qmu.Lock()
			for len(queue) == 0 {
				notEmpty.Wait()
			}
			total += queue[0]
			queue = queue[1:]
			qmu.Unlock()
		}
		done <- total
	}()
	for i := 1; i <= 5; i++ {
		qmu.Lock()
		queue = append(queue, i*i)
		notEmpty.Signal()
		qmu.Unlock()
	}
	fmt.Println(<-done)
}

func main() {
	mapDemo()
	poolDemo()
	condDemo()
}
