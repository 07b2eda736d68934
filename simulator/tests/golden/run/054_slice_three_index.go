// A full slice expression s[lo:hi:max] limits the capacity, so a later
// append copies instead of overwriting the original array.
package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30)
	fmt.Println(arr, s)
	s = append(s, 40)
	s[0] = -1
	fmt.Println(arr, s, len(s), cap(s))
	t := arr[2:2:2]
	fmt.Println(t, len(t), cap(t))
	u := arr[:]
	fmt.Println(len(u[4:]), cap(u[4:]), u[:0], len(u[:0:0]))
}
