// Predict: interfaces and fmt.
//
// Mark every reported line with // want "..." comments (see exercise 01). Converting a
// value to an interface boxes it; fmt's functions keep what they are given.
package main

import "fmt"

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) } // want "... argument does not escape" "float64(t) escapes to heap"

var last fmt.Stringer

func remember(s fmt.Stringer) { // want "leaking param: s"
	last = s
}

func main() {
	t := temp(21.5)
	remember(t) // want "temp(21.5) escapes to heap"
	n := 3
	fmt.Println("readings:", n) // want "... argument does not escape" "\"readings:\" escapes to heap" "3 escapes to heap"
}
