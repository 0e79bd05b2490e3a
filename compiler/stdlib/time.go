// Package time: durations, the clock, and sleeping goroutines.
//
// Duration and its String method are Go's own code. A Time here is a
// reading of the wall clock plus the monotonic clock (for Since and Sub);
// calendar functions are not provided. Sleep is a scheduler intrinsic
// (vm/sched.cpp): the goroutine parks until its wake time.
package time

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
func (d Duration) Seconds() float64    { return float64(d) / 1e9 }
func (d Duration) Minutes() float64    { return float64(d) / 6e10 }
func (d Duration) Hours() float64      { return float64(d) / 3.6e12 }

// Round returns d rounded to the nearest multiple of m (halfway away from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		return d - m + r
	}
	if r+r < m {
		return d - r
	}
	return d + m - r
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

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time {
	c := make(chan Time, 1)
	go func() {
		Sleep(d)
		c <- Now()
	}()
	return c
}

// Tick returns a channel that delivers the time every d (nil if d <= 0).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	c := make(chan Time, 1)
	go func() {
		for {
			Sleep(d)
			select {
			case c <- Now():
			default:
			}
		}
	}()
	return c
}

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

func nanotime() int64
func unixNano() int64
