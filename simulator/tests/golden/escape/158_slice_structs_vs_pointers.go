// Interview question: []T or []*T? A slice of values is one allocation;
// a slice of pointers adds one escaping allocation per element.
package main

import "fmt"

type User struct {
	ID   int
	Name string
}

func values(n int) []User {
	us := make([]User, 0, n)
	for i := range n {
		us = append(us, User{ID: i, Name: "u"})
	}
	return us
}

func pointers(n int) []*User {
	us := make([]*User, 0, n)
	for i := range n {
		us = append(us, &User{ID: i, Name: "u"})
	}
	return us
}

func sumIDs(us []User) int {
	t := 0
	for i := range us {
		t += us[i].ID
	}
	return t
}

func main() {
	v := values(3)
	p := pointers(3)
	fmt.Println(sumIDs(v), len(p), p[2].ID)
}
