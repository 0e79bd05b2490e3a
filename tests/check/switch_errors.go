package main

func main() {
	x := 1
	switch x {
	case "a":
	case 1.5:
	default:
	default:
	}
	f := func() {}
	switch f {
	case nil:
	}
	switch {
	case 1:
	}
}
