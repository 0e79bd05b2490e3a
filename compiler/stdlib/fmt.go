// Package fmt: govm's Go 1.19 fmt. The formatting engine is native
// (runtime/fmt.cpp, bound in runtime/lib/fmt.cpp); what is plain Go here is
// the plumbing whose behaviour is visible to programs: Fprint* call the
// writer's Write method exactly once, Errorf wraps its %w operand in
// *fmt.wrapError (%T prints that name), a Format method writes through
// the native printer's *fmt.pp, and the Scan family's errors are Go's own
// values (io.EOF, *strconv.NumError...), built from the native scanner's
// result by scanned.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which
// defines the “native” format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value. The %#v verb uses it.
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
// It provides access to the io.Writer interface plus information about
// the flags and options for the operand's format specifier.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)

	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
// The implementation controls how State and rune are interpreted,
// and may call Sprint(f) or Fprint(f) etc. to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// pp is the State a Format method gets. The native printer (runtime/fmt.cpp)
// makes one per call and sets printer to itself while the method runs; a
// State kept after that writes nothing.
type pp struct {
	printer uintptr
}

func (p *pp) Write(b []byte) (ret int, err error)
func (p *pp) WriteString(s string) (ret int, err error)
func (p *pp) Width() (wid int, ok bool)
func (p *pp) Precision() (prec int, ok bool)
func (p *pp) Flag(b int) bool

// formatState makes the compiler emit *pp's descriptor and methods, which
// the native printer looks up by name.
var formatState State = (*pp)(nil)

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to
// standard output. Spaces are always added between operands and a newline is
// appended.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats using the default formats for its operands and returns the
// resulting string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the
// resulting string. A newline is appended.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Append formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Appendf formats according to a format specifier, appends the result to the
// byte slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error. If the format specifier includes a %w verb with
// an error operand, the returned error will implement an Unwrap method
// returning the operand.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	if wrapped < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[wrapped].(error)}
}

// errorf is Sprintf with %w enabled: it returns the text and the index in a
// of the operand that the (first valid) %w verb wrapped, or -1. Like
// Sprintf, it keeps nothing, but the methods it calls may keep a's content.
//
//govm:escape -|h=1
func errorf(format string, a []any) (msg string, wrapped int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in the
// receiver. govm's scanners do not call it: they store through pointers to
// booleans, integers, floats, strings and byte slices only.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// The modes of scan: newlines count as space (Scan), end the input
// (Scanln), or must match the format (Scanf).
const (
	scanSpace = iota
	scanLine
	scanFormat
)

// scan is the scanning engine (runtime/lib/fmt_scan.cpp, a port of Go's
// scan.go): it reads r (through its methods, one byte of buf at a time
// unless r has ReadRune and UnreadRune), else the standard input when stdin
// is set, else str; it stores through the pointers in a, and reports how
// many it stored and, in code, text, num and value, the error scanned
// builds (eof is io.EOF, for comparing r's errors). It keeps nothing of a:
// the values it stores are new.
//
//govm:escape -|-|h=0|h=0|h=0|-|-|-
func scan(str string, stdin bool, r io.Reader, buf []byte, eof error, format string, a []any, mode int) (n int, code int, text string, num string, value any)

// scanned turns scan's result into Go's (n, err).
func scanned(n int, code int, text string, num string, value any) (int, error) {
	switch code {
	case 0:
		return n, nil
	case 1:
		return n, io.EOF
	case 2:
		return n, io.ErrUnexpectedEOF
	case 3:
		return n, errors.New(text)
	case 7:
		panicAgain(errors.New("reflect: call of reflect.Value.Type on zero Value"))
	case 8:
		return n, value.(error)
	case 9:
		// errorHandler returns a panic with io.EOF as the error.
		if err, ok := value.(error); ok && err == io.EOF {
			return n, err
		}
		panicAgain(value)
	}
	err, msg := strconvError(code, text, num)
	if err == nil {
		err = errors.New(msg)
	}
	return n, err
}

// panicAgain panics with v the way scan.go's errorHandler passes on a panic
// it does not handle: recovered, then raised again (Go prints "[recovered]").
func panicAgain(v any) {
	defer func() {
		panic(recover())
	}()
	panic(v)
}

// fscan scans r as Fscan, Fscanln and Fscanf do.
func fscan(r io.Reader, format string, a []any, mode int) (int, error) {
	n, code, text, num, value := scan("", false, r, make([]byte, 1), io.EOF, format, a, mode)
	return scanned(n, code, text, num, value)
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as
// space. It returns the number of items successfully scanned. If that is
// less than the number of arguments, err will report why.
func Scan(a ...any) (n int, err error) {
	n, code, text, num, value := scan("", true, nil, nil, nil, "", a, scanSpace)
	return scanned(n, code, text, num, value)
}

// Scanln is similar to Scan, but stops scanning at a newline and after the
// final item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) {
	n, code, text, num, value := scan("", true, nil, nil, nil, "", a, scanLine)
	return scanned(n, code, text, num, value)
}

// Scanf scans text read from standard input, storing successive
// space-separated values into successive arguments as determined by the
// format. It returns the number of items successfully scanned.
func Scanf(format string, a ...any) (n int, err error) {
	n, code, text, num, value := scan("", true, nil, nil, nil, format, a, scanFormat)
	return scanned(n, code, text, num, value)
}

// Sscan scans the argument string, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	n, code, text, num, value := scan(str, false, nil, nil, nil, "", a, scanSpace)
	return scanned(n, code, text, num, value)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after
// the final item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	n, code, text, num, value := scan(str, false, nil, nil, nil, "", a, scanLine)
	return scanned(n, code, text, num, value)
}

// Sscanf scans the argument string, storing successive space-separated
// values into successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, code, text, num, value := scan(str, false, nil, nil, nil, format, a, scanFormat)
	return scanned(n, code, text, num, value)
}

// Fscan scans text read from r, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return fscan(r, "", a, scanSpace)
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after
// the final item there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return fscan(r, "", a, scanLine)
}

// Fscanf scans text read from r, storing successive space-separated values
// into successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return fscan(r, format, a, scanFormat)
}

// strconvError returns the strconv error a scan ended with: strconv.ErrSyntax
// (code 4), or a *strconv.NumError{Func: fn, Num: num} wrapping ErrSyntax (5)
// or ErrRange (6). fmt does not import strconv, which would make every
// program compile it: when the program has strconv, the native makes the
// error through (*strconv.NumError).scanError; when it has not, it returns
// nil and the error's text.
//
//govm:escape -|h=0|h=0
func strconvError(code int, fn string, num string) (err error, text string)
