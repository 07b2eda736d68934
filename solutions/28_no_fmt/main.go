// Fix the allocations: Label must make at most 1 allocation per call
// (`memsim allocs main.go Label`), and the program must print exactly what it prints
// now. Read "Writing allocation-friendly Go" first. (memsim's subset imports fmt, errors
// and runtime only: there is no strconv to call.)
package main

import "fmt"

var orders = []int{17, 4711, 305, 90210}

var label string

const digits = "0123456789"

// appendInt appends the decimal digits of n (n >= 0) to b, most significant first.
func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, digits[n%10])
}

func Label() {
	// A buffer in Label's frame: constant size, and it does not escape.
	buf := make([]byte, 0, 64)
	buf = append(buf, "orders:"...)
	for _, id := range orders {
		buf = append(buf, " #"...)
		buf = appendInt(buf, id)
	}
	label = string(buf)
}

func main() {
	Label()
	fmt.Println(label)
}
