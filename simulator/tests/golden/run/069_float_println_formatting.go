// Println formats float64 with %v: the shortest representation that round-
// trips, switching to exponent form below 1e-4 and from 1e21; special values.
package main

import "fmt"

func main() {
	zero := 0.0
	vals := []float64{0, 1, -1.5, 0.1 + 0.2, 1.0 / 3, 100, 1e6, 123456789.0, 1e20, 1e21, 1e-4, 1e-5, 0.000123, 2.5e-10, 6.02214076e23}
	for _, v := range vals {
		fmt.Println(v)
	}
	fmt.Println(1/zero, -1/zero, zero/zero, -zero, 1/(-1/(1/zero)))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(float32(1)/3, float32(16777216.0)+1)
	fmt.Print(3.0, " ", 2.5e100, "\n")
}
