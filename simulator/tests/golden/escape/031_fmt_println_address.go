// A classic: passing &x (or a pointer-holding value) to fmt moves x to the
// heap, printing x by value only boxes a copy.
package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	a := 1
	fmt.Println(a)
	b := 2
	fmt.Println(&b == nil)
	u := User{"Bob", 40}
	fmt.Println(u)
	v := User{"Eve", 22}
	fmt.Printf("%+v\n", &v)
	w := &User{"Max", 33}
	fmt.Println(w.Name)
}
