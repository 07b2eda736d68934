// importing fmt without using it
package main

import "fmt"

func main() {
}
