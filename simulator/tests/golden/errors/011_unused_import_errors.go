// importing errors without using it (fmt is used)
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("hi")
}
