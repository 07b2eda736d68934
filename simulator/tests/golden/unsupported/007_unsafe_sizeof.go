// Importing unsafe.
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	a int8
	b int64
}

func main() {
	fmt.Println(unsafe.Sizeof(T{}), unsafe.Alignof(int64(0)))
}
