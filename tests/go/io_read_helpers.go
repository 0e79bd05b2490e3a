// io.ReadAll, io.ReadFull and io.ReadAtLeast over a reader that returns
// three bytes at a time, and over the standard input (NAME.in).
package main

import (
	"fmt"
	"io"
	"os"
)

type slow struct {
	data string
	pos  int
}

func (s *slow) Read(p []byte) (int, error) {
	if s.pos >= len(s.data) {
		return 0, io.EOF
	}
	k := 3
	if len(p) < k {
		k = len(p)
	}
	n := copy(p[:k], s.data[s.pos:])
	s.pos += n
	return n, nil
}

func main() {
	all, err := io.ReadAll(&slow{data: "hello, readers"})
	fmt.Printf("%q %v\n", all, err)
	buf := make([]byte, 5)
	n, err := io.ReadFull(&slow{data: "abcdefgh"}, buf)
	fmt.Println(n, err, string(buf))
	n, err = io.ReadFull(&slow{data: "ab"}, buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(&slow{data: ""}, buf)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&slow{data: "abcdefgh"}, buf, 6)
	fmt.Println(n, err)
	in, err := io.ReadAll(os.Stdin)
	fmt.Printf("%q %v\n", in, err)
}
