// Run-time panic: integer divide by zero, recovered once via defer and
// then raised again without recovery.
package main

import "fmt"

func div(a, b int) int { return a / b }

func safe(a, b int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			ok = false
		}
	}()
	return div(a, b), true
}

func main() {
	fmt.Println(safe(6, 3))
	fmt.Println(safe(1, 0))
	fmt.Println(div(1, 0))
}
