// Range over a function (iterator), Go 1.23.
package main

import "fmt"

func count(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for v := range count(3) {
		fmt.Println(v)
	}
}
