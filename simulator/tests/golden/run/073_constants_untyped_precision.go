// Untyped constants are exact: huge intermediate values and exact fractions
// are fine as long as the final value fits the type it is used as.
package main

import "fmt"

const (
	Huge  = 1 << 100
	Small = Huge >> 98
	Third = 1.0 / 3
	Big   = 1e300 * 1e300 / 1e300
	Mask  = ^uint32(0)
	Max64 = 1<<63 - 1
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
)

func main() {
	fmt.Println(Small, Huge/Huge, Huge%7)
	fmt.Println(Third, Third*3 == 1, float32(Third))
	fmt.Println(Big, Mask, Max64)
	fmt.Println(Pi, float32(Pi))
	const typed int8 = 100
	fmt.Println(typed+27, 'a'+1, string(rune('a'+1)))
	var f float64 = 7 / 2
	var g float64 = 7 / 2.0
	fmt.Println(f, g, 7/2*2.0)
	fmt.Printf("%T %T %T %T\n", 'x', 1<<3, 2.0, "s")
}
