package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "abc", "tab\t☺", "\x00\xff", "\u00a0\u2028\U0001F600"} {
		fmt.Println(string(strconv.AppendQuote([]byte("q="), s)),
			string(strconv.AppendQuoteToASCII([]byte("a="), s)),
			string(strconv.AppendQuoteToGraphic([]byte("g="), s)))
	}
	for _, r := range []rune{'x', '\'', '\n', 0xa0, 0x2028, '☺', 0x1F600, -1, 0x110000, 0xD800} {
		fmt.Println(string(strconv.AppendQuoteRune(nil, r)),
			string(strconv.AppendQuoteRuneToASCII([]byte("a:"), r)),
			string(strconv.AppendQuoteRuneToGraphic([]byte("g:"), r)))
	}
	b := make([]byte, 0, 64)
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 2)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.0/3, 'g', 5, 32)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))
}
