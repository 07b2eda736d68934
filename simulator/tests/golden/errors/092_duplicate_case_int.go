// two identical constant cases
package main

func main() {
	n := 1
	switch n {
	case 1:
	case 2, 1:
	}
}
