// func main must have no arguments and no results
package main

func main(args []string) {
}
