// Importing strings (only fmt and errors are supported).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("go"), strings.Repeat("ab", 2))
}
