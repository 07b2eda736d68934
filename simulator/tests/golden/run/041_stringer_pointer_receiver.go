// A String method on the pointer receiver is only used when a pointer is
// printed; printing the value shows the plain struct.
package main

import "fmt"

type node struct {
	id   int
	tags []string
}

func (n *node) String() string { return fmt.Sprintf("node#%d%v", n.id, n.tags) }

type wrapper struct {
	Inner node
	Count int
}

func main() {
	n := node{3, []string{"a", "b"}}
	fmt.Println(n)
	fmt.Println(&n)
	fmt.Printf("%v %+v\n", n, n)
	w := wrapper{n, 2}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	ns := []*node{{1, nil}, {2, []string{"x"}}}
	fmt.Println(ns)
}
