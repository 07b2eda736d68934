// calling a function fmt does not export
package main

import "fmt"

func main() {
	fmt.Printline("x")
}
