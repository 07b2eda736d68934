// m2
// String "+=" is not an allocation site for escape analysis: no diagnostic
// is printed for it, and its right operand flows into the variable like a
// plain assignment (so a parameter appended with += leaks to the result).
// An explicit s = s + w does create a concatenation location.
package main

import "fmt"

var sink string

func plusAssign(s, w string) string {
	s += w
	return s
}

func explicit(s, w string) string {
	s = s + w
	return s
}

func mixed(s, w string) string {
	s += "<" + w + ">"
	t := s + "!"
	sink = t
	return s
}

func main() {
	fmt.Println(plusAssign("a", "b"), explicit("c", "d"), mixed("e", "f"), sink)
}
