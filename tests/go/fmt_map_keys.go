package main

import "fmt"

type A struct{ X int }

type B struct {
	X, Y int
}

func (B) M1()  {}
func (*B) M2() {}

type Arr [2]int

func (a Arr) String() string { return fmt.Sprint("arr", a[0]) }

type S3 struct{ P, Q, R string }
type Ch chan int
type C int
type D string
type U uint16

func (U) A() {}
func (U) B() {}

// fmt prints a map's keys sorted; keys of different dynamic types in the
// order of gc's type descriptors in memory (by size, then by name).
func main() {
	basic := map[interface{}]int{"s": 1, 1: 2, 1.5: 3, true: 4, C(1): 7, D("d"): 8, int8(1): 9,
		uint(1): 10, 'r': 13, byte(1): 14, float32(1): 15, int64(1): 16, uintptr(5): 17, int16(2): 18}
	fmt.Println(basic)
	composite := map[interface{}]int{(*A)(nil): 1, (*B)(nil): 2, Ch(nil): 3, Arr{1, 2}: 4, S3{}: 5,
		[3]A{}: 7, struct {
			X int
			Y string
		}{}: 8, U(3): 9, [0]int{}: 10, struct{ A }{}: 11, B{}: 14, A{1}: 15, [1]string{"a"}: 17,
		[2]int{1, 2}: 18, struct{}{}: 19, "s": 20, 2: 21}
	fmt.Println(composite)
	fmt.Printf("%v\n", map[interface{}]string{nil: "nil", 0: "int", "": "string", false: "bool"})
}
