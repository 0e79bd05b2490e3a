package main

import (
	"errors"
	"fmt"
)

type PanicS struct{ msg string }

func (p PanicS) String() string { panic(p.msg) }

type PanicE struct{}

func (PanicE) Error() string { panic(errors.New("error method failed")) }

type PanicG struct{}

func (PanicG) GoString() string { panic(42) }

type Deref struct{ p *int }

func (d Deref) String() string { return fmt.Sprint(*d.p) }

type NilS struct{ x int }

func (n *NilS) String() string { return fmt.Sprint("NilS", n.x) }

type Deferring struct{}

func (Deferring) String() string {
	defer fmt.Println("  deferred in String runs")
	panic("after defer")
}

type Recovering struct{}

func (Recovering) String() string {
	defer func() { recover() }()
	panic("recovered inside")
}

// fmt recovers a panic in a String, Error or GoString method and prints it
// in the operand's place (catchPanic); a nil receiver prints <nil>.
func main() {
	fmt.Printf("%v|%s|%d\n", PanicS{"boom"}, []PanicS{{"in slice"}}, PanicS{"not called"})
	fmt.Println(PanicE{}, PanicG{})
	fmt.Printf("%#v %+v\n", PanicG{}, PanicE{})
	fmt.Println(Deref{}, Deferring{}, Recovering{} == Recovering{})
	fmt.Printf("[%s]\n", Recovering{})
	var ns *NilS
	fmt.Println(ns, &NilS{2})
	fmt.Printf("%s %v %d\n", ns, []*NilS{nil}, ns == nil)
	s := fmt.Sprint(PanicS{"sprint"}, 1)
	fmt.Println(s, len(s))
	err := fmt.Errorf("wrapped %v", PanicS{"errorf"})
	fmt.Println(err)

	// While a panic unwinds, fmt still recovers only the method's own panic.
	defer func() { fmt.Println("outer recover:", recover()) }()
	defer func() { fmt.Println("in deferred call:", PanicS{"nested"}) }()
	panic("outer")
}
