// calling a method that does not exist
package main

type T struct{ a int }

func main() {
	t := T{}
	t.Run()
}
