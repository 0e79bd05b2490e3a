package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("unlocked once")
	rw.Unlock()
}
