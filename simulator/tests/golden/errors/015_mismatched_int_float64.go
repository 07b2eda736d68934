// multiplying int and float64 variables
package main

func main() {
	n := 3
	f := 1.5
	_ = n * f
}
