// a label that nothing refers to
package main

func main() {
outer:
	for i := 0; i < 2; i++ {
	}
}
