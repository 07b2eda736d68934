// A range clause has at most two iteration variables.
package main

func main() {
	for i, v, extra := range []int{1, 2} {
		_, _ = i, v
	}
}
