// Parameters and results are never "too large", but a local that receives
// a large result is an explicit variable and can be.
package main

import "fmt"

type Big [131073]byte

func fill(b Big) Big {
	b[0] = 1
	return b
}

func use() int {
	var src Big
	dst := fill(src)
	return int(dst[0])
}

func main() {
	fmt.Println(use())
}
