package main

import "fmt"

func main() {
	x := 42
	boxed := new(*int)
	*boxed = &x
	fmt.Println("through the pointer:", **boxed)
}
