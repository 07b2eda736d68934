// referring to an unexported name of fmt
package main

import "fmt"

func main() {
	fmt.newPrinter()
}
