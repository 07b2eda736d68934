// shifting a float
package main

func main() {
	f := 2.0
	_ = f << 1
}
