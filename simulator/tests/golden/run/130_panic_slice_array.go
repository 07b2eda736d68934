// Slicing an array with a high bound past its length.
package main

import "fmt"

func main() {
	var a [4]byte
	j := 6
	fmt.Println(a[2:j])
}
