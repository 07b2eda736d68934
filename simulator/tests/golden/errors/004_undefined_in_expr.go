// undeclared name inside an expression, after valid code
package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total += i * factor
	}
	fmt.Println(total)
}
