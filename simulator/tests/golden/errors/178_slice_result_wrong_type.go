// Errors about a slice expression are reported at its bracket.
package main

func tail(words []string) []int {
	return words[1:]
}

func main() { _ = tail(nil) }
