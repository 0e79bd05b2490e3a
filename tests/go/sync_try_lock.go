package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock(), rw.TryLock())
	rw.Unlock()
	fmt.Println(rw.TryRLock())
	rw.RUnlock()

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()

	var wg sync.WaitGroup
	results := make([]bool, 3)
	rw.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = rw.TryRLock()
		}(i)
	}
	wg.Wait()
	rw.Unlock()
	fmt.Println(results)
}
