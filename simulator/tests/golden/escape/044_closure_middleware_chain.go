// Decorators wrapping a func in another func: every wrapper closure
// captures the next handler and escapes when returned.
package main

import "fmt"

type Handler func(string) string

func logging(next Handler) Handler {
	return func(s string) string {
		return "[" + next(s) + "]"
	}
}

func upper(next Handler) Handler {
	return func(s string) string {
		b := []byte(next(s))
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			}
		}
		return string(b)
	}
}

func main() {
	base := func(s string) string { return "hello " + s }
	h := logging(upper(base))
	fmt.Println(h("gopher"))
}
