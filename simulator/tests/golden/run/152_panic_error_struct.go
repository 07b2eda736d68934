// panic with a struct implementing error (pointer receiver) prints Error().
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse() {
	panic(&ParseError{7, "unexpected token"})
}

func main() {
	parse()
}
