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
	s := string(raw) // want "string(raw) does not escape"
	return len(s)
}

func first() byte {
	b := []byte(word) // want "([]byte)(word) does not escape" "zero-copy string->[]byte conversion"
	return b[0]
}

func keep()          { last = string(raw) } // want "string(raw) escapes to heap"
func bytes() []byte  { return []byte(word) } // want "([]byte)(word) escapes to heap"
func greet() string  { return "hello, " + word[:5] } // want "\"hello, \" + word[:5] escapes to heap"
func isGopher() bool { return string(raw) == "gopher" } // want "string(raw) does not escape"

func main() {
	keep()
	println(length(), first(), len(bytes()), greet(), isGopher(), last)
}
