// String concatenation allocates a new string: local results stay on the
// stack, escaping ones do not; constant concatenations fold away; += in a loop.
package main

import "fmt"

var last string

func greet(first, second string) string {
	local := first + " " + second
	n := len(local)
	last = first + second
	const pre = "Hello, " + "world"
	s := pre + "!"
	_ = s
	return fmt.Sprint(n) + first
}

func join(parts []string) string {
	out := ""
	for _, p := range parts {
		out += p + ","
	}
	return out
}

func main() {
	fmt.Println(greet("a", "b"), last, join([]string{"x", "y"}))
}
