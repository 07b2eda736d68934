// selecting a field that does not exist
package main

type T struct{ a int }

func main() {
	var t T
	_ = t.b
}
