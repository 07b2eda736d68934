// An empty select blocks forever; with nothing else running it is a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("selecting")
	select {}
}
