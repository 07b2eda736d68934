// Case values must convert to the type of the switch expression.
package main

func main() {
	n := 1
	switch n {
	case "one":
	}
}
