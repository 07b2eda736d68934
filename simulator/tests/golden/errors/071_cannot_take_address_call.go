// taking the address of a call result
package main

func get() int { return 1 }

func main() {
	p := &get()
	_ = p
}
