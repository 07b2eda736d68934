// assigning to a call result
package main

func get() int { return 1 }

func main() {
	get() = 2
}
