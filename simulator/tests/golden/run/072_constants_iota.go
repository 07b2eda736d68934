// iota in constant blocks: skipping values, expressions, bit flags, repeated
// implicit expressions, and typed constants with String methods.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn = Info * 5
	Error
)

func (w Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[w]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, int(Thursday))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T %T %v\n", Warn, KB, Weekday(2))
}
