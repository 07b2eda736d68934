// a negative constant converted to uint
package main

func main() {
	u := uint(-1)
	_ = u
}
