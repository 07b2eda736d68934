// go with something that is not a call
package main

func work() {}

func main() {
	go work
}
