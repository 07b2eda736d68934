// A loop written with a label and a backward goto (the label comes
// first in the file, the goto is the unsupported construct).
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println(i)
		i++
		goto loop
	}
}
