// Expression switch, tagless switch, switch with init, fallthrough; each
// case body is analysed like straight-line code.
package main

import "fmt"

var keep []*int

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func flags(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "small")
	case 2, 3:
		x := n
		keep = append(keep, &x)
		out = append(out, "medium")
	}
	return out
}

func initSwitch(s []int) int {
	switch l := len(s); {
	case l > 2:
		return s[2]
	case l > 0:
		return s[0]
	}
	return -1
}

func main() {
	fmt.Println(grade(85), flags(0), flags(3), initSwitch([]int{4, 5, 6}), len(keep))
}
