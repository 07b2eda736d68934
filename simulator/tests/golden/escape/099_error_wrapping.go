// m2
// Errors: sentinel errors from errors.New at package level, custom error
// types returned as error (boxed unless pointer), wrapping with %w.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type CodeError int

func (c CodeError) Error() string { return fmt.Sprint("code ", int(c)) }

func find(key string) error {
	if key == "" {
		return ErrNotFound
	}
	return nil
}

func parse(line int) error {
	return &ParseError{Line: line, Msg: "bad token"}
}

func code(n int) error { return CodeError(n) }

func load(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("load %q: %w", key, err)
	}
	return parse(3)
}

func main() {
	err := load("")
	fmt.Println(err)
	if pe, ok := load("k").(*ParseError); ok {
		fmt.Println("parse error at", pe.Line)
	}
	fmt.Println(code(7), find("x") == nil)
}
