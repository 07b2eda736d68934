// Each value of a multiple assignment must fit its variable.
package main

func main() {
	var count int
	var label string
	count, label = "three", 3
	_, _ = count, label
}
