package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	// Only facts that hold in any environment the tests run in.
	fmt.Println(os.Getenv("GOVM_SURELY_UNSET_VARIABLE") == "")
	v, ok := os.LookupEnv("GOVM_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("")
	fmt.Printf("%q %v\n", v, ok)
	path, ok := os.LookupEnv("PATH")
	fmt.Println(ok, path != "", path == os.Getenv("PATH"))
	env := os.Environ()
	fmt.Println(len(env) > 0, cap(env) >= len(env))
	consistent := true
	for _, kv := range env {
		i := strings.IndexByte(kv, '=')
		if i <= 0 {
			continue
		}
		if got, found := os.LookupEnv(kv[:i]); !found || got != kv[i+1:] {
			consistent = false
		}
		if _, found := os.LookupEnv(kv[:i+1]); found {
			consistent = false
		}
	}
	fmt.Println(consistent)
	env[0] = "changed"
	fmt.Println(os.Environ()[0] != "changed")
}
