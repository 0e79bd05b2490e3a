package main

import "fmt"

func main() {
	var a, b int
	var s string
	var r rune
	n, err := fmt.Scan(&a, &b)
	fmt.Println("Scan", n, err, a, b)
	// Each call reads from a fresh state: the rune Scan peeked at after its
	// last token (here the space after 7) is gone.
	n, err = fmt.Scanf("%d", &a)
	fmt.Println("Scanf", n, err, a)
	n, err = fmt.Scanf("%c", &r)
	fmt.Printf("Scanf %%c %d %v %q\n", n, err, r)
	n, err = fmt.Scanln(&s)
	fmt.Println("Scanln", n, err, s)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("Scanln short line", n, err, a)
	n, err = fmt.Scanln(&s)
	fmt.Println("Scanln next", n, err, s)
	n, err = fmt.Scanf("x=%d,y=%d\n", &a, &b)
	fmt.Println("Scanf pairs", n, err, a, b)
	n, err = fmt.Scanf("%c%c", &r, &r)
	fmt.Printf("Scanf utf8 %d %v %q\n", n, err, r)
	n, err = fmt.Scan(&s)
	fmt.Println("Scan word", n, err, s)
	var f float64
	n, err = fmt.Scan(&f)
	fmt.Println("Scan bad float", n, err)
	n, err = fmt.Scan(&s)
	fmt.Println("Scan after error", n, err, s)
	for {
		n, err = fmt.Scan(&s)
		fmt.Printf("Scan loop %d %v %q\n", n, err, s)
		if err != nil {
			break
		}
	}
	n, err = fmt.Scanln(&a)
	fmt.Println("Scanln at end", n, err)
	n, err = fmt.Scanf("%d", &a)
	fmt.Println("Scanf at end", n, err)
}
