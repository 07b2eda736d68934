package main

import "fmt"

func main() {
	a, b, c := 1, 2, 3
	var arr [1]*int
	arr[0] = &a
	s := make([]*int, 1)
	s[0] = &b
	m := map[string]*int{}
	m["c"] = &c
	fmt.Println(*arr[0] + *s[0] + *m["c"])
}
