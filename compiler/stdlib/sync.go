// Package sync: Mutex, RWMutex, WaitGroup, Once, Cond, Map and Pool for
// govm's goroutines.
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
	_       int64 // gc's RWMutex is 24 bytes, a width -m=2 prints
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
	_ uint32 // gc's WaitGroup is 16 bytes, a width -m=2 prints for captured ones
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

// Cond is a rendezvous point for goroutines waiting for or announcing an
// event. Each waiter parks on a channel of its own; Signal closes the oldest.
type Cond struct {
	L       Locker
	waiters []chan struct{}
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait unlocks c.L, waits for a Signal or Broadcast, then locks c.L again.
func (c *Cond) Wait() {
	ch := make(chan struct{})
	c.waiters = append(c.waiters, ch)
	c.L.Unlock()
	<-ch
	c.L.Lock()
}

// Signal wakes the goroutine that has waited longest, if there is one.
func (c *Cond) Signal() {
	if len(c.waiters) == 0 {
		return
	}
	close(c.waiters[0])
	c.waiters[0] = nil
	c.waiters = c.waiters[1:]
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	for _, ch := range c.waiters {
		close(ch)
	}
	c.waiters = nil
}

// Map is a map safe for concurrent use by govm's goroutines: they switch
// only at calls, backward jumps and blocking operations, and no method but
// Range makes a call between reading and writing the map.
type Map struct {
	m map[any]any
	_ [4]uintptr // gc's Map is 40 bytes, a width -m=2 prints for captured ones
}

// Load returns the value stored for key, and whether there was one.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for key if there is one;
// otherwise it stores and returns value. loaded reports which happened.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	// No call between the lookup and the store: a call may switch goroutines.
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for key, returning it if there was one.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) { delete(m.m, key) }

// Range calls f for each key and value until f returns false. Like Go's,
// it is no snapshot: f may store and delete.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

// A Pool is a set of temporary objects. Any object in it may be dropped at
// any time (Go drops them at garbage collections; govm keeps them).
type Pool struct {
	New   func() any
	items []any
}

// Get removes an object from the Pool and returns it; with none, it
// returns New() (or nil without New).
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool; nil is ignored.
func (p *Pool) Put(x any) {
	if x != nil {
		p.items = append(p.items, x)
	}
}

// Scheduler intrinsics (vm/sched.cpp).
func mutexLock(state *int64)
func mutexUnlock(state *int64)
func waitZero(counter *int64)
func wakeAll(counter *int64)
func fatal(message string)
