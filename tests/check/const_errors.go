package main

func f() int { return 1 }

const a = f()
const b int = "s"
const c []int = nil

var v = 1

const d = v

func main() {}
