// Error handling without the errors package helpers: sentinel errors compared
// with ==, custom error structs recovered with a type assertion.
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty input")

type RangeError struct {
	Value, Min, Max int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%d out of range [%d, %d]", e.Value, e.Min, e.Max)
}

func validate(xs []int) error {
	if len(xs) == 0 {
		return ErrEmpty
	}
	for _, x := range xs {
		if x < 0 || x > 10 {
			return &RangeError{x, 0, 10}
		}
	}
	return nil
}

func main() {
	for _, in := range [][]int{nil, {1, 2}, {3, 42}} {
		err := validate(in)
		switch {
		case err == nil:
			fmt.Println("ok")
		case err == ErrEmpty:
			fmt.Println("sentinel:", err)
		default:
			if re, ok := err.(*RangeError); ok {
				fmt.Println("range error for", re.Value, "-", err)
			}
		}
	}
}
