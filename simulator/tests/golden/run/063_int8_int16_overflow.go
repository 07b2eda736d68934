// Signed 8- and 16-bit arithmetic wraps around in two's complement; negating
// the minimum value gives the minimum value again.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b int8 = -128
	b = -b
	fmt.Println(b, b*-1, b-1)
	var m int8 = 100
	fmt.Println(m*2, m*3, m+m+m+m)
	var c int16 = 32767
	c += 2
	fmt.Println(c)
	var d int16 = -32768
	fmt.Println(d-1, -d, d*d)
	var e int16 = 300
	fmt.Println(e*e, int8(e), uint8(e))
}
