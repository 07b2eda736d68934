// assigning to a field of a struct stored in a map
package main

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 5
}
