// defer + recover turning a panic into an error via a named result: the
// deferred closure writes err, which stays on the stack (top-level defer).
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(r.(string))
			res = -1
		}
	}()
	if n < 0 {
		panic("negative")
	}
	return n, nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(-3))
}
