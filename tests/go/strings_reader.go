// strings.Reader (Go's strings/reader.go: Read, ReadAt, ReadByte, ReadRune, Unread*,
// Seek, WriteTo, Reset; with io.ReadAll and fmt.Fscan) and Replacer.WriteString.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(string(c), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte())
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, 1)
	fmt.Println(n, err, buf)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset("abc def")
	var word string
	fmt.Fscan(r, &word)
	fmt.Println(word)
	m, err := r.WriteTo(os.Stdout)
	fmt.Println("|", m, err)
	rep := strings.NewReplacer("a", "1", "b", "2")
	k, err := rep.WriteString(os.Stdout, "abcab\n")
	fmt.Println(k, err)
	var zero strings.Reader
	n, err = zero.Read(buf)
	fmt.Println(n, err)
}
