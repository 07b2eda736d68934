// 32- and 64-bit signed arithmetic wraps on overflow; conversions between
// sizes truncate or sign-extend.
package main

import "fmt"

func main() {
	var a int32 = 2147483647
	a++
	fmt.Println(a)
	var m int32 = 65536
	fmt.Println(m*m, m*m-1, int64(m)*int64(m))
	var b int64 = 9223372036854775807
	b++
	fmt.Println(b, -b, b-1)
	var c int64 = 3037000500
	fmt.Println(c*c, c*c/c)
	var i int = -9223372036854775808
	fmt.Println(i, i-1, i/-1, i%-1)
	x := int64(-1)
	h := int64(200)
	fmt.Println(int32(x), uint32(x), uint64(x), int8(h))
	var f int32 = -2147483648
	fmt.Println(f/-1, -f, f*-1)
}
