// syntax: newline in string
package main

func main() {
	s := "hello
	_ = s
}
