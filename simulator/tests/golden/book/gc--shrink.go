package main

import (
	"fmt"
	"runtime"
)

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%64]
}

func main() {
	fmt.Println(deep(200))
	for i := 0; i < 4; i++ {
		runtime.GC()
	}
	fmt.Println("done")
}
