package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Animal:
		return "animal says " + x.Sound()
	case []int:
		return fmt.Sprint("slice len ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func grade(n int) string {
	out := ""
	switch {
	case n >= 90:
		out += "A"
		fallthrough
	case n >= 80:
		out += "B"
	case n >= 50:
		out += "C"
		fallthrough
	default:
		out += "F"
	}
	return out
}

func main() {
	var nilAnimal Animal
	var nilCat *Cat
	values := []interface{}{nil, 3, int64(4), "hey", errors.New("bad"), Dog{}, &Cat{},
		Cat{}, []int{1, 2}, func() int { return 9 }, 2.5, nilAnimal, nilCat, map[string]int{}}
	for _, v := range values {
		fmt.Println(classify(v))
	}
	for _, n := range []int{95, 85, 60, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()

	// switch with init statement, no tag, and break out of a loop via label.
	count := 0
loop:
	for i := 0; ; i++ {
		switch r := i % 4; r {
		case 0, 2:
			count += 10
		case 3:
			if i > 8 {
				break loop
			}
			continue
		default:
			break
		}
		count++
	}
	fmt.Println(count)

	// Switch cases are evaluated in order, lazily.
	calls := 0
	f := func(x int) int { calls++; return x }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched after", calls, "calls")
	}
}
