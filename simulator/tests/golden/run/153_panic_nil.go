// panic(nil) becomes a run-time error since Go 1.21.
package main

func main() {
	panic(nil)
}
