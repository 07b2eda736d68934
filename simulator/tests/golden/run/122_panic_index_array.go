// Writing an array element with a run-time index equal to the length panics
// (the bounds check stays because the index is not a constant).
package main

func main() {
	var a [3]int
	i := 3
	a[i] = 1
}
