package main

type I interface{ M() }
type T struct{}

func main() {
	x := 1
	switch x.(type) {
	}
	var i I
	switch v := i.(type) {
	case T:
	case int, string:
	}
	var e interface{}
	switch e.(type) {
	case int:
	case int:
	}
	switch y := e.(type) {
	case int:
	}
}
