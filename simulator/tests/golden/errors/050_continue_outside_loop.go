// continue outside a loop
package main

func main() {
	switch {
	case true:
		continue
	}
}
