package main

type Celsius float64
type Fahrenheit float64
type IntSlice []int

func main() {
	var c Celsius = 10
	var f Fahrenheit = c
	var s IntSlice = []int{1}
	var t []int = s
	var u IntSlice = t
	f = Fahrenheit(c)
	_, _, _ = f, u, s
}
