// Anonymous struct types with different field types do not match.
package main

func main() {
	a := struct {
		Name string
		Port int
	}{"db", 5432}
	var b struct {
		Name string
		Port string
	}
	b = a
	_ = b
}
