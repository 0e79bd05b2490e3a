package main

const a int8 = 100
const b = a * 2

type C uint8

const d C = 255
const e = d + 1

func main() {}
