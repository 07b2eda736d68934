// mixing normal arguments with a spread in the variadic position
package main

func sum(xs ...int) int { return len(xs) }

func main() {
	xs := []int{1, 2}
	_ = sum(0, 1, xs...)
}
