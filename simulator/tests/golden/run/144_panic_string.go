// panic with a string prints it verbatim after "panic: ".
package main

import "fmt"

func main() {
	fmt.Println("about to fail")
	panic("something bad happened")
}
