// A switch has at most one default clause.
package main

func main() {
	n := 1
	switch n {
	default:
	case 1:
	default:
	}
}
