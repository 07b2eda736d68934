// Every type has a zero value: printed for numbers, strings, bools, pointers,
// slices, maps, channels, funcs, interfaces, arrays and structs.
package main

import "fmt"

type all struct {
	I   int
	U8  uint8
	F   float64
	S   string
	B   bool
	R   rune
	P   *int
	Sl  []int
	M   map[int]int
	Arr [2]bool
	E   error
	In  struct{ A, B int }
}

func main() {
	var a all
	fmt.Println(a)
	fmt.Printf("%+v\n", a)
	fmt.Printf("%q %v %v %v\n", a.S, a.Sl == nil, a.M == nil, a.P == nil)
	var f32 float32
	var c pair
	fmt.Println(f32, c, len(a.S))
	z := new(all)
	fmt.Println(z.In.A, z.Arr, z.In == a.In, z.E == nil)
}

type pair struct{ re, im float64 }
