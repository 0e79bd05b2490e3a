// Package sync: Mutex, RWMutex, WaitGroup and Once for govm's goroutines.
//
// govm's goroutines switch only at safepoints (calls, backward jumps and
// operations that block), so the few primitives that must check and wait
// atomically are scheduler intrinsics (vm/sched.cpp): mutexLock/mutexUnlock
// queue goroutines on a Mutex's state word; waitZero parks until wakeAll is
// called on a counter that reached zero.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	state int64 // 0 unlocked, 1 locked
}

func (m *Mutex) Lock()   { mutexLock(&m.state) }
func (m *Mutex) Unlock() { mutexUnlock(&m.state) }

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.state != 0 {
		return false
	}
	m.state = 1
	return true
}

// An RWMutex is a reader/writer mutual exclusion lock. A writer holds w
// while it waits for the readers to leave, so new readers queue behind it.
type RWMutex struct {
	w       Mutex
	readers int64
}

func (rw *RWMutex) RLock() {
	rw.w.Lock()
	rw.readers++
	rw.w.Unlock()
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 {
		wakeAll(&rw.readers)
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	waitZero(&rw.readers)
}

func (rw *RWMutex) Unlock() {
	if rw.w.state == 0 {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.w.Unlock()
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readers != 0 {
		rw.w.Unlock()
		return false
	}
	return true
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	rw.readers++
	rw.w.Unlock()
	return true
}

// RLocker returns a Locker that calls RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	n int64
}

func (wg *WaitGroup) Add(delta int) {
	wg.n += int64(delta)
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 {
		wakeAll(&wg.n)
	}
}

func (wg *WaitGroup) Done() { wg.Add(-1) }
func (wg *WaitGroup) Wait() { waitZero(&wg.n) }

// Once is an object that will perform exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this
// instance of Once; f counts as done even if it panics.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}

// Scheduler intrinsics (vm/sched.cpp).
func mutexLock(state *int64)
func mutexUnlock(state *int64)
func waitZero(counter *int64)
func wakeAll(counter *int64)
func fatal(message string)
