// iota constants of a named type with a String method: boxing a typed
// constant prints it wrapped in its type (Color(2)), not by name.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"red", "green", "blue"}[c]
}

type Weekday uint8

const (
	Sunday Weekday = iota + 1
	Monday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

func main() {
	c := Blue
	fmt.Println(Red, c, Green.String())
	fmt.Println(Monday, KB, MB)
}
