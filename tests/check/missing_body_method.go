package main

type T struct{}

func f()

func (t T) M()

func (*T) N()

func main() {}
