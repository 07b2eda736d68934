// calling with too many arguments
package main

func hello(name string) string { return "hi " + name }

func main() {
	_ = hello("a", "b")
}
