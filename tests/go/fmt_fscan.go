package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// byteReader has only Read: Fscan reads it a byte at a time, and the rune
// it peeks at after a token is lost when the call ends.
type byteReader struct {
	s     string
	calls int
}

func (r *byteReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

// runeScanner gets its peeked runes back through UnreadRune.
type runeScanner struct {
	rs      []rune
	i       int
	unreads int
}

func (r *runeScanner) Read(p []byte) (int, error) { panic("Read called") }

func (r *runeScanner) ReadRune() (rune, int, error) {
	if r.i >= len(r.rs) {
		return 0, 0, io.EOF
	}
	r.i++
	return r.rs[r.i-1], 1, nil
}

func (r *runeScanner) UnreadRune() error {
	r.unreads++
	r.i--
	return nil
}

// failing returns its bytes, then err.
type failing struct {
	s   string
	err error
}

func (r *failing) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, r.err
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	if len(r.s) == 0 && r.err == io.EOF {
		return n, io.EOF // data and EOF together
	}
	return n, nil
}

// stalling returns (0, nil) a few times before each byte.
type stalling struct {
	s     string
	stall int
}

func (r *stalling) Read(p []byte) (int, error) {
	if r.stall < 3 {
		r.stall++
		return 0, nil
	}
	r.stall = 0
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

type panicking struct{ v any }

func (r panicking) Read(p []byte) (int, error) { panic(r.v) }

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func tryPanic(v any) {
	defer func() {
		fmt.Printf("recovered %v\n", recover())
	}()
	var x int
	n, err := fmt.Fscan(panicking{v}, &x)
	fmt.Println("no panic", n, err)
}

func main() {
	br := &byteReader{s: "12 34 56\n78 x"}
	var a, b int
	n, err := fmt.Fscan(br, &a)
	fmt.Println(n, err, a, br.calls, len(br.s))
	n, err = fmt.Fscanln(br, &a, &b)
	fmt.Println(n, err, a, b, br.calls)
	n, err = fmt.Fscanf(br, "%d %s", &a, new(string))
	fmt.Println(n, err, a, br.calls)
	n, err = fmt.Fscan(br, &a)
	fmt.Println(n, err, br.calls)

	rs := &runeScanner{rs: []rune("7 8é\n9")}
	var s string
	n, err = fmt.Fscan(rs, &a)
	fmt.Println(n, err, a, rs.i, rs.unreads)
	n, err = fmt.Fscanln(rs, &s)
	fmt.Printf("%d %v %q %d %d\n", n, err, s, rs.i, rs.unreads)
	n, err = fmt.Fscanf(rs, "%d", &a)
	fmt.Println(n, err, a, rs.i)

	custom := &myErr{"disk on fire"}
	n, err = fmt.Fscan(&failing{s: "5 6", err: custom}, &a, &b, &s)
	fmt.Printf("%d %v %T %v\n", n, err, err, err == custom)
	n, err = fmt.Fscan(&failing{s: "5", err: custom}, &a)
	fmt.Printf("%d %v %v\n", n, err, a)
	n, err = fmt.Fscan(&failing{s: "é", err: errors.New("mid-rune")}, &s)
	fmt.Printf("%d %v %q\n", n, err, s)
	n, err = fmt.Fscan(&failing{s: "\xe2\x82", err: io.EOF}, &s)
	fmt.Printf("%d %v %q\n", n, err, s)
	n, err = fmt.Fscan(&failing{s: "42", err: io.EOF}, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscan(&stalling{s: "31 x"}, &a, &s)
	fmt.Println(n, err, a, s)

	tryPanic("boom")
	tryPanic(io.EOF)

	n, err = fmt.Fscan(os.Stdin, &a, &s)
	fmt.Println("stdin", n, err, a, s)
	buf := make([]byte, 4)
	n, err = os.Stdin.Read(buf)
	fmt.Printf("Read %d %v %q\n", n, err, buf[:n])
	n, err = os.Stdin.Read(buf[:0])
	fmt.Println("Read empty", n, err)
	n, err = fmt.Fscanln(os.Stdin, &s)
	fmt.Println("stdin line", n, err, s)
	rest := 0
	for {
		n, err = os.Stdin.Read(buf)
		rest += n
		if err != nil {
			fmt.Println("rest", rest, err)
			break
		}
	}
	n, err = os.Stdout.Read(buf)
	fmt.Println("stdout", n, err)
	n, err = fmt.Fscan(os.Stdin, &a)
	fmt.Println("at end", n, err)
}
