// %T prints the dynamic type as Go spells it: predeclared types, composite
// types, named types with the package prefix, func and chan types.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type pair struct{ a, b int }
type Shape interface{ Area() float64 }

func main() {
	vals := []any{1, int8(1), uint(1), 'a', byte(1), 1.5, float32(1), "s", true, nil,
		[]int{}, [3]string{}, map[string][]bool{}, &pair{}, pair{}, Celsius(1),
		func(int) string { return "" }, make(chan int), make(<-chan bool), struct{ X int }{},
		errors.New("e"), []any{1}, [][]*pair{}, new(int), fmt.Errorf("w %w", errors.New("x"))}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var s Shape
	fmt.Printf("%T %v\n", s, s)
	fmt.Println(fmt.Sprintf("%T", 1) == "int")
}
