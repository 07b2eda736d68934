// Asserting on a nil interface value: there is no dynamic type at all.
package main

import "fmt"

func main() {
	var e error
	fmt.Println(e == nil)
	s := any(e).(string)
	fmt.Println(s)
}
