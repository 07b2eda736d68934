// goto jumping forward over statements.
package main

import "fmt"

func check(n int) string {
	if n < 0 {
		goto negative
	}
	return "ok"
negative:
	return "negative"
}

func main() {
	fmt.Println(check(1), check(-1))
}
