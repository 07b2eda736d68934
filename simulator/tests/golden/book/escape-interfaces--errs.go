package main

import (
	"errors"
	"fmt"
)

var errEmpty = errors.New("empty")

var sinkErr error

func check(s string) error {
	if s == "" {
		return errEmpty
	}
	if len(s) > 8 {
		return errors.New("too long")
	}
	if s[0] == '-' {
		return fmt.Errorf("bad first byte in %q", s)
	}
	return nil
}

func Sentinel() { sinkErr = check("") }
func New()      { sinkErr = check("much too long") }
func Errorf()   { sinkErr = check("-x") }
func Nil()      { sinkErr = check("ok") }

func main() {
	fmt.Println(check(""), check("much too long"), check("-x"), check("ok"))
}
