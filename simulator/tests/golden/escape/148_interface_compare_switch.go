// Comparing an interface with a constant or a concrete value, and an
// expression switch on an interface value: the compared operands are
// converted to the interface type.
package main

import "fmt"

func describe(v any) string {
	if v == 1 {
		return "one"
	}
	n := 2
	if v == n {
		return "two"
	}
	switch v {
	case "s":
		return "string s"
	case 3.5:
		return "float"
	}
	return "other"
}

func main() {
	fmt.Println(describe(1), describe(2), describe("s"), describe(3.5), describe(true))
}
