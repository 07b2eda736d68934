package main

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("not found")
var lastErr error

func lookupBefore(k int) error {
	if k < 0 {
		return nil
	}
	return errors.New("not found")
}

func lookupAfter(k int) error {
	if k < 0 {
		return nil
	}
	return errNotFound
}

func Before() { lastErr = lookupBefore(7) }
func After()  { lastErr = lookupAfter(7) }

func main() {
	Before()
	fmt.Println(lastErr)
	After()
	fmt.Println(lastErr, lastErr == errNotFound)
}
