// Converting floats to integers truncates toward zero; integers convert to
// floats exactly up to 2^53; float32 loses precision earlier.
package main

import "fmt"

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.7} {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	big := int64(1)<<53 + 1
	fmt.Println(big, int64(float64(big)), float64(big) == float64(big-1))
	var f32 float32 = 16777217
	fmt.Println(int(f32), f32)
	n := 7
	fmt.Println(float64(n)/2, n/2, float64(n/2))
	u := uint8(250)
	fmt.Println(float32(u)*2, int(float32(u))*2)
	h := 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += h
	}
	fmt.Println(sum, sum == 1.0, float32(sum) == 1.0)
}
