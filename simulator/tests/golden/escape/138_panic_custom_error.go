// Run-time panic with an error value: the message is the Error() text;
// deferred calls run first and their output appears before the panic.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func validate(name string) {
	if name == "" {
		panic(&ValidationError{"name"})
	}
}

func main() {
	defer fmt.Println("deferred runs first")
	validate("ok")
	err := fmt.Errorf("wrapped: %w", errors.New("inner"))
	fmt.Println(err)
	validate("")
}
