package main

import (
	"encoding/json"
	"fmt"
	"math/rand"
)

func main() {
	b, _ := json.Marshal(rand.Intn(3))
	fmt.Println(b)
}
