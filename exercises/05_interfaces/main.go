// Predict: interfaces and fmt.
//
// Mark every reported line with // want "..." comments (see exercise 01). Converting a
// value to an interface boxes it; fmt's functions keep what they are given.
package main

import "fmt"

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

var last fmt.Stringer

func remember(s fmt.Stringer) {
	last = s
}

func main() {
	t := temp(21.5)
	remember(t)
	n := 3
	fmt.Println("readings:", n)
}
