// A panic recovered in a deferred function: the panicking function returns
// normally, output continues, and the program exits with status 0.
package main

import "fmt"

func risky(n int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			res = -1
		}
	}()
	s := make([]int, 3)
	return s[n]
}

func main() {
	fmt.Println(risky(1))
	fmt.Println(risky(10))
	fmt.Println("still running")
}
