package main

// s += a + b is one concatenation of s, a and b at run time (Go's walk rewrites it to
// s = s + a + b, which typecheck flattens), although escape analysis reports the inner
// a + b on its own. A separate t := a + b; s += t concatenates twice.

var words = []string{"stack", "heap", "escape", "sweep", "mark"}
var joined string

func OpAssignNested() {
	s := ""
	for _, w := range words {
		s += w + ","
	}
	joined = s
}

func AssignFlat() {
	s := ""
	for _, w := range words {
		s = s + w + ","
	}
	joined = s
}

func AssignParenthesized() {
	s := ""
	for _, w := range words {
		s = s + (w + ",")
	}
	joined = s
}

func TwoStatements() {
	s := ""
	for _, w := range words {
		t := w + ","
		s += t
	}
	joined = s
}

func OpAssignThree() {
	s := "x"
	for _, w := range words {
		s += w + "-" + w
	}
	joined = s
}

func main() {
	OpAssignNested()
	AssignFlat()
	AssignParenthesized()
	TwoStatements()
	OpAssignThree()
}
