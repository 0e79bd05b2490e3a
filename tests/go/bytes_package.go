// bytes (Go 1.19's bytes.go, buffer.go and reader.go): Buffer, Reader and the
// searching, splitting, case and trimming functions, including an Index
// long enough for the Rabin-Karp path.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b := []byte("a,b,,c")
	fmt.Printf("%q\n", bytes.Split(b, []byte(",")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.Contains(b, []byte(",,")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.IndexByte(b, ','), bytes.LastIndex(b, []byte(",")), bytes.Count(b, []byte(",")))
	long := []byte(strings.Repeat("ab", 100) + "needle-in-a-haystack-of-length" + strings.Repeat("cd", 50))
	fmt.Println(bytes.Index(long, []byte("needle-in-a-haystack-of-length")), bytes.Index(long, []byte(strings.Repeat("x", 70))))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("héllo")), bytes.TrimSpace([]byte("  x  ")), bytes.Title([]byte("go lang")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a  b c ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
	fmt.Printf("%s\n", bytes.Map(unicode.ToUpper, []byte("map")))
	fmt.Printf("%s|%s\n", bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	fmt.Println(bytes.HasPrefix(b, []byte("a,")), bytes.HasSuffix(b, []byte(",c")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	r := bytes.NewReader([]byte("reader"))
	all, _ := io.ReadAll(r)
	fmt.Printf("%s %d\n", all, r.Len())
	var out bytes.Buffer
	out.WriteRune('é')
	out.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(bytes.NewBufferString("abc").Bytes(), bytes.Repeat([]byte("ab"), 3), bytes.ContainsRune([]byte("abc"), 'b'))
}
