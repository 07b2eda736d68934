// three variables for two results
package main

func pair() (int, string) { return 0, "" }

func main() {
	a, b, c := pair()
	_, _, _ = a, b, c
}
