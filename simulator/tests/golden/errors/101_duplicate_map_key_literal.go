// duplicate constant key in a map literal
package main

func main() {
	m := map[string]int{"a": 1, "a": 2}
	_ = m
}
