// fallthrough in the final case
package main

func main() {
	switch n := 1; n {
	case 1:
		fallthrough
	}
}
