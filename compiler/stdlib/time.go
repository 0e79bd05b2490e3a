// Package time: durations, the clock, and sleeping goroutines.
//
// Duration and its String method are Go's own code. A Time here is a
// reading of the wall clock plus the monotonic clock (for Since and Sub);
// calendar functions are not provided. Sleep is a scheduler intrinsic
// (vm/sched.cpp): the goroutine parks until its wake time; timers and
// tickers are goroutines that sleep.
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string {
	// Largest time is 2540400h10m10.000000000s
	var buf [32]byte
	w := len(buf)

	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}

	if u < uint64(Second) {
		// Special case: if duration is smaller than a second,
		// use smaller units, like 1.2ms
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			// print nanoseconds
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			// print microseconds
			prec = 3
			// U+00B5 'µ' micro sign == 0xC2 0xB5
			w-- // Need room for two bytes.
			copy(buf[w:], "µ")
		default:
			// print milliseconds
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'

		w, u = fmtFrac(buf[:w], u, 9)

		// u is now integer seconds
		w = fmtInt(buf[:w], u%60)
		u /= 60

		// u is now integer minutes
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60

			// u is now integer hours
			// Stop at hours because days can be different lengths.
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}

	if neg {
		w--
		buf[w] = '-'
	}

	return string(buf[w:])
}

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	// Omit trailing zeros up to and including decimal point.
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Abs returns the absolute value of d; the most negative Duration becomes the
// most positive one.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// Seconds, Minutes and Hours split off the whole units first, as Go does:
// one division of the whole count would round differently.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Round returns d rounded to the nearest multiple of m (halfway away from
// zero). If the result exceeds the maximum (or minimum) value that can be
// stored in a Duration, Round returns the maximum (or minimum) duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// lessThanHalf reports whether x+x < y but avoids overflow,
// assuming x and y are both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Truncate returns d rounded toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// A Time is an instant: wall-clock nanoseconds since 1970 and a monotonic reading.
type Time struct {
	wall int64
	mono int64
}

func Now() Time                    { return Time{unixNano(), nanotime()} }
func Since(t Time) Duration        { return Duration(nanotime() - t.mono) }
func Until(t Time) Duration        { return Duration(t.mono - nanotime()) }
func (t Time) Sub(u Time) Duration { return Duration(t.mono - u.mono) }
func (t Time) Add(d Duration) Time { return Time{t.wall + int64(d), t.mono + int64(d)} }
func (t Time) After(u Time) bool   { return t.mono > u.mono }
func (t Time) Before(u Time) bool  { return t.mono < u.mono }
func (t Time) Equal(u Time) bool   { return t.mono == u.mono }
func (t Time) Unix() int64         { return t.wall / 1e9 }
func (t Time) UnixMilli() int64    { return t.wall / 1e6 }
func (t Time) UnixMicro() int64    { return t.wall / 1e3 }
func (t Time) UnixNano() int64     { return t.wall }

// The Timer represents a single event. When the Timer expires, the current
// time will be sent on C, unless the Timer was created by AfterFunc.
//
// A goroutine sleeps for each start of the timer; Stop and Reset begin a new
// generation, so a sleeper that wakes for an older one does nothing.
// Goroutines switch only at calls and loops, so no lock is needed.
type Timer struct {
	C      <-chan Time
	c      chan Time
	f      func()
	gen    int
	active bool
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

func (t *Timer) start(d Duration) {
	t.gen++
	t.active = true
	gen := t.gen
	go func() {
		Sleep(d)
		if t.gen != gen {
			return
		}
		t.active = false
		if t.f != nil {
			t.f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
	}()
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	active := t.active
	t.active = false
	t.gen++
	return active
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	active := t.Stop()
	t.start(d)
	return active
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
// Like Go's, it ticks at fixed times from its start and drops the ticks a
// slow receiver misses.
type Ticker struct {
	C   <-chan Time
	c   chan Time
	gen int
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The duration d must be greater than
// zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.start(d)
	return t
}

func (t *Ticker) start(d Duration) {
	t.gen++
	gen := t.gen
	go func() {
		next := when(d)
		for {
			Sleep(Duration(next - nanotime()))
			if t.gen != gen {
				return
			}
			select {
			case t.c <- Now():
			default:
			}
			now := nanotime()
			next += int64(d) * (1 + (now-next)/int64(d))
		}
	}()
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	t.gen++
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.start(d)
}

// Tick returns a channel that delivers the time every d (nil if d <= 0).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// when is the monotonic time d from now, saturated like gc's when(): a
// tick past the end of time never comes rather than wrapping to the past.
func when(d Duration) int64 {
	t := nanotime() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

func nanotime() int64
func unixNano() int64
