// Conversions the compiler can do without copying: string(b) used only for
// a comparison, as a map key in a lookup, or in a concatenation operand.
package main

import "fmt"

func checks(b []byte, m map[string]int) (bool, int, string) {
	eq := string(b) == "key"
	v := m[string(b)]
	s := "<" + string(b) + ">"
	return eq, v, s
}

func main() {
	eq, v, s := checks([]byte("key"), map[string]int{"key": 7})
	fmt.Println(eq, v, s)
}
