// errors.New and fmt.Errorf: %w wraps (the text is the same as %v), errors
// print through Error(), also inside slices and structs with %v.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

func find(name string) error {
	if name == "" {
		return errors.New("empty name")
	}
	return NotFound{name}
}

func main() {
	base := find("x")
	wrapped := fmt.Errorf("lookup failed: %w", base)
	twice := fmt.Errorf("request %d: %w", 42, wrapped)
	fmt.Println(base)
	fmt.Println(wrapped)
	fmt.Println(twice)
	fmt.Printf("%v | %s | %q\n", find(""), find(""), find(""))
	errs := []error{base, nil, errors.New("third")}
	fmt.Println(errs)
	fmt.Printf("%v %+v\n", struct{ Err error }{base}, struct{ Err error }{base})
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	both := fmt.Errorf("%w and %w", e1, e2)
	fmt.Println(both)
	fmt.Printf("%T %T %T\n", base, wrapped, both)
}
