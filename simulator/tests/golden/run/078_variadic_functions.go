// Variadic parameters: called with no arguments (nil slice), with several,
// and with a slice spread by ... which shares the caller's array.
package main

import "fmt"

func sum(label string, nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	fmt.Println(label, len(nums), nums == nil, t)
	return t
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func describe(args ...any) {
	fmt.Println(len(args), args)
}

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	xs := []int{5, 6, 7}
	sum("spread", xs...)
	zeroFirst(xs...)
	fmt.Println(xs)
	zeroFirst(9, 9)
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x"}...))
	describe()
	describe(1, "a", nil)
	describe([]any{1, 2}...)
	describe([]any{1, 2})
}
