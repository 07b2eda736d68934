// Pointer-carrying parameters of every kind that are only read: "does not escape".
package main

import "fmt"

type T struct{ n int }

type Reader interface{ Read() int }

func (t *T) Read() int { return t.n }

func useAll(p *T, s []int, m map[string]int, c chan int, f func() int,
	str string, i Reader, e error, arr [2]*int, st struct{ q *int }) int {
	total := p.n + len(s) + len(m) + len(c) + f() + len(str) + i.Read()
	if e != nil {
		total++
	}
	return total + *arr[0] + *st.q
}

func main() {
	x := 1
	t := &T{n: 2}
	fmt.Println(useAll(t, []int{1}, map[string]int{"a": 1}, make(chan int, 1),
		func() int { return 3 }, "str", t, nil, [2]*int{&x, &x}, struct{ q *int }{&x}))
}
