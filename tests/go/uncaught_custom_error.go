package main

import "fmt"

// A panic whose value implements error prints the Error() text.
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func parse(lines []string) {
	for i, l := range lines {
		if l == "" {
			panic(&ParseError{i + 1, "empty line"})
		}
		fmt.Println("ok:", l)
	}
}

func main() {
	defer fmt.Println("deferred in main")
	parse([]string{"a", "b", "", "d"})
}
