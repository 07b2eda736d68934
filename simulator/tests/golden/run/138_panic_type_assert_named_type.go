// A defined type is not its underlying type: asserting float64 on a
// Celsius value fails.
package main

import "fmt"

type Celsius float64

func main() {
	var v any = Celsius(21.5)
	fmt.Println(v)
	f := v.(float64)
	fmt.Println(f)
}
