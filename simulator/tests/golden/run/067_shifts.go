// Shifts: left shifts drop high bits, right shifts of signed values extend
// the sign, and shift counts at or beyond the width give 0 or -1.
package main

import "fmt"

func main() {
	x := 1
	for _, n := range []uint{0, 1, 10, 62, 63, 64, 100} {
		fmt.Println(n, x<<n)
	}
	var s8 int8 = -100
	var u8 uint8 = 200
	for _, n := range []uint{1, 3, 7, 8, 9} {
		fmt.Println(n, s8>>n, u8>>n, s8<<n, u8<<n)
	}
	var big uint64 = 1 << 63
	fmt.Println(big, big>>63, int64(big)>>63)
	k := 3
	fmt.Println(5<<k, 0xff>>k, -1<<k)
	var y int32 = 1
	w := uint(32)
	fmt.Println(y<<31, y<<w, y<<(w-1)>>31)
}
