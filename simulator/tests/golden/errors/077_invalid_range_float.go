// ranging over a float
package main

func main() {
	f := 3.5
	for i := range f {
		_ = i
	}
}
