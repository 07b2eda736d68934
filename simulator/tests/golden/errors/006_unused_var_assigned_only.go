// assigning to a variable is not a use
package main

func main() {
	count := 0
	count = 5
}
