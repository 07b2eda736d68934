// A single-line import of a package other than fmt/errors.
package main

import "strconv"

func main() {
	n, err := strconv.Atoi("42")
	println(n, err == nil)
}
