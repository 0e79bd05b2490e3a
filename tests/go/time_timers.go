package main

import (
	"fmt"
	"time"
)

// Timers, AfterFunc and tickers: Stop and Reset results, dropped ticks,
// and the panics of bad intervals and zero values. Only orders that do not
// depend on the machine's speed are printed.
func main() {
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("stop active:", t.Stop(), "again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("fired after stop")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("stopped timer stays quiet")
	}
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset; stop expired:", t.Stop(), "reset expired:", t.Reset(5*time.Millisecond))
	<-t.C
	done := make(chan string)
	af := time.AfterFunc(10*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done, af.C == nil)
	af2 := time.AfterFunc(10*time.Millisecond, func() { fmt.Println("must not run") })
	fmt.Println("stop afterfunc:", af2.Stop())
	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(35 * time.Millisecond)
	n := 0
	for i := 0; i < 3; i++ {
		<-tk.C
		n++
	}
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	tk.Stop()
	select { // a tick sent before Stop may wait in the buffer
	case <-tk.C:
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("ticker stopped after", n+1)
	}
	for _, f := range []func(){
		func() { time.NewTicker(0) },
		func() { tk.Reset(-1) },
		func() { var z time.Timer; z.Stop() },
		func() { var z time.Timer; z.Reset(1) },
		func() { var z time.Ticker; z.Reset(1) },
	} {
		func() {
			defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
			f()
		}()
	}
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)
	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("tick chan works")
	fmt.Printf("%T %T\n", t, tk)
}
