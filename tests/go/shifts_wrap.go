package main

import "fmt"

// Shifts by variable counts: counts >= width give 0 (or -1 for a signed
// right shift of a negative value); arithmetic wraps modulo 2^n.
func main() {
	for _, n := range []uint{0, 1, 7, 8, 31, 32, 63, 64, 65, 200} {
		var u8 uint8 = 0xA5
		var i8 int8 = -100
		var u32 uint32 = 0x80000001
		var i64 int64 = -12345
		one := 1
		fmt.Println(n, u8<<n, u8>>n, i8<<n, i8>>n, u32<<n, u32>>n, i64>>n, one<<n)
	}
	var count int = 3
	fmt.Println(int16(1)<<count, -17>>count, uint8(255)>>count)

	var a uint32 = 4000000000
	var b uint32 = 500000000
	fmt.Println(a+b, a*2, b-a, ^a, -a)
	var x int32 = 2147483647
	var y int32 = -2147483648
	fmt.Println(x+1, y-1, x*x, -y, y/-1, y%-1)
	var m uint64 = 1<<64 - 1
	fmt.Println(m+1, m*m, m/3, m%1000)
	fmt.Println(7/-2, -7/2, 7%-2, -7%2, -7>>1, 7&^5, -8&^3)
	var bits uint16 = 0xF0F0
	fmt.Println(bits&0xFF00, bits|0x0F0F, bits^0xFFFF, bits&^0xF000)
	fmt.Printf("%08b %x %o %X\n", uint8(13), -255, 64, uint64(0xDEADBEEF))
}
