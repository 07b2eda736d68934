// defer needs a function call, not a conversion.
package main

func main() {
	x := 1
	defer float64(x)
}
