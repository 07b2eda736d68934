// Asserting an interface type the value does not implement reports the
// missing method.
package main

import "fmt"

type Closer interface{ Close() error }
type file struct{}

func (file) Read() int { return 0 }

func main() {
	var v any = file{}
	c := v.(Closer)
	fmt.Println(c)
}
