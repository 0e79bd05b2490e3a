// Converting an empty string to []byte or []rune gives an empty slice that
// is not nil (go1.19 test/fixedbugs/issue5704.go).
package main

import "fmt"

type (
	mystring string
	mybytes  []byte
	myrunes  []rune
)

func main() {
	empty := ""
	var named mystring
	fmt.Println([]byte("") == nil, []byte(empty) == nil, mybytes(named) == nil, len([]byte(empty)))
	fmt.Println([]rune("") == nil, []rune(empty) == nil, myrunes(named) == nil, len([]rune(empty)))
	b := []byte(empty)
	b = append(b, 'x')
	fmt.Println(string(b), b != nil)
	var nilBytes []byte
	var nilRunes []rune
	fmt.Printf("%q %q %v %v\n", string(nilBytes), string(nilRunes), []byte(string(nilBytes)) == nil, nilBytes == nil)
	fmt.Printf("%v %d %#v\n", []byte(empty), []rune(empty), []byte(empty))
}
