// Map literal keys are compared by value, not by spelling.
package main

func main() {
	m := map[int]string{1: "one", 2 - 1: "uno"}
	_ = m
}
