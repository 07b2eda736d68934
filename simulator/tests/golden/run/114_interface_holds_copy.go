// Storing a value in an interface copies it: later changes to the variable
// do not show through the interface; storing a pointer shares the value.
package main

import "fmt"

type counter struct{ n int }

func (c counter) Value() int { return c.n }

type valuer interface{ Value() int }

func main() {
	c := counter{1}
	var byValue valuer = c
	var byPtr valuer = &c
	c.n = 2
	fmt.Println(byValue.Value(), byPtr.Value())
	arr := [3]int{1, 2, 3}
	var a any = arr
	arr[0] = 100
	fmt.Println(a, arr)
	back := a.([3]int)
	back[1] = -1
	fmt.Println(a, back)
	s := []int{1, 2}
	var i any = s
	s[0] = 9
	fmt.Println(i)
}
