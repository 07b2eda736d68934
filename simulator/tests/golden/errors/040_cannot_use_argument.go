// passing a float64 variable to an int parameter
package main

func double(n int) int { return 2 * n }

func main() {
	f := 1.5
	_ = double(f)
}
