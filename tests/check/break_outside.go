package main

func main() {
	break
	continue
	if true {
		break
	}
	switch {
	case true:
		continue
	}
}
