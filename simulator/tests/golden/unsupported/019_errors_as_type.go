// errors.AsType (Go 1.26) is generic: outside the subset, not "undefined".
package main

import (
	"errors"
	"fmt"
)

type notFound struct{ name string }

func (e *notFound) Error() string { return e.name + " not found" }

func main() {
	var err error = &notFound{"x"}
	if e, ok := errors.AsType[*notFound](err); ok {
		fmt.Println(e.name)
	}
}
