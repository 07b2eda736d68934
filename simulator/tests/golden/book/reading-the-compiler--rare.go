package main

import "fmt"

type shape interface{ area() int }

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

type reader struct{ data []byte }

func (r *reader) skip(n int) {
	r.data = r.data[n:]
}

func count(s string, i int) int {
	b := []byte(s)
	var seen [8]int
	seen[i&7]++
	return len(b) + seen[0]
}

func main() {
	var sh shape = square{3}
	r := reader{data: []byte("header:body")}
	r.skip(7)
	fmt.Println(sh.area(), count("abc", 8), len(r.data))
}
