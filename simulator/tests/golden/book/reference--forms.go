package main

import "fmt"

type buffer struct{ data []byte }

type shape interface{ area() int }

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

func (b *buffer) skip(n int) {
	b.data = b.data[n:]
}

func pick(p, q *int) *int {
	if *p > *q {
		return p
	}
	return q
}

func count(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if c == 'a' {
			n++
		}
	}
	return n
}

func lookup(a *[8]int, i uint) int {
	return a[i%8]
}

func main() {
	b := &buffer{data: []byte("abcdef")}
	b.skip(2)
	var s shape = square{3}
	x, y := 1, 2
	var table [8]int
	fmt.Println(string(b.data), s.area(), *pick(&x, &y), count("banana"), lookup(&table, 9))
}
