// Cases where a make size must NOT be folded: parameter, reassigned local,
// incremented local, address-taken local, call result, arithmetic on a local.
package main

import "fmt"

func size() int { return 4 }

func notFolded(p int) int {
	a := make([]byte, p)
	r := 4
	r = p
	b := make([]byte, r)
	inc := 4
	inc++
	c := make([]byte, inc)
	addr := 4
	q := &addr
	d := make([]byte, addr)
	e := make([]byte, size())
	k := 4
	f := make([]byte, k*2)
	return len(a) + len(b) + len(c) + len(d) + len(e) + len(f) + *q
}

func main() {
	fmt.Println(notFolded(3))
}
