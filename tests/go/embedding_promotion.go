package main

import "fmt"

// Embedded fields promote their fields and methods; a shallower name hides
// a deeper one; pointer embedding shares the embedded value.
type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Audit struct{ Name string }

func (Audit) Log() string { return "audit" }

type Item struct {
	Base
	Audit
	Name  string // hides Base.Name and Audit.Name
	Price int
}

func (i Item) Kind() string { return "item/" + i.Base.Kind() }

type Shared struct {
	*Base
	Extra int
}

type Describer interface{ Describe() string }
type Renamer interface{ Rename(string) }

type Logger interface{ Log() string }

type Service struct {
	Logger // embedded interface
	calls  int
}

type quiet struct{}

func (quiet) Log() string { return "quiet" }

type Deep struct{ Item }

func main() {
	it := Item{Base{1, "base"}, Audit{"audit"}, "item", 10}
	fmt.Println(it.Name, it.Base.Name, it.Audit.Name, it.ID)
	fmt.Println(it.Describe(), it.Kind(), it.Log())
	it.Rename("renamed") // (&it.Base).Rename
	fmt.Println(it.Base.Name, it.Name)

	var d Describer = it
	fmt.Println(d.Describe())
	var r Renamer = &it
	r.Rename("via iface")
	fmt.Println(it.Base.Name)
	_, ok := interface{}(it).(Renamer)
	_, okp := interface{}(&it).(Renamer)
	fmt.Println(ok, okp)

	b := &Base{7, "shared"}
	s1 := Shared{b, 1}
	s2 := Shared{b, 2}
	s1.Rename("changed")
	s2.ID = 8
	fmt.Println(s1.Describe(), s2.Name, b.ID)
	var rs Renamer = s1 // Shared's method set includes *Base methods
	rs.Rename("again")
	fmt.Println(b.Name)

	svc := Service{quiet{}, 0}
	fmt.Println(svc.Log())
	var lg Logger = svc
	fmt.Println(lg.Log())

	dp := Deep{it}
	fmt.Println(dp.ID, dp.Name, dp.Kind(), dp.Item.Base.Describe())
	fmt.Printf("%+v\n", dp)
}
