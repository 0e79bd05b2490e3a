// bufio (Go's bufio.go and scan.go): a Scanner over the standard input
// (NAME.in) and over strings, with every split function and a token too
// long for its buffer; a Reader's ReadString, ReadLine, ReadRune, Peek and
// Discard; a Writer's buffering and Flush.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	lines := 0
	for in.Scan() {
		lines++
		fmt.Printf("%d %q\n", lines, in.Text())
	}
	fmt.Println("stdin err:", in.Err())

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	words.Split(bufio.ScanWords)
	var ws []string
	for words.Scan() {
		ws = append(ws, words.Text())
	}
	fmt.Println(ws, len(ws))

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(runes.Text(), "|")
	}
	fmt.Println()

	comma := bufio.NewScanner(strings.NewReader("a,b,,c"))
	comma.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for comma.Scan() {
		fmt.Printf("%q ", comma.Text())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
		fmt.Println("token", long.Text())
	}
	fmt.Println("long err:", long.Err())

	r := bufio.NewReaderSize(strings.NewReader("first line\nsecond\r\nthird"), 16)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	peek, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", peek, err, r.Buffered())
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	c, size, err := r.ReadRune()
	fmt.Println(string(c), size, err, r.UnreadRune())
	n, err := r.Discard(2)
	fmt.Println(n, err)
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err)

	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(w, "%d-%s;", 42, "buffered")
	fmt.Println("[", w.Buffered(), w.Available(), "]")
	w.WriteString(" more than sixteen bytes here")
	w.WriteRune('é')
	w.WriteByte('\n')
	fmt.Println(w.Flush(), w.Buffered())
}
