// a conversion used as a statement
package main

func main() {
	n := 1
	float64(n)
}
