package main

var init = 1

func init(x int) {}

func main() int { return 0 }
