// one variable for a call returning two values
package main

func pair() (int, error) { return 0, nil }

func main() {
	x := pair()
	_ = x
}
