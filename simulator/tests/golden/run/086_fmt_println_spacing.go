// Println always puts a space between operands and ends with a newline;
// Print adds a space only between two operands that are both non-strings.
package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, "c", true, nil, 2.5)
	fmt.Println()
	fmt.Println("")
	fmt.Print("a", "b", 1, 2, "c", true, nil, 2.5, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", 2, 3, "z\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(1.5, true, false, 'a', "\n")
	n, _ := fmt.Println("counted")
	fmt.Println(n)
	m, _ := fmt.Print("no newline", 7)
	fmt.Println()
	fmt.Println(m)
}
