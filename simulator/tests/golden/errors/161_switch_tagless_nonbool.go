// A switch without expression compares each case with true.
package main

func main() {
	n := 1
	switch {
	case n:
	}
}
