// panic's argument escapes (boxed if needed); print/println are builtins
// writing to stderr, their arguments do not escape.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.code) }

func check(n int) {
	switch {
	case n == 1:
		panic(n)
	case n == 2:
		panic(CodeErr{n})
	case n == 3:
		panic(errors.New("three"))
	case n == 4:
		panic(fmt.Sprintf("four %d", n))
	}
	s := "quiet"
	println(s, n, len(s))
	print("x", 1.5, "\n")
}

func try(n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	check(n)
	return "ok"
}

func main() {
	for i := 1; i <= 5; i++ {
		fmt.Println(try(i))
	}
}
