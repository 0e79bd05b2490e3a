package main

func main() {
	switch 1 {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough
		}
	case 3:
		fallthrough
	}
	var i interface{}
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
	fallthrough
}
