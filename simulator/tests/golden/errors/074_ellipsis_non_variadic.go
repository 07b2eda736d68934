// spreading a slice into a non-variadic function
package main

func sum(a, b int) int { return a + b }

func main() {
	xs := []int{1, 2}
	_ = sum(xs...)
}
