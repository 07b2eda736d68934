// a function value (not called) used as a statement
package main

func compute() int { return 42 }

func main() {
	compute
}
