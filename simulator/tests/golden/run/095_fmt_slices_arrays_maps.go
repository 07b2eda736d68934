// Printing containers: slices and arrays of numbers, strings, bools, nested
// slices, byte slices (numbers with %v, text with %s), maps of slices.
package main

import "fmt"

// a variable format string: go vet would reject %d for a map with string keys
var mapVerbs = "%v %d\n"

func main() {
	fmt.Println([]int{1, 2, 3}, [3]bool{true}, []string{"a b", "", "c"})
	fmt.Println([][]int{{1}, {2, 3}, nil, {}}, [2][2]string{{"a", "b"}, {"c", "d"}})
	fmt.Println([]byte("hi"), []rune("hi"), []float64{0.5, 1e9, 1e-9})
	fmt.Printf("%v %s %x % X %q\n", []byte("go"), []byte("go"), []byte("go"), []byte("go"), []byte("go"))
	fmt.Printf("%d %x %o %5d|%-4d|\n", []int{10, 11}, []int{10, 11}, []int{8, 9}, []int{1, 2}, []int{3})
	fmt.Printf("%.1f %5.2f %e\n", []float64{1.25, 2}, [2]float64{3, 4.125}, []float64{1})
	fmt.Printf("%t %q %s\n", []bool{true, false}, []string{"x", "y"}, []string{"x", "y"})
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}}, map[int]map[int]bool{1: {2: true}})
	fmt.Printf(mapVerbs, map[string]int{"z": 26, "a": 1}, map[string]int{"z": 26, "a": 1})
	type cell struct {
		R, C int
		V    []string
	}
	fmt.Printf("%v %+v\n", []cell{{1, 2, []string{"x"}}}, []cell{{1, 2, nil}})
}
