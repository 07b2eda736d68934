// two functions with the same name
package main

func helper() {}

func helper() {}

func main() {
	helper()
}
