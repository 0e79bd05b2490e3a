package main

import "strings"

func (b *strings.Builder) Foo() {}
func (s string) Bar()           {}

func main() {}
