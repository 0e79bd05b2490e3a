// A label may stand before an explicit empty statement `;`, as before a
// closing brace (go1.19 test/fixedbugs/bug137.go).
package main

import "fmt"

func main() {
	n := 0
L1:
	;
	n++
	if n < 3 {
		goto L1
	}
L2:
	for i := 0; i < 10; i++ {
		n += i
		break L2
	}
	fmt.Println(n)
	{
		goto L3
	L3:
	}
}
