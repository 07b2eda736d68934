// panic with a value whose type has a String method prints String().
package main

type S struct{ id int }

func (s S) String() string { return "I am a Stringer" }

func main() {
	panic(S{1})
}
