// Output written before an unrecovered panic stays on stdout; deferred
// calls run (and print) before the program dies.
package main

import "fmt"

func step(i int) {
	defer fmt.Println("leaving step", i)
	if i == 3 {
		var arr []int
		_ = arr[i]
	}
	fmt.Println("step", i, "ok")
}

func main() {
	defer fmt.Println("main's defer runs too")
	for i := 1; i <= 5; i++ {
		step(i)
	}
}
