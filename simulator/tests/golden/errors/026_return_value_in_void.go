// returning a value from a function without results
package main

func run() {
	return 1
}

func main() {
	run()
}
