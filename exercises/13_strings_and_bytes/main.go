// Predict: strings and []byte.
//
// Mark every reported line with // want "..." comments (see exercise 01). Passing or
// slicing a string copies two words; converting between string and []byte, or
// concatenating, makes new bytes: an allocating expression with a verdict of its own.
package main

var (
	raw  = []byte("gopher")
	word = "stacks"
	last string
)

func length() int {
	s := string(raw)
	return len(s)
}

func first() byte {
	b := []byte(word)
	return b[0]
}

func keep()          { last = string(raw) }
func bytes() []byte  { return []byte(word) }
func greet() string  { return "hello, " + word[:5] }
func isGopher() bool { return string(raw) == "gopher" }

func main() {
	keep()
	println(length(), first(), len(bytes()), greet(), isGopher(), last)
}
