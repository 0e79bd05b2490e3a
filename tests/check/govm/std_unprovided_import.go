package main

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	fmt.Println(r, rand.Intn(3))
}
