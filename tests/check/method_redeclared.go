package main

type T struct{ M int }

func (T) M()  {}
func (T) N()  {}
func (*T) N() {}

func main() {}
