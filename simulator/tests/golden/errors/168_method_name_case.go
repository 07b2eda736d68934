// Interface satisfaction is case-sensitive: sound is not Sound.
package main

type Animal interface{ Sound() string }

type Dog struct{}

func (d Dog) sound() string { return "woof" }

func main() {
	var a Animal = Dog{}
	_ = a
}
