package main

func stmts(n int) (total int) {
	var x, y = 1, 2
	const c = 3
	x += y
	n++
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		} else if i > 10 {
			break
		} else {
			total += i
		}
	}
	for n > 0 {
		n--
	}
	for {
		break
	}
	for k, v := range map[int]int{} {
		_, _ = k, v
	}
	switch x := n; {
	case x > 1, x < -1:
		fallthrough
	default:
	}
	defer func() { recover() }()
	return
}
