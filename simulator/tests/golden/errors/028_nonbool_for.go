// a string used as a for condition
package main

func main() {
	s := "go"
	for s {
	}
}
