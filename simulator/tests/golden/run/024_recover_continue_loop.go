// Each iteration calls a function that may panic; the recover inside it
// turns the panic into a result, and the loop continues normally.
package main

import "fmt"

func check(n int) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
			ok = false
		}
	}()
	if n%3 == 0 {
		panic(fmt.Sprintf("%d is divisible by 3", n))
	}
	arr := [4]int{}
	arr[n%4] = n
	return true
}

func main() {
	good := 0
	for i := 1; i <= 9; i++ {
		if check(i) {
			good++
		}
	}
	fmt.Println("good:", good)
}
