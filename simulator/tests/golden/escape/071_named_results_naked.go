// m2
// Named results with naked returns: flows into a named result are leaks
// "to result NAME"; the address of a named result escaping moves it.
package main

import "fmt"

type Conf struct{ name *string }

func split(s []int) (head *int, tail []int) {
	if len(s) == 0 {
		return
	}
	head = &s[0]
	tail = s[1:]
	return
}

func parse(name string) (c *Conf, err error) {
	if name == "" {
		err = fmt.Errorf("empty")
		return
	}
	c = &Conf{name: &name}
	return
}

func counter() (n int, inc func()) {
	inc = func() { n++ }
	return
}

func main() {
	h, t := split([]int{1, 2, 3})
	c, err := parse("x")
	_, e2 := parse("")
	n, inc := counter()
	inc()
	fmt.Println(*h, len(t), *c.name, err, e2, n)
}
