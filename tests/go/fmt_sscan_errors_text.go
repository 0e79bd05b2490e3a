package main

import "fmt"

// Without strconv in the program, the scanners' strconv errors still read
// as Go's.
func main() {
	var i int
	var u uint8
	var f float64
	var s string
	fmt.Println(fmt.Sscan("99999999999999999999", &i))
	fmt.Println(fmt.Sscan("0x", &i))
	fmt.Println(fmt.Sscan("300", &u))
	fmt.Println(fmt.Sscan("1e999", &f))
	fmt.Println(fmt.Sscan("1.5p", &f))
	fmt.Println(fmt.Sscan("abc", &f))
	fmt.Println(fmt.Sscanf(`"\z"`, "%q", &s))
	fmt.Println(fmt.Sscanf(`"a\tb"`, "%q", &s))
	fmt.Printf("%q\n", s)
}
