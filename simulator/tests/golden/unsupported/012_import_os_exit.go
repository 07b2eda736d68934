// Importing os; os.Exit(3) sets the exit status.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting")
	os.Exit(3)
}
