package main

type P *int
type I interface{ M() }

func (int) M()   {}
func (p P) M()   {}
func (i I) N()   {}
func (x *[]int) Q() {}

func main() {}
