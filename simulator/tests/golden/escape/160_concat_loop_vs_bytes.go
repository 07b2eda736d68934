// Building a string in a loop: += allocates a new string each time (each
// concatenation escapes); appending into a []byte and converting once
// allocates far less.
package main

import "fmt"

func slow(words []string) string {
	s := ""
	for _, w := range words {
		s += w + " "
	}
	return s
}

func fast(words []string) string {
	n := 0
	for _, w := range words {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for _, w := range words {
		b = append(b, w...)
		b = append(b, ' ')
	}
	return string(b)
}

func main() {
	ws := []string{"go", "is", "fun"}
	fmt.Println(slow(ws) == fast(ws), len(fast(ws)))
}
