package main

import "fmt"

// Numeric conversions wrap (integers) or truncate toward zero (float to
// integer, for values in range); string conversions of runes and bytes.
func main() {
	big := 300
	neg := -129
	fmt.Println(int8(big), uint8(big), int8(neg), uint8(neg), int16(big*250), uint16(neg))
	var m int64 = 1<<40 + 5
	minus := -1
	fmt.Println(int32(m), uint32(m), int8(m), uint64(int8(minus)), uint32(int8(minus-1)))
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	var i16 int16 = -32768
	i16--
	fmt.Println(u8, i8, i16, -i8)
	var minInt int64 = -1 << 63
	minusOne := int64(-1)
	fmt.Println(minInt/minusOne, minInt%minusOne, -minInt)

	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.7, 255.99}
	for _, f := range fs {
		fmt.Print(int(f), " ", int64(f), " ", uint8(f*0), "; ")
	}
	fmt.Println()
	f32 := float32(16777217)
	fmt.Println(f32, float64(f32), float32(0.1), float64(float32(0.1)))
	fmt.Println(float64(1<<53+1), int64(float64(1<<53+1)))
	var bigU uint64 = 1<<64 - 1
	fmt.Println(float64(bigU), float32(bigU))

	r := rune(0x4e16)
	fmt.Println(string(r), string(rune(65)), string(rune(big)), []byte(string(r)))
	bs := []byte{104, 105, 0xff}
	str := string(bs)
	bs[0] = 'H'
	fmt.Printf("%q %q\n", str, bs)
	rs := []rune("añ世")
	fmt.Println(rs, len(rs), string(rs[1:]))
	fmt.Println(string([]rune{}), len(string([]byte(nil))))

	type Celsius float64
	type Temp Celsius
	c := Celsius(36.6)
	t := Temp(c)
	fmt.Println(t, float64(t)+0.4, int(t))
	type MyBytes []byte
	mb := MyBytes("xyz")
	fmt.Println(mb, string(mb))
}
