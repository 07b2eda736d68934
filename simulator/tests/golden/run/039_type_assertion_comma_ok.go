// The two-result type assertion never panics: it reports ok and yields the
// zero value of the target type on failure.
package main

import "fmt"

type Named string

func main() {
	var v any = Named("n")
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	n, ok := v.(Named)
	fmt.Printf("%q %v\n", n, ok)
	i, ok := v.(int)
	fmt.Println(i, ok)
	var st fmt.Stringer
	st, ok = v.(fmt.Stringer)
	fmt.Println(st == nil, ok)
	var nothing any
	f, ok := nothing.(float64)
	fmt.Println(f, ok)
	v = 3.5
	if f, ok := v.(float64); ok {
		fmt.Println("float", f*2)
	}
}
