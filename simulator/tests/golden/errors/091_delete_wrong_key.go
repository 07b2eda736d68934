// delete with a key of the wrong type
package main

func main() {
	m := map[string]int{"a": 1}
	delete(m, 1)
}
