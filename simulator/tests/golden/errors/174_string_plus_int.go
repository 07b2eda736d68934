// Strings and numbers do not mix in +; convert explicitly (strconv.Itoa).
package main

func main() {
	n := 3
	s := "items: " + n
	_ = s
}
