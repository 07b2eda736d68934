// fmt prints maps with keys sorted: numbers numerically, strings bytewise,
// bools false first, structs field by field, floats with NaN first.
package main

import "fmt"

type pt struct{ x, y int }

func main() {
	fmt.Println(map[int]string{10: "ten", -5: "minus five", 3: "three", 0: "zero"})
	fmt.Println(map[string]int{"b": 2, "B": 20, "a": 1, "ab": 3, "": 0, "é": 9})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[pt]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[int8]uint{-128: 1, 127: 2, 0: 3})
	fmt.Println(map[string][]int{"odd": {1, 3}, "even": {2, 4}, "none": nil})
	fmt.Printf("%v\n%+v\n", map[string]pt{"p": {1, 2}}, map[string]pt{"p": {1, 2}})
	fmt.Println(map[rune]bool{'z': true, 'a': false})
	fmt.Println(map[[2]int]int{{1, 2}: 3, {0, 9}: 1})
}
