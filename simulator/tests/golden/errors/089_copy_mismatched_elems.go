// copy between slices of different element types
package main

func main() {
	a := []int{1}
	b := []string{"x"}
	copy(a, b)
}
