// The forms of for: three-clause, condition-only, infinite with break,
// range over an integer (Go 1.22), over arrays, and range with only the index.
package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 10 {
		n++
	}
	fmt.Println(n)
	x := 100
	for x > 1 {
		x /= 3
	}
	fmt.Println(x)
	k := 0
	for {
		k++
		if k*k > 50 {
			break
		}
	}
	fmt.Println(k)
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		arr[i] += arr[i]
	}
	for i, v := range arr {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
}
